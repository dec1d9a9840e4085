/**
 * The five seed personas (DOMAIN: sections 5-7 of the source documents) validated at the edge.
 * Prints each record as the engine sees it: age at asOf, diagnoses, and every observation in its
 * canonical unit with what was entered when carepath converted it.
 *
 * Run: npm run build && node --import tsx examples/validate-personas.ts
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CONDITION_NAMES, OBSERVATIONS, PROCEDURE_NAMES, ageAt, validatePatientRecord, type Language, type PatientRecord } from 'carepath';

const asOf = '2026-11-23';
const personas = [
  ['older-diabetic-nephropathy', '70-year-old with type 2 diabetes for 10 years and nephropathy (004_eccb0a9eec47fd06.txt, 慢病管理)'],
  ['young-office-diabetic', '35-year-old office worker with type 2 diabetes for 2 years (004_eccb0a9eec47fd06.txt, 慢病管理)'],
  ['gestational-diabetes', 'gestational diabetes at 26 weeks (004_eccb0a9eec47fd06.txt, 慢病管理)'],
  ['knee-replacement', 'total knee arthroplasty, discharged on day 4 (004_eccb0a9eec47fd06.txt, 术后康复)'],
  ['checkup-smoker', 'man over 40 who has smoked for 30 years (004_eccb0a9eec47fd06.txt, 体检)'],
] as const;

function load(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./data/${name}.json`, import.meta.url), 'utf8')) as unknown;
}

function describe(record: PatientRecord, language: Language): string[] {
  const age = ageAt(record.birthDate, asOf);
  const lines = [`  age ${age._tag === 'Right' ? age.right : '?'} (${record.sex}), language ${language}`];
  for (const condition of record.conditions ?? []) {
    lines.push(`  condition  ${CONDITION_NAMES[condition.code][language]} [${condition.status}${condition.onset ? `, since ${condition.onset}` : ''}]`);
  }
  for (const procedure of record.procedures ?? []) {
    lines.push(`  procedure  ${PROCEDURE_NAMES[procedure.code][language]} on ${procedure.date} (${procedure.status})`);
  }
  for (const observation of record.observations ?? []) {
    const entered = observation.entered ? `   <- entered ${observation.entered.value} ${observation.entered.unit}` : '';
    lines.push(`  observed   ${OBSERVATIONS[observation.code].name[language]}: ${Number(observation.value.toFixed(2))} ${observation.unit}${entered}`);
  }
  return lines;
}

const valid: Record<string, PatientRecord> = {};
for (const [name, summary] of personas) {
  const result = validatePatientRecord(load(name), { asOf });
  if (result._tag === 'Left') throw new Error(`${name} should be valid: ${result.left.message}`);
  valid[name] = result.right;
  const language = result.right.preferences?.language ?? 'zh-CN';
  console.log(`✔ ${name}: ${summary}`);
  for (const line of describe(result.right, language)) console.log(line);
  console.log();
}

// Key facts, asserted so that this example fails loudly if the engine changes under it.
const older = valid['older-diabetic-nephropathy'];
assert.ok(older);
const hba1c = older.observations?.find((observation) => observation.code === 'hba1c');
assert.equal(hba1c?.unit, '%');
assert.equal(Number(hba1c.value.toFixed(1)), 7.5); // 58 mmol/mol by the IFCC-NGSP master equation
assert.deepEqual(hba1c.entered, { value: 58, unit: 'mmol/mol' });
const creatinine = older.observations?.find((observation) => observation.code === 'creatinine');
assert.equal(Number(creatinine?.value.toFixed(2)), 141.44); // 1.6 mg/dL x 88.4
const ageOlder = ageAt(older.birthDate, asOf);
assert.deepEqual(ageOlder, { _tag: 'Right', right: 70 });
const young = valid['young-office-diabetic'];
const ppg = young?.observations?.find((observation) => observation.code === 'glucose-postprandial-2h');
assert.equal(Number(ppg?.value.toFixed(2)), 11.22); // 202 mg/dL / 18.0
assert.equal(Object.isFrozen(older), true);
console.log('All five seed personas are valid records; units converted at the edge and recorded as entered.');
