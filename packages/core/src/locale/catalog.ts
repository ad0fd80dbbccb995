import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { TemplateMap } from '@lit/localize';
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
 * Catalogs are the `templates` maps that `lit-localize build` (runtime mode) generates from the XLIFF
 * files; each widget package registers its own, ids are content hashes, so merging them is safe.
 */
const catalogs: Record<TargetLocale, Record<string, unknown>> = { ru: {}, ky: {} };
let activeLocale: UiLocale = 'en';
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  try {
    _installMsgImplementation(((template: Parameters<typeof runtimeMsg>[1], options?: Parameters<typeof runtimeMsg>[2]) =>
      runtimeMsg(
        activeLocale === 'en' ? undefined : (catalogs[activeLocale] as TemplateMap),
        template,
        options,
      )) as unknown as Parameters<typeof _installMsgImplementation>[0]);
  } catch {
    // The host application configured @lit/localize itself (npm use inside a Lit app). Its msg() then
    // serves our strings too; nothing breaks, our elements simply follow that app's locale.
    console.warn('omj-widgets: @lit/localize is configured by the page; widgets follow its locale.');
  }
}

/** Adds generated `templates` maps to the shared catalogs. Idempotent. */
export function registerCatalogs(maps: Partial<Record<TargetLocale, TemplateMap>>): void {
  install();
  for (const [locale, templates] of Object.entries(maps) as [TargetLocale, TemplateMap][]) {
    Object.assign(catalogs[locale], templates);
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
