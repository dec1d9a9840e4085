import type { Source } from '../../core/source.js';
import type { Localized } from '../../core/i18n.js';
import type { Target } from '../care-plan.js';
import type { DiabetesClassification, DiabetesGuideline } from './classify.js';
import { SOURCES } from './sources.js';

/** A target the plan sets, before it becomes a goal. @internal */
export interface GlycaemicTarget {
  readonly key: 'fasting' | 'post-meal' | 'post-meal-1h' | 'post-meal-2h' | 'bedtime' | 'hba1c' | 'blood-pressure-systolic' | 'blood-pressure-diastolic';
  readonly target: Target;
  readonly rationale: Localized;
  readonly source: Source;
}

/** The band of targets chosen, and why. @internal */
export interface TargetProfile {
  readonly band: 'pregnancy' | 'standard' | 'relaxed' | 'older-healthy' | 'older-complex' | 'older-very-complex';
  readonly why: Localized;
  readonly targets: readonly GlycaemicTarget[];
}

const mmol = (low: number | undefined, high: number | undefined, highExclusive = false): Target => ({
  ...(low === undefined ? {} : { low }),
  ...(high === undefined ? {} : { high }),
  ...(highExclusive ? { highExclusive: true } : {}),
  unit: 'mmol/L',
});
const below = (high: number, unit: string): Target => ({ high, highExclusive: true, unit });

/**
 * "Relaxed" in the seed's sense: the 70-year-old with 10 years of diabetes and nephropathy
 * (004_eccb0a9eec47fd06.txt) gets fasting 7-10 and post-meal 10-13.3 mmol/L. carepath applies it to
 * people aged 65 or more with a complication, 10 or more years of diabetes, or multimorbidity, and
 * to anyone with a history of severe hypoglycaemia (the CDS/CSE 2020 HbA1c consensus relaxes the
 * target for the same reasons).
 */
function isRelaxed(c: DiabetesClassification): boolean {
  const complicated = c.complications.nephropathy || c.complications.cardiovascular || c.complications.retinopathy || c.complications.footUlcerHistory;
  // 65: the older-adult threshold of ADA Section 13 and of the public-health norm's annual check.
  const older = c.age >= 65 && (complicated || (c.durationYears ?? 0) >= 10 || c.healthStatus !== 'healthy');
  return older || (c.hypoglycaemiaRisk && c.lowReadings >= 2);
}

const BP_130_80 = (source: Source, rationale: Localized): GlycaemicTarget[] => [
  { key: 'blood-pressure-systolic', target: below(130, 'mm[Hg]'), rationale, source },
  { key: 'blood-pressure-diastolic', target: below(80, 'mm[Hg]'), rationale, source },
];

/**
 * The glucose, HbA1c and blood-pressure targets for a person with diabetes, by guideline profile.
 * The seed's three personas come out exactly as its table; no lower bound is ever below the
 * hypoglycaemia threshold of 3.9 mmol/L.
 *
 * @internal
 */
export function targetsFor(c: DiabetesClassification, guideline: DiabetesGuideline): TargetProfile {
  if (c.status === 'gestational' || c.pregnant) {
    const source = guideline === 'cn-2020' ? SOURCES.china2022Pregnancy : SOURCES.ada2025Pregnancy;
    const seed = SOURCES.seedPlans;
    // 004 seed table and the 2022 Chinese guideline: fasting <= 5.3, 1 h <= 7.8, 2 h <= 6.7 mmol/L;
    // ADA 2025 section 15 prints the same values as "<" (95, 140, 120 mg/dL).
    const strictBelow = guideline === 'ada-2025';
    const why = { en: 'Pregnancy: the tight targets that protect mother and baby.', 'zh-CN': '妊娠期：保护母婴的严格目标。' };
    return {
      band: 'pregnancy',
      why,
      targets: [
        { key: 'fasting', target: mmol(undefined, 5.3, strictBelow), rationale: why, source: strictBelow ? source : seed },
        { key: 'post-meal-1h', target: mmol(undefined, 7.8, strictBelow), rationale: why, source: strictBelow ? source : seed },
        { key: 'post-meal-2h', target: mmol(undefined, 6.7, strictBelow), rationale: why, source: strictBelow ? source : seed },
        // HbA1c < 6 % in pregnancy if achievable without significant hypoglycaemia (ADA 2025 section 15; 2022 Chinese guideline).
        { key: 'hba1c', target: below(6.0, '%'), rationale: why, source },
      ],
    };
  }

  if (guideline === 'ada-2025' && c.age >= 65) {
    // ADA 2024 Table 13.1 (older adults), by health status.
    const source = SOURCES.ada2024Older;
    if (c.healthStatus === 'very-complex') {
      const why = { en: 'Older adult in very complex health: avoid hypoglycaemia and symptomatic hyperglycaemia; no HbA1c target.', 'zh-CN': '健康状况非常复杂的老年人：避免低血糖和症状性高血糖，不设糖化血红蛋白目标。' };
      return {
        band: 'older-very-complex',
        why,
        targets: [
          { key: 'fasting', target: mmol(5.6, 10.0), rationale: why, source },
          { key: 'bedtime', target: mmol(6.1, 11.1), rationale: why, source },
          { key: 'blood-pressure-systolic', target: below(140, 'mm[Hg]'), rationale: why, source },
          { key: 'blood-pressure-diastolic', target: below(90, 'mm[Hg]'), rationale: why, source },
        ],
      };
    }
    if (c.healthStatus === 'complex' || isRelaxed(c)) {
      const why = { en: 'Older adult with coexisting illness or complications: HbA1c < 8.0 %.', 'zh-CN': '合并多种疾病或并发症的老年人：糖化血红蛋白 <8.0%。' };
      return {
        band: 'older-complex',
        why,
        targets: [
          { key: 'fasting', target: mmol(5.0, 8.3), rationale: why, source },
          { key: 'bedtime', target: mmol(5.6, 10.0), rationale: why, source },
          { key: 'hba1c', target: below(8.0, '%'), rationale: why, source },
          ...BP_130_80(source, why),
        ],
      };
    }
    const why = { en: 'Healthy older adult: HbA1c < 7.0-7.5 %.', 'zh-CN': '健康老年人：糖化血红蛋白 <7.0%~7.5%。' };
    return {
      band: 'older-healthy',
      why,
      targets: [
        { key: 'fasting', target: mmol(4.4, 7.2), rationale: why, source },
        { key: 'bedtime', target: mmol(4.4, 10.0), rationale: why, source },
        { key: 'hba1c', target: below(7.5, '%'), rationale: why, source },
        ...BP_130_80(source, why),
      ],
    };
  }

  if (isRelaxed(c)) {
    if (guideline === 'cn-2020') {
      const why = {
        en: 'Relaxed targets for an older person with complications or long-standing diabetes, to avoid hypoglycaemia.',
        'zh-CN': '老年、病程长或有并发症者采用宽松目标，避免低血糖。',
      };
      return {
        band: 'relaxed',
        why,
        targets: [
          // 004_eccb0a9eec47fd06.txt: the 70-year-old with nephropathy, fasting 7-10, post-meal 10-13.3 mmol/L.
          { key: 'fasting', target: mmol(7.0, 10.0), rationale: why, source: SOURCES.seedPlans },
          { key: 'post-meal', target: mmol(10.0, 13.3), rationale: why, source: SOURCES.seedPlans },
          // CDS/CSE 2020 consensus: HbA1c < 8.0 % with complications, severe hypoglycaemia or short life expectancy.
          { key: 'hba1c', target: below(8.0, '%'), rationale: why, source: SOURCES.cds2020Hba1c },
          // CDS 2020 comprehensive targets: BP < 130/80 mmHg.
          ...BP_130_80(SOURCES.cds2020, why),
        ],
      };
    }
    const why = { en: 'Less stringent targets (ADA 2025 section 6): complications or hypoglycaemia history.', 'zh-CN': '较宽松目标（ADA 2025 第6章）：有并发症或低血糖史。' };
    return {
      band: 'relaxed',
      why,
      targets: [
        { key: 'fasting', target: mmol(4.4, 7.2), rationale: why, source: SOURCES.ada2025Glycaemic },
        { key: 'post-meal', target: mmol(undefined, 10.0, true), rationale: why, source: SOURCES.ada2025Glycaemic },
        { key: 'hba1c', target: below(8.0, '%'), rationale: why, source: SOURCES.ada2025Glycaemic },
        ...BP_130_80(SOURCES.ada2025Ckd, why),
      ],
    };
  }

  if (guideline === 'cn-2020') {
    const why = { en: 'Standard targets of the 2020 Chinese guideline.', 'zh-CN': '《中国2型糖尿病防治指南（2020年版）》综合控制目标。' };
    return {
      band: 'standard',
      why,
      targets: [
        // CDS 2020: capillary fasting 4.4-7.0, non-fasting < 10.0 mmol/L, HbA1c < 7.0 %, BP < 130/80 (the seed's 35-year-old too).
        { key: 'fasting', target: mmol(4.4, 7.0), rationale: why, source: SOURCES.cds2020 },
        { key: 'post-meal', target: mmol(undefined, 10.0, true), rationale: why, source: SOURCES.cds2020 },
        { key: 'hba1c', target: below(7.0, '%'), rationale: why, source: SOURCES.cds2020 },
        ...BP_130_80(SOURCES.cds2020, why),
      ],
    };
  }
  const why = { en: 'Standard targets for non-pregnant adults (ADA 2025 section 6).', 'zh-CN': '非妊娠成人标准目标（ADA 2025 第6章）。' };
  return {
    band: 'standard',
    why,
    targets: [
      // ADA 2025 section 6: preprandial 80-130 mg/dL (4.4-7.2), peak post-meal < 180 mg/dL (10.0), A1C < 7 %.
      { key: 'fasting', target: mmol(4.4, 7.2), rationale: why, source: SOURCES.ada2025Glycaemic },
      { key: 'post-meal', target: mmol(undefined, 10.0, true), rationale: why, source: SOURCES.ada2025Glycaemic },
      { key: 'hba1c', target: below(7.0, '%'), rationale: why, source: SOURCES.ada2025Glycaemic },
      ...BP_130_80(SOURCES.ada2025Ckd, why),
    ],
  };
}
