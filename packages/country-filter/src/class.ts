export * from './country-filter.js';
