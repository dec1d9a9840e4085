// The JSON value type lives in core, shared by every module.
export type { JsonValue } from '../core/json-value.js';
