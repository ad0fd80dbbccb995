import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import {
  OmjElement,
  baseStyles,
  emit,
  intlLocales,
  registerCatalogs,
  renderEmpty,
  renderError,
  renderStale,
  safeLocale,
} from '@omj/core';
import { foldForSearch, type ParsedFeed } from '@omj/feed';
import { templates as ru } from './generated/locales/ru.js';
import { templates as ky } from './generated/locales/ky.js';
import { CountryList, type CountryRow } from './countries.js';
import { GridLink } from './grid-link.js';
import { TypeAhead } from './typeahead.js';
import { styles } from './country-filter.styles.js';

registerCatalogs({ ru, ky });

export interface CountryChangeDetail {
  /** ISO 3166-1 alpha-2 codes now selected; empty = all countries. */
  readonly countries: readonly string[];
}

declare module '@omj/core' {
  interface OmjEventMap {
    'omj-country-change': CountryChangeDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'omj-country-change': CustomEvent<CountryChangeDetail>;
  }
}

/** The id of an option: `o-KG`; "All countries" is `o-`. */
const optionId = (code: string) => `o-${code}`;

/**
 * Lets visitors narrow an `<omj-video-grid>` to the countries they choose. It lists every country that has
 * films, with the number of films, named in the visitor's language and sorted for it.
 *
 * Put it inside the grid, or anywhere with `for="<the grid's id>"`. It loads the grid's feed (one request,
 * shared), sets the grid's `country` attribute when the visitor chooses, and follows every change the grid
 * announces (a deep link, the grid's own reset, a second filter).
 *
 * Keyboard (WAI-ARIA listbox): Tab into the list; Up/Down move; Home/End jump to the first/last; typing
 * letters jumps to a country; Space or Enter selects (toggles with `multiple`); Shift+Up/Down moves and
 * toggles with `multiple`.
 *
 * @summary A list of countries with film counts that filters an `<omj-video-grid>`.
 *
 * @fires {CustomEvent<CountryChangeDetail>} omj-country-change - The visitor chose in this filter (not for changes made elsewhere). `detail: { countries }`: ISO codes, empty for all.
 *
 * @csspart label - The visible label ("Country").
 * @csspart list - The listbox.
 * @csspart option - One country; "All countries" has `option reset`.
 * @csspart reset - The "All countries" option.
 * @csspart count - The number of films of a country.
 * @csspart message - A message when the grid named by `for` cannot be found.
 * @csspart status - The loading, error and empty states (with `loading`, `error`, `empty`).
 * @csspart stale - The note shown over a saved copy of the feed.
 * @csspart button - Buttons in the states; `retry` tries loading again.
 *
 * @cssprop --omj-country-filter-max-height - Height after which the list scrolls (default 20em).
 * @cssprop --omj-color-accent - Background of selected countries.
 * @cssprop --omj-color-accent-text - Text on selected countries.
 * @cssprop --omj-color-focus - The focus ring.
 */
export class OmjCountryFilter extends OmjElement {
  static override styles = [baseStyles, styles];

  /** The id of the `<omj-video-grid>` to filter. Without it, the closest grid around the filter. */
  @property({ attribute: 'for' }) htmlFor?: string;

  /** Lets the visitor choose several countries. */
  @property({ type: Boolean, reflect: true }) multiple = false;

  /** The visible label; default "Country" in the visitor's language. */
  @property() label?: string;

  private readonly link = new GridLink(
    this,
    () => this.htmlFor,
    () => Boolean(this.feed) || this.data !== undefined,
  );
  private readonly typeAhead = new TypeAhead();
  private list?: CountryList;
  private rows: readonly CountryRow[] = [];
  private usedGridFeed?: string;
  private usedGridData?: unknown;
  /** The code of the option the keyboard is on ('' = All countries); not reactive: moving re-renders nothing. */
  private active?: string;

  /** The selected ISO codes (the grid's `country`); empty = all countries. */
  get countries(): readonly string[] {
    return this.link.countries;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.link.sync();
    if (changed.has('feed')) this.usedGridFeed = undefined;
    // Without a feed of its own, the filter loads what the grid loads (the loader shares the request).
    if (this.data === undefined && !this.feed) {
      // A grid given its feed as `data` from script: use the same data.
      const gridData = (this.link.grid as { data?: unknown } | undefined)?.data;
      if (this.link.feed !== this.usedGridFeed) {
        this.usedGridFeed = this.link.feed;
        this.feedController.setSource(this.link.feed);
      } else if (!this.link.feed && gridData !== undefined && gridData !== this.usedGridData) {
        this.usedGridData = gridData;
        this.feedController.setData(gridData);
      }
    }
    const state = this.feedState;
    const feed: ParsedFeed | undefined = state.status === 'ready' ? state.feed : undefined;
    const locale = safeLocale(this.langTag);
    if (feed === undefined) this.list = undefined;
    else if (this.list === undefined || this.list.feed !== feed || this.list.locale !== locale) {
      this.list = new CountryList(feed, locale);
    }
    this.rows = this.list?.with(this.link.countries) ?? [];
  }

  override render(): TemplateResult {
    return html`<span id="label" part="label" class="label">${this.label || msg('Country')}</span>
      ${this.link.missing === undefined
        ? nothing
        : html`<p part="message" class="message">
            ${this.link.missing
              ? msg(str`The film list "${this.link.missing}" was not found on this page.`)
              : msg('This filter is not connected to a film list.')}
          </p>`}
      ${this.body()}`;
  }

  private body(): TemplateResult | typeof nothing {
    const state = this.feedState;
    if (state.status === 'error') return renderError(state.error, () => this.feedController.retry());
    if (state.status !== 'ready') {
      if (this.link.missing !== undefined) return nothing;
      if (state.status === 'idle' && this.link.grid !== undefined) return renderEmpty(msg('No countries yet'));
      return html`<div class="skeleton" part="status loading" role="status">
        <span class="visually-hidden">${msg('Loading countries…')}</span>
        ${[1, 2, 3, 4, 5].map(() => html`<span class="omj-skeleton row" aria-hidden="true"></span>`)}
      </div>`;
    }
    // Sharing the grid's feed, the grid already says the copy is old; the filter says it when alone.
    const stale = state.stale && state.fetchedAt && (this.feed || !this.link.grid) ? renderStale(state.fetchedAt, this.langTag, () => this.feedController.retry()) : nothing;
    if (this.rows.length === 0) return html`${stale}${renderEmpty(msg('No countries yet'))}`;
    const number = new Intl.NumberFormat(intlLocales(this.langTag));
    const chosen = new Set(this.link.countries);
    const all = msg('All countries');
    const total = this.list!.total;
    const option = (code: string, name: string, count: number, selected: boolean) =>
      html`<div
        id=${optionId(code)}
        role="option"
        part=${code ? 'option' : 'option reset'}
        class="option"
        data-code=${code}
        aria-selected=${selected ? 'true' : 'false'}
      >
        <span class="mark" aria-hidden="true"></span><span class="name">${name}</span
        ><span part="count" class="count">${number.format(count)}</span>
      </div>`;
    return html`${stale}<div
        id="list"
        part="list"
        class="list"
        role="listbox"
        tabindex="0"
        aria-labelledby="label"
        aria-multiselectable=${this.multiple ? 'true' : nothing}
        @keydown=${this.onKey}
        @click=${this.onClick}
        @focus=${this.onFocus}
      >
        ${option('', all, total, chosen.size === 0)}
        ${repeat(
          this.rows,
          (row) => row.code,
          (row) => option(row.code, row.name, row.count, chosen.has(row.code)),
        )}
      </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Rows may have been re-sorted or removed (new language, new feed): keep the keyboard marker valid.
    if (this.active !== undefined) this.activate(this.active, false);
  }

  /** Chooses `code` ('' = all countries): replaces the selection, or toggles it with `multiple`. */
  private choose(code: string): void {
    const current = this.link.countries;
    const next = !code ? [] : !this.multiple ? [code] : current.includes(code) ? current.filter((c) => c !== code) : [...current, code];
    if (next.join(' ') === current.join(' ')) return;
    this.link.apply(next);
    emit(this, 'omj-country-change', { countries: next });
  }

  /** Codes in list order, '' first for "All countries". */
  private codes(): string[] {
    return ['', ...this.rows.map((row) => row.code)];
  }

  /** Moves the keyboard marker without a render: one class and one attribute change. */
  private activate(code: string, scroll = true): void {
    const root = this.renderRoot as ShadowRoot;
    const list = root.getElementById('list');
    let option = root.getElementById(optionId(code));
    if (list === null) return;
    if (option === null) {
      code = '';
      option = root.getElementById(optionId(code))!;
    }
    this.active = code;
    root.querySelector('.active')?.classList.remove('active');
    option.classList.add('active');
    list.setAttribute('aria-activedescendant', option.id);
    if (scroll) option.scrollIntoView({ block: 'nearest' });
  }

  private readonly onFocus = (): void => {
    if (this.active === undefined) {
      const chosen = new Set(this.link.countries);
      this.activate(this.rows.find((row) => chosen.has(row.code))?.code ?? '');
    }
  };

  private readonly onClick = (event: MouseEvent): void => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    if (option === null) return;
    const code = option.dataset['code'] ?? '';
    this.activate(code, false);
    this.choose(code);
  };

  private readonly onKey = (event: KeyboardEvent): void => {
    const codes = this.codes();
    const from = Math.max(0, codes.indexOf(this.active ?? ''));
    const last = codes.length - 1;
    const { key } = event;
    let to = from;
    if (key === 'ArrowDown') to = Math.min(from + 1, last);
    else if (key === 'ArrowUp') to = Math.max(from - 1, 0);
    else if (key === 'Home') to = 0;
    else if (key === 'End') to = last;
    else if (key === 'Enter' || (key === ' ' && !this.typeAhead.typing)) this.choose(codes[from]!);
    else if (key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const keys = [foldForSearch(this.localized(() => msg('All countries'))), ...this.rows.map((row) => row.key)];
      const found = this.typeAhead.find(key, keys, from);
      if (found >= 0) to = found;
    } else return;
    event.preventDefault();
    if (to !== from || this.active === undefined) this.activate(codes[to]!);
    if (event.shiftKey && this.multiple && to !== from && key.startsWith('Arrow')) this.choose(codes[to]!);
  };
}
