// Runs every example in examples/ against the built package (examples import 'carepath', which
// resolves to ./dist through the package's own "exports"). Each example asserts its key facts;
// any failure fails the run. `--demo` runs only the headline examples, in order.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const headline = ['validate-personas.ts', 'malformed-record.ts', 'assess-personas.ts', 'episode-referral.ts', 'schedule-persona.ts', 'diabetes-plans.ts', 'postop-tka.ts', 'checkup-plans.ts'];
const demo = process.argv.includes('--demo');

if (!existsSync(`${root}dist/index.js`)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const examples = demo ? headline : readdirSync(`${root}examples`).filter((file) => file.endsWith('.ts')).sort();
let failed = 0;
for (const example of examples) {
  console.log(`\n━━ examples/${example} ━━`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', `examples/${example}`], { cwd: root, stdio: 'inherit', env: { ...process.env, TZ: process.env.TZ ?? 'UTC' } });
  if (run.status !== 0) {
    failed += 1;
    console.error(`✘ examples/${example} failed (exit ${run.status ?? run.signal})`);
  }
}
console.log(`\n${examples.length - failed}/${examples.length} examples passed.`);
process.exit(failed === 0 ? 0 : 1);
