// The ISO 3166-1 list lives in ../formats.ts, shared with the browser parser.
export { isCountryCode } from '../formats.js';
