import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { MAX_QUERY_LENGTH, filterFilms, isCountryCode, sortFilms, type Film, type FilmSort, type ParsedFeed } from '@omj/feed';
import {
  OmjElement,
  emit,
  parseCountryList,
  registerCatalogs,
  renderEmpty,
  renderError,
  renderLoading,
  renderStale,
  warnField,
  warnOnce,
  type FilterChangeDetail,
} from '@omj/core';
import { templates as ru } from './generated/locales/ru.js';
import { templates as ky } from './generated/locales/ky.js';
import { styles } from './video-grid.styles.js';
import { renderCard, renderSkeletonCard } from './card.js';
import { renderPlayer } from './player.js';
import { readHash, urlWithHash } from './url-hash.js';
import { texts, type Texts } from './texts.js';

registerCatalogs({ ru, ky });

export interface FilmOpenDetail {
  readonly id: string;
  readonly title: string;
}
export interface PlayDetail {
  readonly id: string;
  readonly provider: Film['video']['provider'];
}

declare module '@omj/core' {
  interface OmjEventMap {
    'omj-film-open': FilmOpenDetail;
    'omj-play': PlayDetail;
  }
}
declare global {
  interface GlobalEventHandlersEventMap {
    'omj-film-open': CustomEvent<FilmOpenDetail>;
    'omj-play': CustomEvent<PlayDetail>;
  }
}

const HISTORY_KEY = 'omjVideoGrid';
/** How many further feed pages a deep link to a film not yet loaded may fetch before "not in the archive". */
const DEEP_LINK_PAGES = 3;
const SORTS: readonly FilmSort[] = ['newest', 'oldest', 'title'];

/** Timers the grid uses (the search debounce): the page's by default; a test or story may give its own. */
export interface GridClock {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}
const pageClock: GridClock = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
/** Most cards ever in the DOM (about 7 elements each), whatever the archive's size. */
const MAX_CARDS = 72;

/**
 * A searchable archive of short films: responsive cards, filters, paging that keeps the page light, and
 * a privacy-friendly modal player that contacts YouTube or Vimeo only after the visitor presses play.
 *
 * @summary Film archive grid with filters and an accessible, privacy-friendly player.
 *
 * @fires omj-filter-change - `{filter, matches}` after every change of the filter, whoever made it.
 * @fires omj-film-open - `{id, title}` when a film's player opens (card, deep link, Back/Forward).
 * @fires omj-play - `{id, provider}` when the visitor presses play and the player is created.
 *
 * @csspart grid - The list of cards.
 * @csspart card - One film card.
 * @csspart poster - A poster image (or the neutral placeholder box).
 * @csspart title - A card's title (holds the button that opens the player).
 * @csspart meta - Country and year line; topics line.
 * @csspart badge - The duration badge.
 * @csspart chip - A topic toggle button.
 * @csspart search - The search box.
 * @csspart more - The "Show more" and "Show earlier" buttons.
 * @csspart message - The "1–24 of 3,000 films" line, and the "not available" notice (`message notice`).
 * @csspart dialog - The modal player dialog.
 * @csspart player - The video area in the dialog.
 * @csspart play - The big play button of the facade.
 * @csspart close - The dialog's close button.
 * @csspart transcript - The transcript `<details>`.
 *
 * @cssprop --omj-grid-min-card-width - Smallest card width before a column is dropped (default 14em).
 * @cssprop --omj-grid-gap - Space between cards (default 1em).
 * @cssprop --omj-card-radius - Corner radius of cards and the dialog (default: --omj-radius).
 * @cssprop --omj-poster-aspect-ratio - Shape of the poster box (default 16 / 9).
 */
export class OmjVideoGrid extends OmjElement {
  static override styles = [...OmjElement.styles, styles];
  static override properties = {
    country: { reflect: true },
    topic: { reflect: true },
    year: { reflect: true },
    pageSize: { attribute: 'page-size' },
    layout: {},
    sort: {},
    search: { type: Boolean },
    topics: { type: Boolean },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    dataSaver: { type: Boolean, attribute: 'data-saver' },
    query: { state: true },
    start: { state: true },
    end: { state: true },
    film: { state: true },
    playing: { state: true },
  };

  /** Space-separated ISO 3166-1 codes; empty = every country. Set by `<omj-country-filter>`. */
  declare country?: string;
  /** Space-separated topic keys of the feed; a film matches when it has any of them. */
  declare topic?: string;
  /** One year, e.g. `2012`. */
  declare year?: string;
  /** Cards per page, 1–72 (default 24). */
  declare pageSize?: string;
  /** `grid` (default) or `list`. */
  declare layout?: string;
  /** `newest`, `oldest` (by year, then publication date) or `title` (in the page's language); default: feed order. */
  declare sort?: string;
  /** Timers for the search debounce; for tests and stories (default: the page's). */
  clock: GridClock = pageClock;
  /** Shows the search box. */
  search = false;
  /** Shows the topic chips. */
  topics = false;
  /** Keeps the filters in the URL fragment too (the open film always is). */
  syncUrl = false;
  /** No posters: a compact text list (also when the browser's data saver is on). */
  dataSaver = false;

  /** The search text, applied 150 ms after the last keystroke. */
  private query = '';
  /** The window of `found` in the DOM: `start` … `end` (`end` may run past the matches). */
  private start = 0;
  private end = 0;
  /** The film whose player is open. */
  declare private film?: Film;
  private playing = false;
  /** A visible notice: a deep link to a film that is withdrawn or not in the archive. */
  private notice = '';

  private texts?: Texts;
  /** What the polite live region says after a filter change (the count line, or "no films match"). */
  private said = '';
  private found: readonly Film[] = [];
  private filter: FilterChangeDetail['filter'] = { countries: [], topics: [], text: '' };
  /**
   * Ids withdrawn anywhere in the archive (any page, any merged feed: `ParsedFeed.withdrawnIds`), kept for
   * as long as the feed source stays the same. The one place the grid learns of withdrawal; every film
   * the grid shows or opens passes `visibleFilms` (page appends, merges) or `openPending` (deep links).
   */
  private readonly withdrawn = new Set<string>();
  private withdrawnFrom?: string;
  private visible?: { readonly feed: ParsedFeed; readonly films: readonly Film[] };
  /** The filter, page size and language the current `found` and window were made for. */
  private key?: string;
  private emitted?: string;
  /** A film named in the URL, waiting for the feed (or for a further feed page). */
  private pending?: string;
  /** Feed pages fetched for `pending`: at most `DEEP_LINK_PAGES`. */
  private lookups = 0;
  private timer?: unknown;
  private readonly onUrl = () => this.syncFromUrl(false);
  private readonly retry = () => this.feedController.retry();

  private get size(): number {
    return this.int('page-size', this.pageSize, 1, MAX_CARDS, 24)!;
  }

  private get keyPrefix(): string {
    return this.id ? `${this.id}.` : '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back/Forward and fragment navigations (a link to `#film=…`) both fire popstate.
    addEventListener('popstate', this.onUrl);
    this.syncFromUrl(true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.onUrl);
    this.clock.clearTimeout(this.timer);
  }

  // ---- attributes: a wrong value warns once, naming the attribute, and falls back to the default ----

  private bad(attribute: string, reason: string): false {
    warnOnce(this, `attribute ${attribute}`, reason);
    return false;
  }

  private int(attribute: string, value: string | undefined, min: number, max: number, fallback?: number): number | undefined {
    if (!value?.trim()) return fallback;
    const number = Number(value);
    if (Number.isInteger(number) && number >= min && number <= max) return number;
    this.bad(attribute, `"${value}" is not ${min}–${max}`);
    return fallback;
  }

  // ---- URL ------------------------------------------------------------------------------------------

  /** Page load, Back/Forward, or a link to `#film=…`: open or close the player, apply the filters. */
  private syncFromUrl(initial: boolean): void {
    const url = readHash(this.keyPrefix, document.querySelectorAll('omj-video-grid').length < 2);
    const id = url('film');
    if (id === null) {
      this.pending = undefined;
      this.close(true);
    } else if (id !== this.film?.id) {
      this.pending = id;
      this.lookups = 0;
      this.requestUpdate();
    }
    // On page load the partner's own attributes stand unless the URL says otherwise.
    if (this.syncUrl && (!initial || (url('country') ?? url('topic') ?? url('year') ?? url('q')) !== null)) {
      this.country = url('country') ?? undefined;
      this.topic = url('topic') ?? undefined;
      this.year = url('year') ?? undefined;
      // Bounded here too (the query module cuts again): a 313 KB `#q=` link must not sit in the state.
      this.query = (url('q') ?? '').slice(0, MAX_QUERY_LENGTH);
    }
  }

  // ---- filtering ------------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feedState = this.feedState;
    if (feedState.status !== 'ready') return;
    const feed = feedState.feed;
    const newFeed = this.texts?.feed !== feed;
    if (newFeed || this.texts!.tag !== this.langTag) this.texts = texts(this.langTag, this.uiLocale, feed);
    const year = this.int('year', this.year, 1900, 2100);
    const sort = this.sortOrder();
    const filter: FilterChangeDetail['filter'] = {
      countries: parseCountryList(this.country).filter(
        (code) => isCountryCode(code) || this.bad('country', `"${code}" is not a country code`),
      ),
      topics: (this.topic ?? '')
        .split(/\s+/)
        .filter((key) => key && (feed.topics.some((topic) => topic.key === key) || this.bad('topic', `"${key}" is not a feed topic`))),
      ...(year ? { years: [year] } : {}),
      text: this.query.trim(),
    };
    const films = this.visibleFilms(feed);
    const key = JSON.stringify([filter, sort, this.size, this.langTag]);
    if (newFeed || key !== this.key) {
      const t = this.texts!;
      const found = filterFilms(films, filter, { vocabulary: feed, countryName: t.country });
      this.found = sort ? sortFilms(found, sort, this.langTag) : found;
      if (key !== this.key) {
        // A new filter starts at the first page; a further feed page only adds films.
        if (this.key) this.said = this.localized(() => this.counted(0, this.size));
        this.start = 0;
        this.end = this.size;
      } else if (this.start >= this.found.length) {
        this.start = 0;
      }
      this.key = key;
      this.filter = filter;
    }
    // A later page withdrew the open film: the player closes at once.
    if (this.film && this.withdrawn.has(this.film.id)) {
      this.notice = msg('This film is no longer available.');
      this.close();
    }
    this.openPending();
  }

  /**
   * The films the grid may show: the feed's, less every id withdrawn anywhere in the archive so far (a
   * film withdrawn on page 2 stays out when page 3 lists it again, and leaves when page 2 arrives).
   */
  private visibleFilms(feed: ParsedFeed): readonly Film[] {
    const source = this.getAttribute('feed') ?? '';
    if (source !== this.withdrawnFrom) {
      // Another archive: its own withdrawals only.
      this.withdrawn.clear();
      this.withdrawnFrom = source;
    }
    if (this.visible?.feed !== feed) {
      for (const id of feed.withdrawnIds ?? []) this.withdrawn.add(id);
      this.visible = { feed, films: this.withdrawn.size ? feed.films.filter((film) => !this.withdrawn.has(film.id)) : feed.films };
    }
    return this.visible.films;
  }

  /**
   * A deep link waits for the feed; a film not yet loaded fetches at most `DEEP_LINK_PAGES` further pages
   * (a link to an unknown id once fetched a hundred), then says the film is not available.
   */
  private openPending(): void {
    const id = this.pending;
    const feedState = this.feedState;
    if (id === undefined || feedState.status !== 'ready') return;
    const film = this.withdrawn.has(id) ? undefined : this.visibleFilms(feedState.feed).find((candidate) => candidate.id === id);
    if (film) {
      this.pending = undefined;
      this.notice = '';
      this.show(film);
    } else if (!this.withdrawn.has(id) && feedState.hasMore && this.lookups < DEEP_LINK_PAGES) {
      if (!feedState.loadingMore) {
        this.lookups++;
        void this.feedController.loadMore();
      }
    } else if (!feedState.loadingMore) {
      this.pending = undefined;
      this.notice = msg('This film is not available in the archive.');
      warnField(this.localName, `location.hash ${this.keyPrefix}film`, `"${id}" is unknown or withdrawn`);
    }
  }

  /** The `sort` attribute, checked. */
  private sortOrder(): FilmSort | undefined {
    const sort = this.sort?.trim();
    if (!sort) return undefined;
    if ((SORTS as readonly string[]).includes(sort)) return sort as FilmSort;
    this.bad('sort', `"${sort}" is not newest, oldest or title`);
    return undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.feedState.status === 'ready' && this.key) {
      const emitted = JSON.stringify(this.filter) + this.found.length;
      if (emitted !== this.emitted) {
        this.emitted = emitted;
        emit(this, 'omj-filter-change', { filter: this.filter, matches: this.found.length });
        if (this.syncUrl) {
          const { countries, topics, years, text } = this.filter;
          const url = urlWithHash(this.keyPrefix, {
            country: countries.join(' '),
            topic: topics.join(' '),
            year: String(years?.[0] ?? ''),
            q: text,
          });
          history.replaceState(history.state, '', url);
        }
      }
    }
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  // ---- player ---------------------------------------------------------------------------------------

  private show(film: Film): void {
    this.film = film;
    this.playing = false;
    emit(this, 'omj-film-open', { id: film.id, title: this.texts!.pick(film.title)!.text });
  }

  /** A card was activated: open the player and add a history entry, so Back closes it. */
  private readonly openCard = (film: Film): void => {
    history.pushState({ [HISTORY_KEY]: this.keyPrefix + film.id }, '', urlWithHash(this.keyPrefix, { film: film.id }));
    this.show(film);
  };

  /** Closes the player. `fromHistory`: Back was pressed, the URL is already right. */
  private close(fromHistory?: boolean): void {
    const film = this.film;
    if (!film) return;
    this.film = undefined;
    this.renderRoot.querySelector('dialog')?.close();
    if (!fromHistory) {
      const state = history.state as Record<string, unknown> | null;
      if (state?.[HISTORY_KEY] === this.keyPrefix + film.id) history.back();
      else history.replaceState(state, '', urlWithHash(this.keyPrefix, { film: '' }));
    }
    void this.updateComplete.then(() => this.focusCard(film));
  }

  /** Creates the player inside the click handler (a synchronous render), so one tap plays on phones. */
  private readonly play = (): void => {
    const film = this.film!;
    this.playing = true;
    this.performUpdate();
    // Focus stays in our document, on the player's box, not inside the frame: a cross-origin frame eats
    // Escape, and the dialog could not be closed from the keyboard. The next Tab enters the player.
    this.renderRoot.querySelector<HTMLElement>('.stage')!.focus();
    emit(this, 'omj-play', { id: film.id, provider: film.video.provider });
  };

  private focusCard(film: Film | undefined): void {
    if (film) this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(film.id)}"] .open`)?.focus();
  }

  // ---- filters and paging ---------------------------------------------------------------------------

  private typed(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.clock.clearTimeout(this.timer);
    this.timer = this.clock.setTimeout(() => (this.query = value), 150);
  }

  private toggleTopic(key: string): void {
    const current = this.filter.topics;
    this.topic = (current.includes(key) ? current.filter((topic) => topic !== key) : [...current, key]).join(' ') || undefined;
  }

  private async clear(): Promise<void> {
    this.clock.clearTimeout(this.timer);
    this.country = this.topic = this.year = undefined;
    this.query = '';
    const input = this.renderRoot.querySelector('input');
    if (input) input.value = '';
    await this.updateComplete;
    this.focusCard(this.found[0]);
  }

  /** Most cards in the DOM: whole pages, up to 72. */
  private get most(): number {
    const size = this.size;
    return Math.max(size, MAX_CARDS - (MAX_CARDS % size));
  }

  /**
   * Appends a page (loading the feed's next page first when the loaded films run out) and moves focus to
   * its first card. Past the most cards, the oldest page leaves the top ("Show earlier").
   */
  private async more(): Promise<void> {
    const first = Math.min(this.end, this.found.length);
    const feedState = this.feedState;
    if (this.end >= this.found.length && feedState.status === 'ready' && feedState.hasMore) {
      await this.feedController.loadMore();
      await this.updateComplete;
    }
    this.end = first + this.size;
    this.start = Math.max(this.start, Math.min(this.end, this.found.length) - this.most);
    await this.updateComplete;
    this.focusCard(this.found[first]);
  }

  private async earlier(): Promise<void> {
    this.start = Math.max(0, this.start - this.size);
    this.end = Math.min(this.end, this.start + this.most);
    await this.updateComplete;
    this.focusCard(this.found[this.start]);
  }

  // ---- rendering ------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const feedState = this.feedState;
    const status = feedState.status;
    return html`<p class="visually-hidden" role="status">${this.said}</p>
      ${
        status === 'loading'
          ? html`${renderLoading()}
            <ul class="grid ${this.layoutClass()}" aria-hidden="true">${Array.from({ length: this.size }, renderSkeletonCard)}</ul>`
          : status === 'error'
            ? renderError(feedState.error, this.retry)
            : status === 'ready' && feedState.feed.films.length
              ? html`${feedState.stale && feedState.fetchedAt ? renderStale(feedState.fetchedAt, this.langTag, this.retry) : nothing}
              ${this.notice ? html`<p class="notice" part="message notice" role="alert">${this.notice}</p>` : nothing}
              ${this.renderArchive(feedState.hasMore)}
              ${
                this.film
                  ? html`<dialog part="dialog" aria-labelledby="player-title" aria-describedby="player-hint" @close=${() => this.close()}>
                    ${renderPlayer(this.film, this.texts!, this.uiLocale, this.playing, this.play, () => this.close())}
                  </dialog>`
                  : nothing
              }`
              : renderEmpty(msg('No films yet.'))
      }`;
  }

  private get lowData(): boolean {
    return this.dataSaver || (navigator as { connection?: { saveData?: boolean } }).connection?.saveData === true;
  }

  private layoutClass(): string {
    const layout = this.layout;
    if (this.lowData) return 'list compact';
    if (layout && layout !== 'grid' && layout !== 'list') this.bad('layout', `"${layout}" is not grid or list`);
    return layout === 'list' ? layout : 'grid';
  }

  private renderArchive(hasMore: boolean): TemplateResult {
    const t = this.texts!;
    const { start, found } = this;
    const total = found.length;
    const end = Math.min(this.end, total);
    const chips = this.topics && t.feed.topics.length > 0;
    return html`${
      this.search || chips
        ? html`<div class="tools">
            ${
              this.search
                ? html`<label>${msg('Search')}<input type="search" part="search" maxlength=${MAX_QUERY_LENGTH} .value=${this.query} @input=${this.typed} /></label>`
                : nothing
            }
            ${
              chips
                ? html`<div class="chips" role="group" aria-label=${msg('Topics')}>
                  ${t.feed.topics.map(({ key }) => {
                    const pressed = this.filter.topics.includes(key);
                    // The check mark is the sign of "pressed" that survives forced colours (no fills there).
                    return html`<button type="button" class="omj-button chip ${pressed ? 'primary' : ''}" part="chip" aria-pressed=${pressed}
                      @click=${() => this.toggleTopic(key)}>${pressed ? html`<span class="check" aria-hidden="true">✓\uFE0E</span>` : nothing}<bdi>${t.topic(key)}</bdi></button>`;
                  })}
                </div>`
                : nothing
            }
          </div>`
        : nothing
    }
      ${
        total
          ? html`<p class="count" part="message">${this.counted(start, end)}</p>
            ${start ? html`<button type="button" class="omj-button more" part="more" @click=${this.earlier}>${msg('Show earlier')}</button>` : nothing}
            <ul class="grid ${this.layoutClass()}" part="grid">
              ${found.slice(start, end).map((film) => renderCard(film, t, !this.lowData, this.openCard))}
            </ul>
            ${
              end < total || hasMore
                ? html`<button type="button" class="omj-button more" part="more" @click=${this.more}>${msg('Show more')}</button>`
                : nothing
            }`
          : renderEmpty(this.counted(0, 0), { label: msg('Clear filters'), run: () => void this.clear() })
      }`;
  }

  /** "1–24 of 3,000 films" for the window `start` … `end`; "No films match." for none. */
  private counted(start: number, end: number): string {
    const t = this.texts!;
    const total = this.found.length;
    if (!total) return msg('No films match.');
    const first = t.number(start + 1);
    const last = t.number(Math.min(end, total));
    // The noun agrees with the total: «1–1 из 1 фильма», «1–24 из 3 000 фильмов», "1–1 of 1 film".
    const number = t.number(total);
    switch (t.plural(total)) {
      case 'one':
        return msg(str`${first}–${last} of ${number} film`, { id: 'films-window-one' });
      case 'few':
        return msg(str`${first}–${last} of ${number} films`, { id: 'films-window-few' });
      case 'many':
        return msg(str`${first}–${last} of ${number} films`, { id: 'films-window-many' });
      default:
        return msg(str`${first}–${last} of ${number} films`, { id: 'films-window-other' });
    }
  }
}
