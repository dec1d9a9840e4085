/**
 * The foundation every module builds on: the result type, the one error shape, validation,
 * time (dates, instants, zones, age), deterministic ids, citations and the i18n catalogue.
 *
 * @packageDocumentation
 * @module core
 */
export { ageAt } from './age-at.js';
export { canonicalJson } from './canonical-json.js';
export {
  CareErrorCodeSchema,
  CareErrorSchema,
  CareIssueSchema,
  IssueCodeSchema,
  careError,
  formatPath,
  internalError,
  type CareError,
  type CareErrorCode,
  type CareIssue,
  type IssueCode,
  type PathSegment,
} from './care-error.js';
export { CAREPATH_NAMESPACE, deterministicId, uuidV5 } from './deterministic-id.js';
export { isLeft, isRight, left, right, type Either, type Left, type Right } from './either.js';
export { deepFreeze } from './freeze.js';
export {
  LanguageSchema,
  describeErrorCode,
  describeIssue,
  messageKeys,
  translate,
  type Language,
  type Localized,
  type MessageKey,
  type MessageParams,
} from './i18n.js';
export { InstantSchema, epochMsToInstant, instantToEpochMs, type Instant } from './instant.js';
export {
  IsoDateSchema,
  daysBetween,
  daysInMonth,
  epochDay,
  fromEpochDay,
  isLeapYear,
  isoDateParts,
  parseIsoDate,
  type DateParts,
  type IsoDate,
} from './iso-date.js';
export { protect } from './protect.js';
export { SEED_DOCUMENTS, SourceSchema, citation, seedSource, type SeedDocument, type Source } from './source.js';
export { TimeZoneSchema, isTimeZone, localDateOf, localDateTimeOf, type TimeZone } from './time-zone.js';
export { validate } from './validate.js';
export { fromZodIssues, issueParams, stringMatching } from './zod-issues.js';
