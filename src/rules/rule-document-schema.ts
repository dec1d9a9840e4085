import { z } from 'zod';
import { issueParams } from '../core/zod-issues.js';
import { compileRule } from './compile-rule.js';
import type { JsonValue } from './json-value.js';

/**
 * Zod schema of a rule document, for embedding rules in other schemas (a care plan's escalation
 * rules, a lifecycle machine's guards): accepts exactly the values {@link compileRule} compiles
 * with the default limits and outputs the frozen copy compileRule made (never the input itself).
 * Each compile issue becomes a zod issue at its path inside the document, with carepath's issue
 * code (core's `validate` maps it back).
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * const Escalation = z.object({ when: RuleDocumentSchema });
 * validate(Escalation, { when: { '>': [{ var: 'value' }, 13.9] } });
 * // => { _tag: 'Right', right: { when: { '>': [{ var: 'value' }, 13.9] } } }
 * validate(Escalation, { when: { log: 'x' } });
 * // => Left: { code: 'invalid-input', issues: [{ path: ['when', 'log'], code: 'unknown-code',
 * //      message: 'log is not allowed: it writes to the console' }] }
 * ```
 * @category Rules
 */
export const RuleDocumentSchema: z.ZodType<JsonValue> = z.unknown().transform((document, context): JsonValue => {
  const compiled = compileRule(document);
  if (compiled._tag === 'Right') return compiled.right.document;
  for (const issue of compiled.left.issues) {
    context.addIssue({ code: 'custom', message: issue.message, path: [...issue.path], params: issueParams(issue.code), input: document });
  }
  return z.NEVER;
});
