export * from './country-filter.js';
import './define.js';
