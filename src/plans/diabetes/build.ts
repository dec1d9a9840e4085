import type { Localized } from '../../core/i18n.js';
import type { Source } from '../../core/source.js';
import type { Activity, Goal } from '../care-plan.js';

/** Builds plan items with ids derived from the plan id and a stable key. @internal */
export interface PlanBuilder {
  readonly planId: string;
  activity(key: string, fields: Omit<Activity, 'id'>): Activity;
  goal(key: string, fields: Omit<Goal, 'id'>): Goal;
}

/** @internal */
export function planBuilder(planId: string): PlanBuilder {
  return {
    planId,
    activity: (key, fields) => ({ id: `${planId}/activity/${key}`, ...fields }),
    goal: (key, fields) => ({ id: `${planId}/goal/${key}`, ...fields }),
  };
}

/** Text in both languages. @internal */
export const text = (en: string, zh: string): Localized => ({ en, 'zh-CN': zh });

/** Rounds for display: one decimal. @internal */
export const round1 = (value: number): number => Math.round(value * 10) / 10;

/** A rationale plus source pair. @internal */
export interface Cited {
  readonly rationale: Localized;
  readonly source: Source;
}
