import { careError, type CareError, type CareErrorCode, type IssueCode, type PathSegment } from '../core/care-error.js';

/**
 * An evaluation failure raised inside the closure tree and turned into a `Left` by
 * {@link evaluateRule}; it never leaves this module as an exception.
 */
export class RuleFault extends Error {
  readonly error: CareError;

  constructor(error: CareError) {
    super('rule evaluation fault');
    this.error = error;
  }
}

/** Raises a {@link RuleFault} about the node at `path` of the rule document. */
export function fault(code: CareErrorCode, issue: IssueCode, path: readonly PathSegment[], message: string): never {
  throw new RuleFault(careError(code, 'Rule evaluation failed', [{ path, code: issue, message }]));
}
