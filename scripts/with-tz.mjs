// Runs a command under another host time zone: `node scripts/with-tz.mjs <IANA zone> <command...>`.
// carepath's output must not depend on the host's TZ; the test suite runs under UTC and again
// under a zone with a 45-minute offset and daylight saving time.
import { spawnSync } from 'node:child_process';

const [zone, command, ...args] = process.argv.slice(2);
if (zone === undefined || command === undefined) {
  console.error('usage: node scripts/with-tz.mjs <zone> <command> [args...]');
  process.exit(2);
}
const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, TZ: zone }, shell: process.platform === 'win32' });
process.exit(run.status ?? 1);
