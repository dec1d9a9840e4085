import { z } from 'zod';

/**
 * Which care-plan generator a stage uses: `diabetes`, `postop` (post-operative rehabilitation),
 * `checkup` (health check-up screening), or `none`.
 *
 * @category Lifecycle
 */
export const PlanKindSchema = z.enum(['diabetes', 'postop', 'checkup', 'none']);

/** @category Lifecycle */
export type PlanKind = z.infer<typeof PlanKindSchema>;
