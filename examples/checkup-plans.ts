/**
 * Check-up plans for three people, in the Chinese (cn) and US (us) profiles, printed in zh-CN and
 * en: a 45-year-old man who smoked 25 pack-years, a 38-year-old woman whose mother had breast
 * cancer, and a 67-year-old. Key facts are asserted.
 *
 * Run: npm run build && node --import tsx examples/checkup-plans.ts
 */
import assert from 'node:assert/strict';
import { generateCheckupPlan, type CheckupItemSummary, type CheckupPlan, type CheckupProfile } from 'carepath';

const asOf = '2026-03-01';

const smoker = {
  id: 'checkup-man-45',
  birthDate: '1980-09-12',
  sex: 'male',
  smoking: { status: 'current', packYears: 25, yearsSmoked: 25, cigarettesPerDay: 20 },
  familyHistory: [],
  lifestyle: { lateNights: false, highStress: false },
  servicePackage: 'basic',
};
const daughter = {
  id: 'checkup-woman-38',
  birthDate: '1987-11-03',
  sex: 'female',
  smoking: { status: 'never' },
  familyHistory: [{ condition: 'breast-cancer', relation: 'mother', ageAtDiagnosis: 52 }],
  lifestyle: { lateNights: true, highStress: true },
  servicePackage: 'standard',
};
const elder = {
  id: 'checkup-elder-67',
  birthDate: '1958-05-20',
  sex: 'male',
  smoking: { status: 'former', packYears: 15, yearsSmoked: 20, yearsSinceQuitting: 18 },
  familyHistory: [],
  conditions: [],
  lifestyle: { lateNights: false, highStress: false },
  servicePackage: 'premium',
};
// The 67-year-old had a colonoscopy in 2018 and a normal ECG in January 2025.
const elderHistory = [
  { item: 'colorectal-screening', date: '2018-04-10', result: 'normal', details: { test: 'colonoscopy' } },
  { item: 'ecg', date: '2025-01-15', result: 'normal' },
];

function planFor(record: unknown, history: unknown, profile: CheckupProfile): CheckupPlan {
  const result = generateCheckupPlan(record, history, asOf, { profile });
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
}

const itemsOf = (plan: CheckupPlan) => plan.classification['items'] as unknown as readonly CheckupItemSummary[];
const item = (plan: CheckupPlan, code: string) => itemsOf(plan).find((entry) => entry.item === code);

function print(label: string, plan: CheckupPlan): void {
  for (const language of ['zh-CN', 'en'] as const) {
    console.log(`\n=== ${label} (${plan.guideline}, ${language}) ===`);
    console.log(plan.summary[language]);
    for (const activity of plan.activities) {
      const due = activity.due ?? '-';
      console.log(`- ${activity.title[language]} [${activity.package ?? ''}] due ${due}: ${activity.instructions[language]}`);
    }
    for (const warning of plan.warnings) console.log(`  ! ${warning[language]}`);
  }
}

const plans = {
  smokerCn: planFor(smoker, [], 'cn'),
  smokerUs: planFor(smoker, [], 'us'),
  daughterCn: planFor(daughter, [], 'cn'),
  daughterUs: planFor(daughter, [], 'us'),
  elderCn: planFor(elder, elderHistory, 'cn'),
  elderUs: planFor(elder, elderHistory, 'us'),
};
print('45-year-old man, 25 pack-years', plans.smokerCn);
print('45-year-old man, 25 pack-years', plans.smokerUs);
print('38-year-old woman, mother had breast cancer', plans.daughterCn);
print('38-year-old woman, mother had breast cancer', plans.daughterUs);
print('67-year-old man', plans.elderCn);
print('67-year-old man', plans.elderUs);

// The smoker: the seed's check-up table gives low-dose CT from 40 (cn); USPSTF starts at 50 (us).
assert.deepEqual(item(plans.smokerCn, 'ldct-lung')?.rules.map((rule) => rule.id), ['seed.smoker-men-40.ldct-lung']);
assert.equal(item(plans.smokerUs, 'ldct-lung'), undefined);
assert.equal(item(plans.smokerCn, 'ldct-lung')?.included, false, 'low-dose CT is a premium item: an add-on on the basic package');
// Gastroscopy: the seed (yearly) and the 2022 Chinese guideline (smoker, 45: every 5 years) meet; the guideline decides.
assert.equal(item(plans.smokerCn, 'gastroscopy')?.decidedBy, 'cn.gastric-2022');
assert.equal(item(plans.smokerCn, 'gastroscopy')?.intervalMonths, 60);
// USPSTF: colorectal screening from 45, blood pressure yearly from 40.
assert.equal(item(plans.smokerUs, 'colorectal-screening')?.decidedBy, 'uspstf.colorectal-45-49');
assert.equal(item(plans.smokerUs, 'blood-pressure')?.intervalMonths, 12);

// The daughter: the seed gives breast ultrasound, mammography and HPV + TCT from 35 (cn); USPSTF
// mammography starts at 40, cervical screening 30-65 (us). Late nights and stress add four items (cn).
for (const code of ['breast-ultrasound', 'mammography', 'cervical-screening', 'thyroid-ultrasound', 'psychological-assessment']) {
  assert.ok(item(plans.daughterCn, code), `${code} in the cn plan`);
}
assert.equal(item(plans.daughterUs, 'mammography'), undefined);
assert.equal(item(plans.daughterUs, 'cervical-screening')?.decidedBy, 'uspstf.cervical-30-65');

// The 67-year-old: the annual "10 + 3" package and the public-health norm (cn); the ECG done on
// 2025-01-15 is overdue since 2026-01-15. USPSTF: the 2018 colonoscopy is good until 2028; a
// one-time AAA ultrasound (ever smoked); no lung CT (quit 18 years ago).
assert.ok(item(plans.elderCn, 'ten-plus-three'));
assert.equal(item(plans.elderCn, 'ecg')?.status, 'overdue');
assert.equal(item(plans.elderCn, 'ecg')?.daysOverdue, 45);
assert.equal(plans.elderCn.status, 'behind');
assert.equal(item(plans.elderUs, 'colorectal-screening')?.due, '2028-04-10');
assert.equal(item(plans.elderUs, 'aaa-ultrasound')?.rules[0]?.once, true);
assert.equal(item(plans.elderUs, 'ldct-lung'), undefined);

console.log('\ncheckup-plans: all assertions passed');
