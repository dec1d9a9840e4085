import { z } from 'zod';
import { CareErrorCodeSchema, IssueCodeSchema, formatPath, type CareErrorCode, type CareIssue, type IssueCode } from './care-error.js';

/**
 * The languages carepath writes: Simplified Chinese (mainland) and English.
 *
 * @category i18n
 */
export const LanguageSchema = z.enum(['zh-CN', 'en']);

/** @category i18n */
export type Language = z.infer<typeof LanguageSchema>;

/** Text in every language carepath writes; a missing language is a type error. @category i18n */
export type Localized = { readonly [L in Language]: string };

/**
 * The English catalogue. Its keys are the catalogue's keys; `{name}` marks a parameter.
 * The zh-CN catalogue must have exactly the same keys (a type error otherwise) and the same
 * parameters (checked by test/i18n.test.ts).
 */
const en = {
  'language.zh-CN': 'Chinese (Simplified)',
  'language.en': 'English',
  'error.invalid-input': 'The input is not valid',
  'error.invalid-rule': 'The rule or definition is not valid',
  'error.invalid-time': 'A date, time or time zone is not valid',
  'error.not-applicable': 'This does not apply to the input',
  'error.out-of-population': 'The patient lies outside the population the score was validated in',
  'error.conflict': 'The request conflicts with the current state',
  'error.internal': 'Unexpected failure inside carepath',
  'issue.required': '{path} is required',
  'issue.invalid-type': '{path} has the wrong type',
  'issue.invalid-value': '{path} is not one of the allowed values',
  'issue.invalid-format': '{path} is not in the required format',
  'issue.invalid-date': '{path} is not a real calendar date (YYYY-MM-DD)',
  'issue.invalid-instant': '{path} is not a date-time with an offset',
  'issue.invalid-time-zone': '{path} is not an IANA time zone',
  'issue.too-small': '{path} is too small',
  'issue.too-big': '{path} is too large',
  'issue.not-integer': '{path} must be a whole number',
  'issue.unknown-field': '{path} is not a known field',
  'issue.unknown-unit': '{path} has a unit carepath does not know',
  'issue.unknown-code': '{path} has a code carepath does not know',
  'issue.invalid-checksum': '{path} fails its check digit',
  'issue.inconsistent': '{path} contradicts another field',
  'issue.duplicate': '{path} is a duplicate',
  'issue.not-applicable': '{path} does not apply here',
  'issue.other': '{path} is not valid',
  'path.root': 'the record',
} as const;

/** A key of the message catalogue. @category i18n */
export type MessageKey = keyof typeof en;

const zhCN: { readonly [K in MessageKey]: string } = {
  'language.zh-CN': '简体中文',
  'language.en': '英语',
  'error.invalid-input': '输入内容无效',
  'error.invalid-rule': '规则或定义无效',
  'error.invalid-time': '日期、时间或时区无效',
  'error.not-applicable': '不适用于该输入',
  'error.out-of-population': '患者不在该评分的验证人群范围内',
  'error.conflict': '请求与当前状态冲突',
  'error.internal': 'carepath 内部意外错误',
  'issue.required': '{path} 为必填项',
  'issue.invalid-type': '{path} 的类型错误',
  'issue.invalid-value': '{path} 不是允许的取值',
  'issue.invalid-format': '{path} 的格式不符合要求',
  'issue.invalid-date': '{path} 不是有效的日历日期（YYYY-MM-DD）',
  'issue.invalid-instant': '{path} 不是带时区偏移的日期时间',
  'issue.invalid-time-zone': '{path} 不是 IANA 时区名称',
  'issue.too-small': '{path} 数值过小',
  'issue.too-big': '{path} 数值过大',
  'issue.not-integer': '{path} 必须是整数',
  'issue.unknown-field': '{path} 不是可识别的字段',
  'issue.unknown-unit': '{path} 的单位无法识别',
  'issue.unknown-code': '{path} 的编码无法识别',
  'issue.invalid-checksum': '{path} 校验码不正确',
  'issue.inconsistent': '{path} 与其他字段矛盾',
  'issue.duplicate': '{path} 重复',
  'issue.not-applicable': '{path} 不适用',
  'issue.other': '{path} 无效',
  'path.root': '记录',
};

const catalogues: { readonly [L in Language]: { readonly [K in MessageKey]: string } } = {
  en,
  'zh-CN': zhCN,
};

type ParamsOf<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | ParamsOf<Rest> : never;

/** The parameters a message takes, by key: `{}` when it takes none. @category i18n */
export type MessageParams<K extends MessageKey> = { readonly [P in ParamsOf<(typeof en)[K]>]: string | number };

/**
 * A message from the catalogue in a language, with its `{parameters}` filled in. Keys and
 * parameters are checked by the compiler: a missing key or parameter is a type error.
 *
 * @example
 * ```ts
 * translate('zh-CN', 'issue.required', { path: 'birthDate' }); // => 'birthDate 为必填项'
 * translate('en', 'language.zh-CN', {});                       // => 'Chinese (Simplified)'
 * ```
 * @category i18n
 */
export function translate<K extends MessageKey>(language: Language, key: K, params: MessageParams<K>): string {
  // Total for any runtime input: an unknown language falls back to English, an unknown key is
  // returned as written, a missing parameter stays as its placeholder.
  const lang: unknown = language;
  const name: unknown = key;
  const given: unknown = params;
  const catalogue = typeof lang === 'string' && Object.hasOwn(catalogues, lang) ? catalogues[lang as Language] : catalogues.en;
  const template = typeof name === 'string' ? (Object.hasOwn(catalogue, name) ? catalogue[name as MessageKey] : name) : '';
  const values = typeof given === 'object' && given !== null ? (given as Readonly<Record<string, unknown>>) : {};
  return template.replace(/\{(\w+)\}/g, (whole, parameter: string) => {
    const value = Object.hasOwn(values, parameter) ? values[parameter] : undefined;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : whole;
  });
}

/** Every key of the catalogue (for tests and tooling). @category i18n */
export function messageKeys(): readonly MessageKey[] {
  return Object.freeze(Object.keys(en) as MessageKey[]);
}

/**
 * One issue as a sentence for clinic staff, in their language.
 *
 * @example
 * ```ts
 * describeIssue({ path: ['observations', 0, 'unit'], code: 'unknown-unit', message: '...' }, 'zh-CN');
 * // => 'observations[0].unit 的单位无法识别'
 * ```
 * @category i18n
 */
export function describeIssue(issue: CareIssue, language: Language): string {
  const given: unknown = issue;
  if (typeof given !== 'object' || given === null) return translate(language, 'issue.other', { path: translate(language, 'path.root', {}) });
  const rawPath: unknown = issue.path;
  const path = !Array.isArray(rawPath) || rawPath.length === 0 ? translate(language, 'path.root', {}) : formatPath(issue.path);
  const parsed = IssueCodeSchema.safeParse(issue.code);
  const key: `issue.${IssueCode}` = `issue.${parsed.success ? parsed.data : 'other'}`;
  return translate(language, key, { path });
}

/**
 * The summary of an error code in a language.
 *
 * @example
 * ```ts
 * describeErrorCode('invalid-input', 'zh-CN'); // => '输入内容无效'
 * ```
 * @category i18n
 */
export function describeErrorCode(code: CareErrorCode, language: Language): string {
  const parsed = CareErrorCodeSchema.safeParse(code);
  const key: `error.${CareErrorCode}` = `error.${parsed.success ? parsed.data : 'internal'}`;
  return translate(language, key, {});
}
