import { z } from 'zod';
import type { Localized } from '../core/i18n.js';
import type { Source } from '../core/source.js';
import { adaRiskTestDefinition } from './ada-risk-test.js';
import { capriniDefinition } from './caprini.js';
import { cdrsDefinition } from './cdrs.js';
import { chinaParDefinition } from './china-par.js';
import { ckdEpi2021Definition } from './ckd-epi-2021.js';
import { findriscDefinition } from './findrisc.js';
import { glucoseVariabilityDefinition } from './glucose-variability.js';
import { hospitalScoreDefinition } from './hospital-score.js';
import { iwgdfFootDefinition } from './iwgdf-foot.js';
import { kdigoDefinition } from './kdigo.js';
import { laceDefinition } from './lace.js';
import { morseFallDefinition } from './morse-fall.js';
import { pooledCohortDefinition } from './pooled-cohort.js';
import type { ScoreDefinition } from './score-definition.js';
import { seedDiabetesRiskDefinition } from './seed-diabetes-risk.js';

/** Every score `assess` runs, in the order it reports them. @internal */
export const DEFINITIONS: readonly ScoreDefinition<unknown>[] = [
  findriscDefinition,
  cdrsDefinition,
  adaRiskTestDefinition,
  seedDiabetesRiskDefinition,
  pooledCohortDefinition,
  chinaParDefinition,
  ckdEpi2021Definition,
  kdigoDefinition,
  glucoseVariabilityDefinition,
  iwgdfFootDefinition,
  laceDefinition,
  hospitalScoreDefinition,
  capriniDefinition,
  morseFallDefinition,
];

/** A score in the registry: what a host needs to list it and build its input form. @category Risk */
export interface ScoreInfo {
  readonly id: string;
  readonly name: Localized;
  readonly version: string;
  readonly source: Source;
  /** JSON Schema (draft 2020-12) of the direct-call input. */
  readonly inputJsonSchema: Readonly<Record<string, unknown>>;
}

function info(definition: ScoreDefinition<unknown>): ScoreInfo {
  return Object.freeze({
    id: definition.id,
    name: definition.name,
    version: definition.version,
    source: definition.source,
    inputJsonSchema: z.toJSONSchema(definition.inputSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }),
  });
}

/**
 * The registry: every score carepath computes, with its id, names in zh-CN and en, version, source
 * and the JSON Schema of its input (to build a form or validate in another language).
 *
 * @example
 * ```ts
 * scores.map((score) => score.id);
 * // => ['findrisc', 'cdrs', 'ada-risk-test', 'seed-diabetes-risk', 'pooled-cohort', 'china-par', 'ckd-epi-2021',
 * //     'kdigo', 'glucose-variability', 'iwgdf-foot', 'lace', 'hospital-score', 'caprini', 'morse-fall']
 * ```
 * @category Risk
 */
export const scores: readonly ScoreInfo[] = Object.freeze(DEFINITIONS.map(info));
