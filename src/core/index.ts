/**
 * The foundation every module builds on: the result type, the one error shape, validation,
 * time (dates, instants, zones, age), citations and the i18n catalogue.
 *
 * Functions that can fail return {@link Either}; the few that cannot fail for any input
 * (constructors, formatting, translation) return plain values and never throw.
 *
 * @packageDocumentation
 * @module core
 */
export { ageAt } from './age-at.js';
export {
  CareErrorCodeSchema,
  CareErrorSchema,
  CareIssueSchema,
  IssueCodeSchema,
  careError,
  formatPath,
  type CareError,
  type CareErrorCode,
  type CareIssue,
  type IssueCode,
  type PathSegment,
} from './care-error.js';
export { isLeft, isRight, left, right, type Either, type Left, type Right } from './either.js';
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
export { InstantSchema, instantToEpochMs, type Instant } from './instant.js';
export { JsonObjectSchema, JsonValueSchema, type JsonObject, type JsonValue } from './json-value.js';
export { IsoDateSchema, parseIsoDate, type IsoDate } from './iso-date.js';
export { SEED_DOCUMENTS, SourceSchema, type SeedDocument, type Source } from './source.js';
export { TimeZoneSchema, isTimeZone, localDateOf, localDateTimeOf, type TimeZone } from './time-zone.js';
export { validate } from './validate.js';
