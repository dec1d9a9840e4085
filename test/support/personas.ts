import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dataDir = fileURLToPath(new URL('../../examples/data/', import.meta.url));

/** The seed personas the examples use, by file name without `.json` (the malformed record excluded). */
export function personas(): Record<string, unknown> {
  return Object.fromEntries(
    readdirSync(dataDir)
      .filter((file) => file.endsWith('.json') && file !== 'malformed.json')
      .map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(dataDir + file, 'utf8')) as unknown]),
  );
}

/** The deliberately malformed record of the demo. */
export function malformedRecord(): unknown {
  return JSON.parse(readFileSync(dataDir + 'malformed.json', 'utf8')) as unknown;
}
