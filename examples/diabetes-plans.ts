/**
 * The three diabetes personas of the seed table (004_eccb0a9eec47fd06.txt, 慢病管理): each plan's
 * targets, diet, exercise and monitoring in both languages, and the first three months of dated
 * follow-ups from the plan's follow-up policy.
 *
 * Run: npm run build && node --import tsx examples/diabetes-plans.ts
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generateDiabetesPlan, scheduleFollowUps, type DiabetesCarePlan, type Language } from 'carepath';

const asOf = '2026-11-23';

function load(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./data/${name}.json`, import.meta.url), 'utf8')) as unknown;
}

function show(plan: DiabetesCarePlan, language: Language): void {
  console.log(`■ ${plan.title[language]}: ${plan.summary[language]}`);
  for (const goal of plan.goals) console.log(`  ◎ ${goal.description[language]}`);
  for (const activity of plan.activities.filter((item) => ['nutrition', 'exercise', 'monitoring'].includes(item.category))) {
    console.log(`  · [${activity.category}] ${activity.title[language]}: ${activity.instructions[language]}${activity.paused ? ` (${activity.paused[language]})` : ''}`);
  }
}

const plans: Record<string, DiabetesCarePlan> = {};
for (const name of ['older-diabetic-nephropathy', 'young-office-diabetic', 'gestational-diabetes']) {
  const record = load(name);
  const result = generateDiabetesPlan(record, asOf);
  if (result._tag === 'Left') throw new Error(`${name}: ${result.left.message}`);
  plans[name] = result.right;
  show(result.right, 'zh-CN');
  show(result.right, 'en');
  const schedule = scheduleFollowUps(result.right.followUpPolicy, record, { asOf, horizon: { value: 3, unit: 'month' } });
  if (schedule._tag === 'Left') throw new Error(`${name} schedule: ${schedule.left.message}`);
  console.log('  first three months of follow-ups:');
  for (const followUp of schedule.right.followUps) {
    console.log(`    ${followUp.due}  [${followUp.window.earliest} .. ${followUp.window.latest}]  ${followUp.channel.padEnd(10)} ${followUp.purpose['zh-CN']}`);
  }
  console.log();
}

const goal = (plan: DiabetesCarePlan | undefined, key: string) => plan?.goals.find((entry) => entry.id.endsWith(`/goal/${key}`))?.target;
// The seed's table, exactly.
assert.deepEqual(goal(plans['older-diabetic-nephropathy'], 'fasting'), { low: 7, high: 10, unit: 'mmol/L' });
assert.deepEqual(goal(plans['older-diabetic-nephropathy'], 'post-meal'), { low: 10, high: 13.3, unit: 'mmol/L' });
assert.deepEqual(goal(plans['young-office-diabetic'], 'fasting'), { low: 4.4, high: 7, unit: 'mmol/L' });
assert.deepEqual(goal(plans['young-office-diabetic'], 'post-meal'), { high: 10, highExclusive: true, unit: 'mmol/L' });
assert.deepEqual(goal(plans['gestational-diabetes'], 'fasting'), { high: 5.3, unit: 'mmol/L' });
assert.deepEqual(goal(plans['gestational-diabetes'], 'post-meal-1h'), { high: 7.8, unit: 'mmol/L' });
assert.deepEqual(goal(plans['gestational-diabetes'], 'post-meal-2h'), { high: 6.7, unit: 'mmol/L' });
console.log('The three seed personas match the seed table.');
