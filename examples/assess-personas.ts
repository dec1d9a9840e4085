/**
 * Risk for the seed personas: every score that applies, the tier (healthy, high-risk, chronic,
 * acute, 004_eccb0a9eec47fd06.txt) with its reasons, flags for the care team, and the scores that
 * could not be computed with what the record lacks. Then two scores called directly with only their
 * own inputs, as a form would.
 *
 * Run: npm run build && node --import tsx examples/assess-personas.ts
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { assess, chinaPar, findrisc, scores, type Assessment, type Language } from 'carepath';

const asOf = '2026-11-23';
const names = ['older-diabetic-nephropathy', 'young-office-diabetic', 'gestational-diabetes', 'knee-replacement', 'checkup-smoker'] as const;

function load(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./data/${name}.json`, import.meta.url), 'utf8')) as unknown;
}

function show(name: string, assessment: Assessment, language: Language): void {
  console.log(`■ ${name}: tier ${assessment.tier.toUpperCase()} (age ${assessment.derived.age ?? '?'}, BMI ${assessment.derived.bmi ?? '?'})`);
  for (const reason of assessment.tierReasons) console.log(`    why: [${reason.tier}] ${reason.rationale[language]}`);
  for (const result of assessment.results) {
    const value = Number.isInteger(result.value) ? String(result.value) : result.value.toFixed(1);
    console.log(`    ${result.id.padEnd(20)} ${value.padStart(6)}  ${result.category.padEnd(18)} ${result.rationale[language]}`);
  }
  for (const flag of assessment.flags) console.log(`    ⚑ ${flag.code} (${flag.scoreId})`);
  const skipped = assessment.notApplicable.map((entry) => `${entry.id}${entry.missing.length > 0 ? ` [needs ${entry.missing.join(', ')}]` : ` [${entry.reason}]`}`);
  console.log(`    not computed: ${skipped.join('; ')}\n`);
}

const results: Record<string, Assessment> = {};
for (const name of names) {
  const result = assess(load(name), asOf);
  if (result._tag === 'Left') throw new Error(`${name}: ${result.left.message}`);
  results[name] = result.right;
  show(name, result.right, name === 'checkup-smoker' ? 'en' : 'zh-CN');
}

const older = results['older-diabetic-nephropathy'];
assert.equal(older?.tier, 'chronic');
assert.equal(older.results.find((result) => result.id === 'kdigo')?.category, 'G3b A3');
assert.ok(older.flags.some((flag) => flag.code === 'kidney-risk-very-high'));
assert.equal(results['knee-replacement']?.tier, 'acute');
assert.equal(results['knee-replacement'].results.find((result) => result.id === 'caprini')?.category, 'highest');
assert.equal(results['checkup-smoker']?.tier, 'high-risk');
assert.equal(results['checkup-smoker'].results.find((result) => result.id === 'cdrs')?.value, 32);

// A single score, called with only its own inputs (the China-PAR supplement's profile).
const cp1 = chinaPar({
  age: 60, sex: 'female', systolicBpMmHg: 130, bpTreated: false, totalCholesterol: { value: 210, unit: 'mg/dL' },
  hdlCholesterol: { value: 55, unit: 'mg/dL' }, waistCm: 80, currentSmoker: false, diabetes: true, region: 'north', residence: 'urban', familyHistoryAscvd: false,
});
if (cp1._tag === 'Left') throw new Error(cp1.left.message);
console.log(`China-PAR, Yang 2016 profile (woman): ${cp1.right.value.toFixed(1)} % -> ${cp1.right.category} (published 10.1 %)`);
assert.ok(Math.abs(cp1.right.value - 10.1) <= 0.3);

// An out-of-range answer is an error naming the path and the accepted range.
const bad = findrisc({ age: 150, sex: 'male', bmi: 27, waistCm: 100, dailyActivity30Min: true, vegetablesFruitDaily: true, antihypertensiveMedication: false, highBloodGlucoseEver: false, familyHistory: 'none' });
if (bad._tag === 'Right') throw new Error('age 150 must be rejected');
assert.deepEqual(bad.left.issues[0]?.path, ['age']);
console.log(`findrisc with age 150: ${bad.left.message}`);

console.log(`\n${scores.length} scores in the registry: ${scores.map((score) => score.id).join(', ')}`);
