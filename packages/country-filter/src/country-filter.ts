import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  COUNTRY_ATTRIBUTE,
  OmjElement,
  baseStyles,
  countryNamer,
  emit,
  intlLocales,
  parseCountryList,
  plural,
  registerCatalogs,
  renderEmpty,
  renderError,
  renderLoading,
  renderStale,
  safeLocale,
  warnOnce,
} from '@omj/core';
import { countByCountry, foldForSearch, type ParsedFeed } from '@omj/feed';
import { templates as ru } from './generated/locales/ru.js';
import { templates as ky } from './generated/locales/ky.js';
import { styles } from './country-filter.styles.js';

registerCatalogs({ ru, ky });

/** The archive this filter drives when it has no `for`: the closest ancestor of this tag (filter protocol). */
const GRID_TAG = 'omj-video-grid';

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

/** How long after the page has loaded a missing grid is reported. */
export const MISSING_GRACE_MS = 400;
/** Letters typed within this time make one type-ahead search. */
const TYPING_MS = 700;

/** `list` (default): a listbox with counts; `select`: the browser's own `<select>`, for a narrow sidebar with 100 countries. */
export type CountryFilterVariant = 'list' | 'select';

/** One line of the list: a country that has films (or is selected without any). */
interface CountryRow {
  /** ISO 3166-1 alpha-2, upper case. */
  readonly code: string;
  /** In the element's language: the feed's override, else `Intl.DisplayNames`. */
  readonly name: string;
  readonly count: number;
}

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
 * @csspart select - The native `<select>` of `variant="select"`.
 * @csspart list - The listbox.
 * @csspart option - One country; "All countries" has `option reset`.
 * @csspart reset - The "All countries" option.
 * @csspart count - The number of films of a country.
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
  static override properties = {
    htmlFor: { attribute: 'for' },
    multiple: { type: Boolean, reflect: true },
    label: {},
    variant: {},
  };

  /** The id of the `<omj-video-grid>` to filter. Without it, the closest grid around the filter. */
  declare htmlFor?: string;
  /** Lets the visitor choose several countries. */
  multiple = false;
  /** The visible label; default "Country" in the visitor's language. */
  declare label?: string;
  /** `list` (default) or `select` (a native `<select>`: compact, the platform's own picker on phones). */
  declare variant?: CountryFilterVariant;

  /** The grid this filter drives, as found in the last update (it may be an undefined element). */
  private grid?: Element | null;
  /** The selection when there is no grid (a filter with a feed of its own). */
  private own: string[] = [];
  /** Set once the page has loaded and no grid was found: the `for` id, or '' (no `for`). */
  private missing?: string;
  private listFeed?: ParsedFeed;
  private listLocale?: string;
  private names: (code: string) => string | undefined = () => undefined;
  private collator?: Intl.Collator;
  private rows: readonly CountryRow[] = [];
  private usedGridFeed?: string | null;
  private usedGridData?: unknown;
  /** The code of the option the keyboard is on ('' = All countries); not reactive: moving re-renders nothing. */
  private active?: string;
  private typed = '';
  private number: (value: number) => string = String;
  private typedAt = 0;
  private root?: Document | ShadowRoot;
  /**
   * Follows the grid: it may appear later (a framework, a late script), change its `country` or `feed`
   * attribute (a deep link, its own reset, a second filter, a script), or be an element not defined yet.
   */
  private readonly observer = new MutationObserver((records) => {
    if (this.findGrid() !== this.grid || records.some((record) => record.target === this.grid)) this.requestUpdate();
  });
  /** The grid announces every filter change; it may also have been given new data. */
  private readonly refresh = () => this.requestUpdate();
  private readonly retry = () => this.feedController.retry();

  /** The selected ISO codes (the grid's `country`); empty = all countries. */
  get countries(): readonly string[] {
    const grid = this.grid;
    return grid ? parseCountryList(grid.getAttribute(COUNTRY_ATTRIBUTE)).filter((code) => /^[A-Z]{2}$/.test(code)) : this.own;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const root = (this.root = this.getRootNode() as Document | ShadowRoot);
    this.observer.observe(root, { childList: true, subtree: true, attributeFilter: [COUNTRY_ATTRIBUTE, 'feed', 'id'] });
    root.addEventListener('omj-filter-change', this.refresh);
    // Give scripts and frameworks that add the grid a moment before calling the page wrong.
    const later = () => setTimeout(() => this.checkGrid(), MISSING_GRACE_MS);
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', later, { once: true });
    else later();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
    this.root?.removeEventListener('omj-filter-change', this.refresh);
  }

  /** `for="id"` in the filter's own root, else the closest ancestor grid. */
  private findGrid(): Element | null {
    const id = this.htmlFor;
    return id ? ((this.getRootNode() as Document | ShadowRoot).getElementById?.(id) ?? null) : this.closest(GRID_TAG);
  }

  /** The filter lists the grid's countries: no feed of its own needed (core's missing-feed fallback is not for it). */
  protected override hasInlineContent(): boolean {
    return true;
  }

  /** Warns (once per id) when no grid is there and the filter has no feed of its own to work alone. */
  private checkGrid(): void {
    const id = this.htmlFor ?? '';
    if (!this.isConnected || this.findGrid() || (!id && (this.feed || this.data !== undefined))) return;
    this.missing = id;
    warnOnce(this, 'attribute for', id ? `no element with id "${id}"` : `missing, and the filter is not inside <${GRID_TAG}>`);
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const grid = (this.grid = this.findGrid());
    if (grid) this.missing = undefined;
    if (changed.has('htmlFor') && this.hasUpdated) setTimeout(() => this.checkGrid(), MISSING_GRACE_MS);
    if (changed.has('feed')) this.usedGridFeed = undefined;
    // Without a feed of its own, the filter loads what the grid loads (the loader shares the request), or
    // the data a script gave the grid.
    if (this.data === undefined && !this.feed) {
      const gridFeed = grid?.getAttribute('feed');
      const gridData = (grid as { data?: unknown } | null)?.data;
      if (gridFeed !== this.usedGridFeed) {
        this.usedGridFeed = gridFeed;
        this.feedController.setSource(gridFeed ?? undefined);
      } else if (!gridFeed && gridData !== undefined && gridData !== this.usedGridData) {
        this.usedGridData = gridData;
        this.feedController.setData(gridData);
      }
    }
    // Names, counts and order: made once per feed and language, so moving or choosing never rebuilds them.
    const state = this.feedState;
    const feed = state.status === 'ready' ? state.feed : undefined;
    const locale = safeLocale(this.langTag);
    if (feed !== this.listFeed || locale !== this.listLocale) {
      this.listFeed = feed;
      this.listLocale = locale;
      // The feed's own spelling wins (`countryNames.ru.KG = "Кыргызстан"`); Kyrgyz names where the browser has none.
      this.names = countryNamer(locale, feed?.countryNames);
      this.collator = new Intl.Collator(locale);
      this.number = new Intl.NumberFormat(intlLocales(locale)).format;
      this.rows = this.sorted([...countByCountry(feed?.films ?? [])].map(([code, count]) => this.row(code, count)));
    }
  }

  private row(code: string, count: number): CountryRow {
    return { code, count, name: this.names(code) ?? code };
  }

  private sorted(rows: CountryRow[]): CountryRow[] {
    return rows.sort((a, b) => this.collator!.compare(a.name, b.name));
  }

  override render(): TemplateResult {
    const label = this.label || msg('Country');
    return this.isSelect()
      ? html`<label for="select" id="label" part="label" class="label">${label}</label>${this.body()}`
      : html`<span id="label" part="label" class="label">${label}</span>${this.body()}`;
  }

  private isSelect(): boolean {
    const variant = this.variant;
    if (variant && variant !== 'list' && variant !== 'select') warnOnce(this, 'attribute variant', `"${variant}" is not list or select`);
    return variant === 'select';
  }

  /** "1 film", «2 фильма», «5 фильмов», «1 тасма»: the count as a screen reader should say it. */
  private films(count: number): string {
    const number = this.number(count);
    return plural(count, this.listLocale ?? this.langTag, {
      one: msg(str`${number} film`, { id: 'film-count-one' }),
      few: msg(str`${number} films`, { id: 'film-count-few' }),
      many: msg(str`${number} films`, { id: 'film-count-many' }),
      other: msg(str`${number} films`, { id: 'film-count-other' }),
    });
  }

  private body(): TemplateResult {
    const state = this.feedState;
    if (state.status === 'error') return renderError(state.error, this.retry);
    if (state.status !== 'ready') {
      // No feed anywhere (a grid without one, or no grid at all): nothing is coming.
      return state.status === 'idle' && (this.grid || this.missing !== undefined) ? renderEmpty(msg('No countries yet')) : renderLoading();
    }
    // Sharing the grid's feed, the grid already says the copy is old; the filter says it when alone.
    const stale =
      state.stale && state.fetchedAt && (this.feed || !this.grid) ? renderStale(state.fetchedAt, this.langTag, this.retry) : nothing;
    const chosen = this.countries;
    // A chosen code without films (an old deep link) is still listed, with 0, so the visitor can clear it.
    const extra = chosen.filter((code) => !this.rows.some((row) => row.code === code) && this.names(code));
    const rows = extra.length ? this.sorted([...this.rows, ...extra.map((code) => this.row(code, 0))]) : this.rows;
    if (rows.length === 0) return html`${stale}${renderEmpty(msg('No countries yet'))}`;
    const total = this.listFeed!.films.length;
    if (this.isSelect()) {
      // The platform's own control: its options say the count in words ("Armenia (1 film)").
      return html`${stale}<select id="select" part="select" class="select" ?multiple=${this.multiple} @change=${this.onSelect}>
          <option value="" .selected=${chosen.length === 0}>${msg('All countries')} (${this.films(total)})</option>
          ${rows.map((row) => html`<option value=${row.code} .selected=${chosen.includes(row.code)}>${row.name} (${this.films(row.count)})</option>`)}
        </select>`;
    }
    // The number is shown; a screen reader hears it with its noun ("Armenia, 1 film", not "Armenia 1").
    const option = (code: string, name: string, count: number, selected: boolean) =>
      html`<div id="o-${code}" role="option" part=${code ? 'option' : 'option reset'} class="option" data-code=${code} aria-selected=${selected}>
        <span class="mark" aria-hidden="true"></span><span class="name omj-feed">${name}</span><span part="count" class="count" aria-hidden="true">${this.number(count)}</span><span class="visually-hidden">, ${this.films(count)}</span>
      </div>`;
    return html`${stale}<div
        id="list"
        part="list"
        class="list"
        role="listbox"
        tabindex="0"
        aria-labelledby="label"
        aria-multiselectable=${this.multiple || nothing}
        @keydown=${this.onKey}
        @click=${this.onClick}
        @focus=${this.onFocus}
      >
        ${option('', msg('All countries'), total, chosen.length === 0)}
        ${rows.map((row) => option(row.code, row.name, row.count, chosen.includes(row.code)))}
      </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Rows may have been re-sorted or removed (new language, new feed): keep the keyboard marker valid.
    if (this.active !== undefined) this.activate(this.active, false);
  }

  /** Chooses `code` ('' = all countries): replaces the selection, or toggles it with `multiple`. */
  private choose(code: string): void {
    const current = this.countries;
    this.apply(!code ? [] : !this.multiple ? [code] : current.includes(code) ? current.filter((c) => c !== code) : [...current, code]);
  }

  /** The native `<select>` changed: its selected options are the selection ("All countries" = none). */
  private readonly onSelect = (event: Event): void => {
    const chosen = [...(event.target as HTMLSelectElement).selectedOptions].map((option) => option.value);
    this.apply(chosen.includes('') && !this.multiple ? [] : chosen.filter(Boolean));
  };

  /** Sets the grid's `country` attribute (or the filter's own selection) and tells the page. */
  private apply(next: string[]): void {
    const grid = (this.grid ??= this.findGrid()); // first user action: one more look
    if (next.join(' ') === this.countries.join(' ')) return;
    if (grid) {
      if (next.length) grid.setAttribute(COUNTRY_ATTRIBUTE, next.join(' '));
      else grid.removeAttribute(COUNTRY_ATTRIBUTE);
    }
    this.own = next;
    this.requestUpdate();
    emit(this, 'omj-country-change', { countries: next });
  }

  /** The options in list order, "All countries" first. */
  private options(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="option"]')];
  }

  /** Moves the keyboard marker without a render: one class and one attribute change. */
  private activate(code: string, scroll = true): void {
    const root = this.shadowRoot!;
    const list = root.getElementById('list');
    const option = root.getElementById(`o-${code}`) ?? root.getElementById('o-');
    if (!list || !option) return;
    this.active = option.dataset['code'];
    root.querySelector('.active')?.classList.remove('active');
    option.classList.add('active');
    list.setAttribute('aria-activedescendant', option.id);
    if (scroll) option.scrollIntoView({ block: 'nearest' });
  }

  private readonly onFocus = (): void => {
    // The selected option, else "All countries" (a code no one can name is not listed, so none may be).
    if (this.active === undefined)
      this.activate(this.options().find((option) => option.getAttribute('aria-selected') === 'true')?.dataset['code'] ?? '');
  };

  private readonly onClick = (event: MouseEvent): void => {
    const code = (event.target as Element).closest<HTMLElement>('[role="option"]')?.dataset['code'];
    if (code === undefined) return;
    this.activate(code, false);
    this.choose(code);
  };

  /**
   * Type-ahead as the WAI-ARIA listbox pattern describes it: letters typed in quick succession jump to the
   * next option whose name starts with them; the same letter pressed again cycles through the options
   * starting with it. Matching is folded (case, diacritics, ё/е), so Cyrillic and Kyrgyz letters work.
   * Returns the index to move to from `from`, or -1 when nothing matches.
   */
  private typeAhead(char: string, names: readonly string[], from: number): number {
    this.typed = (this.typing() ? this.typed : '') + char;
    this.typedAt = Date.now();
    const query = foldForSearch(this.typed);
    const repeated = [...query].every((c) => c === query[0]);
    const needle = repeated ? query[0] : query;
    // A new or repeated letter looks from the next option on; a longer query may match the current one.
    const start = repeated ? from + 1 : from;
    for (let i = 0; needle && i < names.length; i++) {
      const index = (start + i) % names.length;
      if (names[index]!.startsWith(needle)) return index;
    }
    return -1;
  }

  /** True while a search is being typed (a Space then belongs to the search: "United States"). */
  private typing(): boolean {
    return this.typed !== '' && Date.now() - this.typedAt < TYPING_MS;
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    const options = this.options();
    const codes = options.map((option) => option.dataset['code']!);
    const from = Math.max(0, codes.indexOf(this.active ?? ''));
    const last = codes.length - 1;
    const { key } = event;
    let to = from;
    if (key === 'ArrowDown') to = Math.min(from + 1, last);
    else if (key === 'ArrowUp') to = Math.max(from - 1, 0);
    else if (key === 'Home') to = 0;
    else if (key === 'End') to = last;
    else if (key === 'Enter' || (key === ' ' && !this.typing())) this.choose(codes[from]!);
    else if (key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const found = this.typeAhead(
        key,
        options.map((option) => foldForSearch(option.querySelector('.name')!.textContent!)),
        from,
      );
      if (found >= 0) to = found;
    } else return;
    event.preventDefault();
    if (to !== from || this.active === undefined) this.activate(codes[to]!);
    if (event.shiftKey && this.multiple && to !== from && key.startsWith('Arrow')) this.choose(codes[to]!);
  };
}
