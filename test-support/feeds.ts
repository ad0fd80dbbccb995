/**
 * Feeds that stories and browser tests share. Tests import them from here, never from stories/ by a
 * relative path; the data still lives beside its stories (stories/fixtures/, owned with each widget).
 */
export { centralAsiaFeed } from '../stories/fixtures/country-filter.js';
