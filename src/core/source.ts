import { z } from 'zod';

/**
 * Where a clinical number, rule or text comes from. Every score, target, activity and alert
 * carries at least one.
 *
 * - `seed`: one of the source documents carepath was built from (`id` is its file name).
 * - `guideline`: a clinical practice guideline or public-health norm.
 * - `score`: the paper that published a risk score.
 * - `standard`: a terminology or technical standard (LOINC, UCUM, RFC 9562, IFCC).
 * - `carepath`: a choice carepath made where sources are silent, documented in `docs/`.
 *
 * @category Core
 */
export const SourceSchema = z
  .object({
    kind: z.enum(['seed', 'guideline', 'score', 'standard', 'carepath']),
    id: z.string().min(1),
    title: z.string().min(1),
    year: z.number().int().optional(),
    version: z.string().optional(),
    section: z.string().optional(),
    doi: z.string().optional(),
    url: z.string().optional(),
  })
  .strict();

/** @category Core */
export type Source = z.infer<typeof SourceSchema>;

/**
 * The five source documents (Chinese) whose rules and numbers carepath encodes, by file name.
 *
 * @category Core
 */
export const SEED_DOCUMENTS = {
  '000_71735d5778d29d68.txt': '糖尿病整合医疗中的社会营销策略 (social marketing in integrated diabetes care)',
  '001_175e5153b43beeec.txt': '社区健康管理中的健康服务品牌竞争力构建 (health-service brands in community health management)',
  '002_940d10ef3e0c7105.txt': '基层医疗机构分级诊疗服务品牌建设策略研究 (tiered care and two-way referral at primary care)',
  '003_2e90203f66327890.txt': '患者全周期管理中的品牌沟通策略 (communication across the full patient cycle)',
  '004_eccb0a9eec47fd06.txt': '医院品牌用户运营：信息化精准服务策略 (hospital user operations: IT-enabled precision services)',
} as const;

/** File name of a seed document. @category Core */
export type SeedDocument = keyof typeof SEED_DOCUMENTS;

/**
 * A citation of a seed document, optionally at a section.
 *
 * @example
 * ```ts
 * seedSource('004_eccb0a9eec47fd06.txt', '慢病管理');
 * // => { kind: 'seed', id: '004_eccb0a9eec47fd06.txt', title: '医院品牌用户运营：...', section: '慢病管理' }
 * ```
 * @category Core
 */
export function seedSource(file: SeedDocument, section?: string): Source {
  const base = { kind: 'seed', id: file, title: SEED_DOCUMENTS[file] } as const;
  return Object.freeze(section === undefined ? base : { ...base, section });
}

/**
 * A citation of a guideline, paper or standard.
 *
 * @example
 * ```ts
 * citation('standard', 'IFCC-NGSP', 'IFCC-NGSP HbA1c master equation', { year: 2004 });
 * ```
 * @category Core
 */
export function citation(
  kind: Source['kind'],
  id: string,
  title: string,
  details: Omit<Source, 'kind' | 'id' | 'title'> = {},
): Source {
  return Object.freeze({ kind, id, title, ...details });
}
