import { z } from 'zod';
import { issueParams, stringMatching } from '../core/zod-issues.js';

/** kebab-case names of states, events, purposes and topics: safe in paths, diagrams and logs. */
export const SLUG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * A kebab-case name such as `long-term-follow-up` (at most 64 characters).
 *
 * @category Lifecycle
 */
export const SlugSchema = stringMatching(SLUG, 'must be a kebab-case name such as long-term-follow-up').pipe(z.string().max(64));

/** True when the text holds a C0 control character or DEL. */
export function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Host-given identifiers (episode ids, event ids): 1-200 characters without control characters. */
export const HostIdSchema = z.string().superRefine((text, ctx) => {
  if (text.length < 1 || text.length > 200 || hasControlCharacter(text)) {
    ctx.addIssue({ code: 'custom', message: 'must be 1-200 characters without control characters', params: issueParams('invalid-format') });
  }
});
