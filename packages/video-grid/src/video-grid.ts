import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { filterFilms, pickText, sortFilms, type Film, type FilmSort, type ParsedFeed } from '@omj/feed';
import {
  OmjElement,
  emit,
  registerCatalogs,
  renderEmpty,
  renderError,
  renderLoading,
  renderStale,
  warnField,
  type FilmFilter,
} from '@omj/core';
import { templates as ru } from './generated/locales/ru.js';
import { templates as ky } from './generated/locales/ky.js';
import { styles } from './video-grid.styles.js';
import { renderCard, renderSkeletonCard, type CardContext } from './card.js';
import { plainTitle, renderPlayer } from './player.js';
import { MAX_CARDS, clampWindow, firstWindow, nextWindow, previousWindow, type CardWindow } from './paging.js';
import { readUrlState, urlWithHash, writeUrlState, type UrlState } from './url-state.js';
import { browserSavesData } from './save-data.js';
import { attributeWarner, readChoice, readCountries, readPageSize, readTopics, readYear } from './attributes.js';

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

const SORTS = ['feed', 'newest', 'oldest', 'title'] as const;
const LAYOUTS = ['grid', 'list'] as const;
const HISTORY_KEY = 'omjVideoGrid';

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
 * @csspart more - The "Show more" and "Show earlier films" buttons.
 * @csspart message - The "Films 1–24 of 3,000" line.
 * @csspart dialog - The modal player dialog.
 * @csspart player - The video area in the dialog.
 * @csspart play - The big play button of the facade.
 * @csspart close - The dialog's close button.
 * @csspart transcript - The transcript `<details>`.
 *
 * @cssprop --omj-grid-min-card-width - Smallest card width before a column is dropped (default 14em).
 * @cssprop --omj-grid-gap - Space between cards (default 1em).
 * @cssprop --omj-card-radius - Corner radius of cards and posters (default: --omj-radius).
 * @cssprop --omj-poster-aspect-ratio - Shape of the poster box (default 16 / 9).
 */
export class OmjVideoGrid extends OmjElement {
  static override styles = [...OmjElement.styles, styles];

  /** Space-separated ISO 3166-1 codes; empty = every country. Set by `<omj-country-filter>`. */
  @property({ reflect: true }) country?: string;
  /** Space-separated topic keys of the feed; a film matches when it has any of them. */
  @property({ reflect: true }) topic?: string;
  /** One year, e.g. `2012`. */
  @property({ reflect: true }) year?: string;
  /** Cards per page, 1–72 (default 24). */
  @property({ attribute: 'page-size' }) pageSize?: string;
  /** `grid` (default) or `list`. */
  @property() layout?: string;
  /** `feed` (default: the feed's order), `newest`, `oldest` or `title`. */
  @property() sort?: string;
  /** Shows the search box. */
  @property({ type: Boolean }) search = false;
  /** Shows the topic chips. */
  @property({ type: Boolean }) topics = false;
  /** Keeps the filters in the URL fragment too (the open film always is). */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /** No posters until the visitor asks (also when the browser's data saver is on). */
  @property({ type: Boolean, attribute: 'data-saver' }) dataSaver = false;

  @state() private query = '';
  @state() private shown: CardWindow = { start: 0, end: 0 };
  @state() private openId?: string;
  @state() private playing = false;
  @state() private showPosters = false;
  @state() private announcement = '';

  private readonly warn = attributeWarner('omj-video-grid');
  private films: readonly Film[] = [];
  private found: readonly Film[] = [];
  private filter: FilmFilter = { countries: [], topics: [], text: '' };
  private lastFeed?: ParsedFeed;
  private lastFilterKey?: string;
  private lastSortKey?: string;
  private emittedKey?: string;
  private pendingFilm?: string;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private readonly onUrlChange = () => this.syncFromUrl(false);

  private get size(): number {
    return readPageSize(this.warn, this.pageSize, MAX_CARDS);
  }

  private get keyPrefix(): string {
    return this.id ? `${this.id}.` : '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onUrlChange);
    window.addEventListener('hashchange', this.onUrlChange);
    this.syncFromUrl(true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onUrlChange);
    window.removeEventListener('hashchange', this.onUrlChange);
    clearTimeout(this.searchTimer);
  }

  private urlState(): UrlState {
    const alone = document.querySelectorAll('omj-video-grid').length <= 1;
    return readUrlState(location.hash, this.keyPrefix, alone);
  }

  /** Page load, Back/Forward, or a link to `#film=…`: open or close the player, apply the filters. */
  private syncFromUrl(initial: boolean): void {
    const url = this.urlState();
    if (url.film === undefined) {
      this.pendingFilm = undefined;
      this.closeFilm(true);
    } else if (url.film !== this.openId) {
      this.pendingFilm = url.film;
      this.requestUpdate();
    }
    // On page load the partner's own attributes stand unless the URL says otherwise.
    const hasFilters = ['country', 'topic', 'year', 'q'].some((key) => key in url);
    if (this.syncUrl && (hasFilters || !initial)) {
      this.country = url.country;
      this.topic = url.topic;
      this.year = url.year;
      this.query = url.q ?? '';
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feedState = this.feedState;
    if (feedState.status !== 'ready') return;
    const feed = feedState.feed;
    const sort = readChoice(this.warn, 'sort', this.sort, SORTS, 'feed');
    const sortKey = `${sort} ${this.langTag}`;
    if (feed !== this.lastFeed || sortKey !== this.lastSortKey) {
      this.films = sort === 'feed' ? feed.films : sortFilms(feed.films, sort as FilmSort, this.langTag);
    }
    const year = readYear(this.warn, this.year);
    this.filter = {
      countries: readCountries(this.warn, this.country),
      topics: readTopics(this.warn, this.topic, new Set(feed.topics.map((topic) => topic.key))),
      ...(year === undefined ? {} : { year }),
      text: this.query.trim(),
    };
    const key = JSON.stringify(this.filter);
    if (feed !== this.lastFeed || key !== this.lastFilterKey || sortKey !== this.lastSortKey) {
      this.found = filterFilms(this.films, {
        countries: this.filter.countries,
        topics: this.filter.topics,
        years: year === undefined ? [] : [year],
        text: this.filter.text,
      });
      const size = this.size;
      if (key !== this.lastFilterKey || sortKey !== this.lastSortKey) {
        this.shown = firstWindow(size, this.found.length);
        if (this.lastFilterKey !== undefined && key !== this.lastFilterKey) {
          this.announcement = this.localized(() => msg(str`Films found: ${this.number(this.found.length)}`));
        }
      } else {
        this.shown = clampWindow(this.shown, size, this.found.length);
      }
      this.lastFeed = feed;
      this.lastFilterKey = key;
      this.lastSortKey = sortKey;
    }
    this.resolvePendingFilm();
  }

  /** A deep link waits for the feed; a film on a later page loads further pages until found. */
  private resolvePendingFilm(): void {
    const id = this.pendingFilm;
    const feedState = this.feedState;
    if (id === undefined || feedState.status !== 'ready') return;
    const film = feedState.feed.films.find((candidate) => candidate.id === id);
    if (film !== undefined) {
      this.pendingFilm = undefined;
      this.showFilm(film);
    } else if (feedState.hasMore) {
      if (!feedState.loadingMore) void this.feedController.loadMore();
    } else {
      this.pendingFilm = undefined;
      warnField(this.localName, `location.hash ${this.keyPrefix}film`, `"${id}" is not a film in the feed (unknown or withdrawn)`);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.feedState.status !== 'ready' || this.lastFilterKey === undefined) return;
    const emitKey = `${this.lastFilterKey} ${this.found.length}`;
    if (emitKey !== this.emittedKey) {
      this.emittedKey = emitKey;
      emit(this, 'omj-filter-change', { filter: this.filter, matches: this.found.length });
      if (this.syncUrl) this.writeFiltersToUrl();
    }
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog !== null && !dialog.open) dialog.showModal();
  }

  private writeFiltersToUrl(): void {
    const { countries, topics, year, text } = this.filter;
    const hash = writeUrlState(location.hash, this.keyPrefix, {
      country: countries.join(' '),
      topic: topics.join(' '),
      year: year === undefined ? '' : String(year),
      q: text,
    });
    if (hash !== location.hash) history.replaceState(history.state, '', urlWithHash(hash));
  }

  private number(value: number): string {
    return new Intl.NumberFormat(this.langTag).format(value);
  }

  // ---- player -------------------------------------------------------------------------------------

  private showFilm(film: Film): void {
    this.openId = film.id;
    this.playing = false;
    emit(this, 'omj-film-open', { id: film.id, title: plainTitle(film, this.langTag, this.uiLocale) });
  }

  /** A card was activated: open the player and add a history entry, so Back closes it. */
  private openFromCard(film: Film): void {
    const hash = writeUrlState(location.hash, this.keyPrefix, { film: film.id });
    history.pushState({ [HISTORY_KEY]: this.keyPrefix + film.id }, '', urlWithHash(hash));
    this.showFilm(film);
  }

  /** Closes the player. `fromHistory`: Back was pressed, the URL is already right. */
  private closeFilm(fromHistory = false): void {
    const id = this.openId;
    if (id === undefined) return;
    this.openId = undefined;
    this.playing = false;
    this.renderRoot?.querySelector('dialog')?.close();
    if (!fromHistory) {
      const state = history.state as Record<string, unknown> | null;
      if (state?.[HISTORY_KEY] === this.keyPrefix + id) history.back();
      else history.replaceState(state, '', urlWithHash(writeUrlState(location.hash, this.keyPrefix, { film: undefined })));
    }
    void this.updateComplete.then(() => this.focusCard(id));
  }

  private focusCard(id: string): void {
    const card = [...this.renderRoot.querySelectorAll<HTMLElement>('.card')].find((item) => item.dataset['id'] === id);
    card?.querySelector<HTMLElement>('.open')?.focus();
  }

  /** Creates the player inside the click handler (a synchronous render), so one tap plays on phones. */
  private readonly play = (): void => {
    const film = this.openFilmFromFeed();
    if (film === undefined) return;
    this.playing = true;
    this.performUpdate();
    this.renderRoot.querySelector<HTMLElement>('.frame')?.focus();
    emit(this, 'omj-play', { id: film.id, provider: film.video.provider });
  };

  private openFilmFromFeed(): Film | undefined {
    const feedState = this.feedState;
    return feedState.status === 'ready' ? feedState.feed.films.find((film) => film.id === this.openId) : undefined;
  }

  // ---- filters and paging -------------------------------------------------------------------------

  private onSearchInput(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => (this.query = value), 150);
  }

  private toggleTopic(key: string): void {
    const current = this.filter.topics;
    this.topic = (current.includes(key) ? current.filter((topic) => topic !== key) : [...current, key]).join(' ') || undefined;
  }

  private async clearFilters(): Promise<void> {
    clearTimeout(this.searchTimer);
    this.country = undefined;
    this.topic = undefined;
    this.year = undefined;
    this.query = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.card .open')?.focus();
  }

  /** Appends a page (loading the feed's next page when the loaded films run out); focus moves to it. */
  private async showMore(): Promise<void> {
    const feedState = this.feedState;
    if (this.shown.end >= this.found.length && feedState.status === 'ready' && feedState.hasMore) {
      await this.feedController.loadMore();
      await this.updateComplete;
    }
    const first = this.shown.end;
    this.shown = nextWindow(this.shown, this.size, this.found.length);
    await this.updateComplete;
    const film = this.found[first];
    if (film !== undefined && first < this.shown.end) this.focusCard(film.id);
  }

  private async showEarlier(): Promise<void> {
    this.shown = previousWindow(this.shown, this.size);
    await this.updateComplete;
    const film = this.found[this.shown.start];
    if (film !== undefined) this.focusCard(film.id);
  }

  // ---- rendering ----------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const feedState = this.feedState;
    const announcer = html`<p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>`;
    switch (feedState.status) {
      case 'idle':
        return html`${announcer}${renderEmpty(msg('No films yet.'))}`;
      case 'loading':
        return html`${announcer}${renderLoading(msg('Loading films…'))}
          <ul class="grid ${this.layoutClass()}" part="grid" aria-hidden="true">
            ${Array.from({ length: this.size }, renderSkeletonCard)}
          </ul>`;
      case 'error':
        return html`${announcer}${renderError(feedState.error, () => this.feedController.retry())}`;
      case 'ready':
        return html`${announcer}
          ${feedState.stale && feedState.fetchedAt !== undefined
            ? renderStale(feedState.fetchedAt, this.langTag, () => this.feedController.retry())
            : nothing}
          ${feedState.feed.films.length === 0 ? renderEmpty(msg('No films yet.')) : this.renderArchive(feedState.feed, feedState.hasMore)}
          ${this.renderDialog(feedState.feed)}`;
    }
  }

  private get lowData(): boolean {
    return this.dataSaver || browserSavesData();
  }

  private layoutClass(): string {
    return this.lowData && !this.showPosters ? 'list compact' : readChoice(this.warn, 'layout', this.layout, LAYOUTS, 'grid');
  }

  private renderArchive(feed: ParsedFeed, hasMore: boolean): TemplateResult {
    const { start, end } = this.shown;
    const total = this.found.length;
    const ctx: CardContext = {
      feed,
      langTag: this.langTag,
      uiLocale: this.uiLocale,
      posters: !this.lowData || this.showPosters,
      open: (film) => this.openFromCard(film),
    };
    return html`${this.renderTools(feed)}
      ${total === 0
        ? renderEmpty(msg('No films match these filters.'), { label: msg('Clear filters'), run: () => void this.clearFilters() })
        : html`<p class="count" part="message">
              ${msg(str`Films ${this.number(start + 1)}–${this.number(end)} of ${this.number(total)}`)}
            </p>
            ${start > 0
              ? html`<button type="button" class="omj-button more" part="more" @click=${this.showEarlier}>${msg('Show earlier films')}</button>`
              : nothing}
            <ul class="grid ${this.layoutClass()}" part="grid">
              ${repeat(this.found.slice(start, end), (film) => film.id, (film) => renderCard(film, ctx))}
            </ul>
            ${end < total || hasMore
              ? html`<button type="button" class="omj-button more" part="more" @click=${this.showMore}>${msg('Show more')}</button>`
              : nothing}`}`;
  }

  private renderTools(feed: ParsedFeed): TemplateResult | typeof nothing {
    const chips = this.topics && feed.topics.length > 0;
    if (!this.search && !chips && !this.lowData) return nothing;
    return html`<div class="tools">
      ${this.search
        ? html`<label class="search-label">
            <span>${msg('Search films')}</span>
            <input type="search" part="search" .value=${live(this.query)} @input=${this.onSearchInput} />
          </label>`
        : nothing}
      ${chips
        ? html`<div class="chips" role="group" aria-label=${msg('Topics')}>
            ${feed.topics.map(
              (topic) =>
                html`<button
                  type="button"
                  class="chip"
                  part="chip"
                  aria-pressed=${this.filter.topics.includes(topic.key) ? 'true' : 'false'}
                  @click=${() => this.toggleTopic(topic.key)}
                >
                  ${pickText(topic.label, this.langTag, [this.uiLocale]) ?? topic.key}
                </button>`,
            )}
          </div>`
        : nothing}
      ${this.lowData
        ? html`<button
            type="button"
            class="chip"
            part="chip"
            aria-pressed=${this.showPosters ? 'true' : 'false'}
            @click=${() => (this.showPosters = !this.showPosters)}
          >
            ${msg('Show posters')}
          </button>`
        : nothing}
    </div>`;
  }

  private renderDialog(feed: ParsedFeed): TemplateResult | typeof nothing {
    const film = this.openId === undefined ? undefined : feed.films.find((candidate) => candidate.id === this.openId);
    if (film === undefined) return nothing;
    return html`<dialog part="dialog" aria-labelledby="player-title" @close=${() => this.closeFilm()}>
      ${renderPlayer(film, {
        feed,
        langTag: this.langTag,
        uiLocale: this.uiLocale,
        playing: this.playing,
        play: this.play,
        close: () => this.closeFilm(),
      })}
    </dialog>`;
  }
}
