// The partner files: one self-contained file per page type and language set, as a module and as a classic
// script. One table, read by rollup.config.js, the size report, sri.mjs, the release, the bench and the tests.
//
// Why one file per page type and no loader: a measured prototype (docs/performance.md) showed that a
// loader plus lazy chunks adds a round trip on slow connections and saves no CPU; one file costs one
// request. Two page-type files on one page work (guarded defines, one shared Trusted Types policy) but
// carry two copies of Lit.

/** Page types: the entry, the elements it defines and the feed item kinds its widgets read. */
export const PAGE_TYPES = [
  {
    name: 'widgets',
    entry: 'packages/widgets/src/index.ts',
    tags: ['omj-hotline-banner', 'omj-video-grid', 'omj-country-filter', 'omj-news-ticker', 'omj-contact-card'],
    kinds: ['film', 'news', 'contact', 'hotline'],
    label: 'all five',
  },
  {
    name: 'archive',
    entry: 'packages/widgets/src/archive.ts',
    tags: ['omj-video-grid', 'omj-country-filter'],
    kinds: ['film'],
    label: 'film archive (grid + filter)',
  },
  { name: 'ticker', entry: 'packages/widgets/src/ticker.ts', tags: ['omj-news-ticker'], kinds: ['news'], label: 'news ticker' },
  { name: 'contact', entry: 'packages/widgets/src/contact.ts', tags: ['omj-contact-card'], kinds: ['contact'], label: 'press contacts' },
  { name: 'hotline', entry: 'packages/widgets/src/hotline.ts', tags: ['omj-hotline-banner'], kinds: ['hotline'], label: 'helpline banner' },
];

/**
 * Language sets. The plain file (`omj-archive.js`) carries every language, so it is right on any page and
 * on pages that mix languages; the others carry English plus at most one language: an English page
 * carries no Russian or Kyrgyz strings, a Russian or Kyrgyz page gets its strings in the same file (no
 * second request; see docs/performance.md for the measurement behind that choice). The language sets are
 * modules only: every file costs build time, and a CMS that allows only classic scripts gets the plain
 * classic file (at most 1.4 KB gzip more than a one-language file).
 */
export const LANGUAGE_SETS = [
  { suffix: '', locales: ['ru', 'ky'], label: 'en+ru+ky', formats: ['es', 'iife'] },
  { suffix: '.en', locales: [], label: 'en', formats: ['es'] },
  { suffix: '.ru', locales: ['ru'], label: 'en+ru', formats: ['es'] },
  { suffix: '.ky', locales: ['ky'], label: 'en+ky', formats: ['es'] },
];

export const FORMATS = [
  { format: 'es', ext: '.js', type: 'module' },
  { format: 'iife', ext: '.iife.js', type: 'classic' },
];

/** Every partner file, in documentation order: `{ file, pageType, languages, format, type, tags }`. */
export const BUNDLE_FILES = PAGE_TYPES.flatMap((pageType) =>
  LANGUAGE_SETS.flatMap((languages) =>
    FORMATS.filter(({ format }) => languages.formats.includes(format)).map(({ format, ext, type }) => ({
      file: `omj-${pageType.name}${languages.suffix}${ext}`,
      pageType: pageType.name,
      languages: languages.label,
      locales: languages.locales,
      format,
      type,
      tags: pageType.tags,
    })),
  ),
);

/** The page-type file that fits a set of elements and a page language (`en`, `ru`, `ky`, or `mixed`). */
export function fileFor(tags, language = 'mixed', type = 'module') {
  const wanted = [...new Set(tags)];
  const pageType = PAGE_TYPES.slice(1).find((candidate) => wanted.every((tag) => candidate.tags.includes(tag))) ?? PAGE_TYPES[0];
  const suffix = language === 'en' || language === 'ru' || language === 'ky' ? `.${language}` : '';
  return `omj-${pageType.name}${suffix}${type === 'module' ? '.js' : '.iife.js'}`;
}
