/**
 * carepath: a pure, embeddable care-management engine. The root re-exports every module; each
 * is also a subpath export (`carepath/core`, `carepath/model`, ...).
 *
 * @packageDocumentation
 */
export * from './core/index.js';
export * from './model/index.js';
export * from './risk/index.js';
export * from './rules/index.js';
export * from './lifecycle/index.js';
export * from './schedule/index.js';
export * from './plans/index.js';
