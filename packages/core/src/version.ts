/** The library version, written into each element class (define.ts) to tell two copies apart. Keep it equal to package.json's. */
export const VERSION = '0.1.0';
