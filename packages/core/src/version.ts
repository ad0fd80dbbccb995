/** The library version; the build replaces nothing here, so keep it in step with package.json. */
export const VERSION = '0.1.0';
