export * from './locales.js';
export * from './resolve.js';
export * from './catalog.js';
export * from './lang-observer.js';
