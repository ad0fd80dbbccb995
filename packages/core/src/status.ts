import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FeedError } from '@omj/feed';
import { registerCatalogs } from './locale/catalog.js';
import { formatMediumDate, intlLocales } from './intl.js';
import { templates as ru } from './generated/locales/ru.js';
import { templates as ky } from './generated/locales/ky.js';

// Registered here, in the module whose strings they are: a bare side-effect import would be dropped by
// bundlers because the package declares `sideEffects: false`.
registerCatalogs({ ru, ky });

/**
 * The shared look and words of the loading, error, empty and stale states, so every widget answers bad
 * input the same way. Call these inside `render()` (the base element has set the element's locale).
 * Each state is a `part` a partner can style: `status`, plus `loading` / `error` / `empty`.
 */

export function renderLoading(label: string = msg('Loading…')): TemplateResult {
  return html`<div class="omj-status loading" part="status loading" role="status" aria-live="polite">
    <span class="omj-skeleton omj-spinner" aria-hidden="true"></span>
    <p>${label}</p>
  </div>`;
}

/** A localized sentence for each kind of feed failure. */
export function feedErrorMessage(error: FeedError | undefined): string {
  switch (error?.kind) {
    case 'timeout':
      return msg('The content took too long to load.');
    case 'http':
      return msg(str`The server could not provide the content (error ${error.status ?? '?'}).`);
    case 'not-json':
    case 'not-a-feed':
      return msg('The content could not be read: the feed is damaged.');
    case 'network':
      return msg('The content could not be loaded. Check your connection.');
    default:
      return msg('The content could not be loaded.');
  }
}

/**
 * The error state. `quiet` is for widgets that still show something useful beside it (a fallback number,
 * a saved copy): a polite status instead of an alert that interrupts a screen-reader user.
 */
export function renderError(error: FeedError | undefined, retry?: () => void, quiet = false): TemplateResult {
  return html`<div class="omj-status error ${quiet ? 'quiet' : ''}" part="status error" role=${quiet ? 'status' : 'alert'}>
    <p>${feedErrorMessage(error)}</p>
    ${
      retry === undefined
        ? nothing
        : html`<button type="button" class="omj-button" part="button retry" @click=${retry}>${msg('Try again')}</button>`
    }
  </div>`;
}

export function renderEmpty(message: string, action?: { label: string; run: () => void }): TemplateResult {
  return html`<div class="omj-status empty" part="status empty" role="status">
    <p>${message}</p>
    ${
      action === undefined
        ? nothing
        : html`<button type="button" class="omj-button" part="button" @click=${action.run}>${action.label}</button>`
    }
  </div>`;
}

/**
 * `text` marked with its own language when that differs from the language around it, e.g. a date that
 * `Intl` formatted in Russian on a Kyrgyz page (`inLang(date, intlFallbackLang(tag) ?? tag, tag)`), so a
 * screen reader switches voice for it. Plain text when the languages match.
 */
export function inLang(text: string, lang: string, around: string): string | TemplateResult {
  const primary = (tag: string) => tag.split(/[-_]/)[0]!.toLowerCase();
  return primary(lang) === primary(around) ? text : html`<span lang=${lang}>${text}</span>`;
}

/**
 * "Showing a saved copy from Dec 4, 2026 at 9:03 PM. …" in the visitor's language. The date is in Kyrgyz
 * even where the browser has no Kyrgyz data (formatMediumDate's table), the time is digits in every
 * language, so nothing in the sentence needs a `lang` of its own.
 */
export function renderStale(fetchedAt: Date, locale: string, retry?: () => void): TemplateResult {
  const date = formatMediumDate(fetchedAt, locale);
  const time = new Intl.DateTimeFormat(intlLocales(locale), { timeStyle: 'short' }).format(fetchedAt);
  return html`<p class="omj-stale" part="stale">
    ${msg(str`Showing a saved copy from ${date} at ${time}. The latest version could not be loaded.`)}
    ${
      retry === undefined
        ? nothing
        : html`<button type="button" class="omj-button" part="button retry" @click=${retry}>${msg('Try again')}</button>`
    }
  </p>`;
}
