import { _installMsgImplementation } from '@lit/localize/init/install.js';
import type { TargetLocale, UiLocale } from './locales.js';

/**
 * Per-element localization on top of @lit/localize.
 *
 * `configureLocalization()` keeps one active locale for the whole page, but a partner may put a Russian
 * widget and a Kyrgyz widget on one page, and each element follows its own `lang`. So we install our own
 * `msg` implementation (once, as @lit/localize allows only one) that looks strings up in the catalog of the
 * locale of the element currently rendering. Lit renders synchronously inside `update()`, and the base
 * element wraps `update()` in `withLocale()`, so every `msg()` in a template sees its element's language.
 *
 * Catalogs are compiled from each package's XLIFF by scripts/catalogs.mjs and keyed by the English source
 * (a `str` template's parts joined by `{}`) or by the msg() id: no content hashes to compute at run time or
 * to ship (see that script for the bytes this saves). A missing translation falls back to English.
 *
 * Why `_installMsgImplementation` (marked @internal) and not the public `configureReentrantLocalization`
 * of @lit/localize 0.12: that API is a thin wrapper over the same `_installMsgImplementation`, but its
 * `msg` always looks templates up through `runtimeMsg`, by 64-bit content hash (`s6ebc9bd6feae62a3`). It
 * would bring the FNV-1a hashing code into every bundle and need hash-keyed catalogs again, about 1 KB
 * gzip more (scripts/catalogs.mjs). Its `getLocale` callback is exactly our `activeLocale`, so switching
 * costs one function when the hash lookup is worth those bytes. test/locale.test.ts ("the msg() hook of
 * @lit/localize") fails if a Lit upgrade removes or changes the hook.
 */
export type Catalog = Record<string, string>;

// Null-prototype objects, read only through own keys: a `msg('toString')` or an element whose language
// somehow became `constructor` must never reach a member of Object.prototype (#12).
const emptyCatalog = (): Catalog => Object.create(null) as Catalog;
const catalogs: Record<TargetLocale, Catalog> = Object.assign(Object.create(null) as Record<TargetLocale, Catalog>, {
  ru: emptyCatalog(),
  ky: emptyCatalog(),
});
let activeLocale: UiLocale = 'en';
let installed = false;

interface StrTemplate {
  strings: readonly string[];
  values: readonly unknown[];
}

/** `msg()` as our elements call it: a plain string or a `str` result, with an optional explicit id. */
export function localize(template: string | StrTemplate, options?: { id?: string }): string {
  const catalog = activeLocale !== 'en' && Object.hasOwn(catalogs, activeLocale) ? catalogs[activeLocale] : undefined;
  if (typeof template === 'string') return catalog?.[options?.id ?? template] ?? template;
  const { strings, values } = template;
  const pattern = catalog?.[options?.id ?? strings.join('{}')];
  return pattern === undefined
    ? strings.reduce((text, part, index) => text + String(values[index - 1]) + part)
    : pattern.replace(/\{(\d+)\}/g, (_placeholder, index: string) => String(values[Number(index)]));
}

function install(): void {
  if (installed) return;
  installed = true;
  try {
    _installMsgImplementation(localize as unknown as Parameters<typeof _installMsgImplementation>[0]);
  } catch {
    // The host application configured @lit/localize itself (npm use inside a Lit app). Its msg() then
    // serves our strings too; nothing breaks, our elements simply follow that app's locale.
    console.warn('omj-widgets: @lit/localize is configured by the page; widgets follow its locale.');
  }
}

/** Adds generated `templates` maps to the shared catalogs. Idempotent. */
export function registerCatalogs(maps: Partial<Record<TargetLocale, Catalog>>): void {
  install();
  for (const [locale, templates] of Object.entries(maps) as [TargetLocale, Catalog][]) {
    if (Object.hasOwn(catalogs, locale)) Object.assign(catalogs[locale], templates);
  }
}

/** Runs `fn` with `msg()` answering in `locale`. Re-entrant. */
export function withLocale<T>(locale: UiLocale, fn: () => T): T {
  install();
  const previous = activeLocale;
  activeLocale = locale;
  try {
    return fn();
  } finally {
    activeLocale = previous;
  }
}
