import type { DiabetesClassification } from './classify.js';

/**
 * The programme a person is in (000_71735d5778d29d68.txt, 05.1): prevention for prediabetes; new
 * diagnosis; stable long-term management; complication care; older multimorbid; plus gestational.
 *
 * @category Plans
 */
export type Programme = 'prevention' | 'new-diagnosis' | 'long-term' | 'complication-care' | 'older-multimorbid' | 'gestational' | 'not-diabetic';

/** @internal */
export function programmeOf(c: DiabetesClassification, footCategory: number | undefined, kidneyColour: string | undefined): Programme {
  if (c.status === 'gestational' || (c.pregnant && c.status !== 'normal' && c.status !== 'undetermined' && c.status !== 'prediabetes')) return 'gestational';
  if (c.status === 'prediabetes') return 'prevention';
  if (c.status === 'normal' || c.status === 'undetermined') return 'not-diabetic';
  if (c.status === 'type-2-new') return 'new-diagnosis';
  // Older with multimorbidity: symptom control and quality of life (000_... 05.1). 65: ADA section 13.
  if (c.age >= 65 && (c.healthStatus !== 'healthy' || c.otherChronicConditions >= 3)) return 'older-multimorbid';
  const footRisk = footCategory !== undefined && footCategory >= 2;
  const kidneyRisk = kidneyColour === 'orange' || kidneyColour === 'red';
  if (c.complications.nephropathy || c.complications.retinopathy || c.complications.cardiovascular || c.complications.footUlcerHistory || footRisk || kidneyRisk) return 'complication-care';
  return 'long-term';
}
