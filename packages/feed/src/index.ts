export * from './types.js';
export * from './url.js';
export * from './text.js';
export * from './merge.js';
export * from './parse/index.js';
export * from './load/index.js';
export * from './query/index.js';
