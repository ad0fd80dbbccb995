export * from './types.js';
export * from './url.js';
export * from './text.js';
export * from './merge.js';
export { DEFAULT_MAX_LENGTH, normalizePhone, parseFeed, type ParseOptions } from './parse.js';
export { isCountryCode, isEmailAddress, parseRfc3339 } from './formats.js';
export * from './load/index.js';
export * from './query/index.js';
export { readXmlFeed, rfc822, xmlToJsonFeed } from './xml/rss-atom.js';
