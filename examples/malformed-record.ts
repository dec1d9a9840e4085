/**
 * A malformed record: every problem is reported by path, in one pass, in English for developers
 * and in Chinese or English for clinic staff. No value from the record (the name, the resident ID
 * number, the readings) appears in any message.
 *
 * Run: npm run build && node --import tsx examples/malformed-record.ts
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describeIssue, formatPath, validatePatientRecord } from 'carepath';

const input = JSON.parse(readFileSync(new URL('./data/malformed.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const result = validatePatientRecord(input);

if (result._tag === 'Right') throw new Error('the malformed record must be rejected');
{
  const error = result.left;
  console.log(`${error.code}: ${error.message}\n`);
  console.log('path'.padEnd(32), 'code'.padEnd(16), 'for developers / 给医护人员');
  for (const issue of error.issues) {
    console.log(formatPath(issue.path).padEnd(32), issue.code.padEnd(16), issue.message);
    console.log(''.padEnd(49), describeIssue(issue, 'zh-CN'));
  }

  const paths = error.issues.map((issue) => `${formatPath(issue.path)} ${issue.code}`);
  assert.deepEqual(paths, [
    'id required',
    'birthDate invalid-date',
    'sex invalid-value',
    'height.unit unknown-unit',
    'weight.value too-small',
    'smoking.packYears inconsistent',
    'conditions[0].code invalid-value',
    'observations[0].unit unknown-unit',
    'observations[1].value invalid-type',
    'observations[1].effective invalid-instant',
    'favouriteColour unknown-field',
  ]);
  const everything = JSON.stringify(error);
  for (const personal of ['张伟', '110105194912310029', '2026-02-30', '-70', '5.8']) {
    assert.ok(!everything.includes(personal), 'an error message must never carry a personal value');
  }
  console.log(`\n${error.issues.length} problems, each with its path; no personal value in any message.`);
}
