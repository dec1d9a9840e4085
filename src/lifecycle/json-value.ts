// The JSON schemas live in core, shared by every module.
export { FORBIDDEN_KEYS, JsonObjectSchema, JsonValueSchema, type JsonObject } from '../core/json-value.js';
