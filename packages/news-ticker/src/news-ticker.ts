import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { msg } from '@lit/localize';
import { OmjElement, emit, registerCatalogs, renderEmpty, renderError, renderStale, warnField } from '@omj/core';
import { safeUrl, type NewsItem } from '@omj/feed';
import { templates as ru } from './generated/locales/ru.js';
import { templates as ky } from './generated/locales/ky.js';
import { tickerStyles } from './news-ticker.styles.js';
import { formatNewsDate } from './dates.js';
import { hasSeveralSources, isRtlLanguage, newestFirst, newsDate } from './items.js';

registerCatalogs({ ru, ky });

export type TickerMode = 'list' | 'marquee' | 'rotate';

/** Detail of `omj-news-open`. */
export interface NewsOpenDetail {
  readonly id: string;
  readonly url: string;
}

/** Detail of `omj-ticker-pause` and `omj-ticker-play`: what stopped or started the motion. */
export interface TickerMotionDetail {
  readonly reason: 'button' | 'focus' | 'touch' | 'reduced-motion';
}

declare module '@omj/core' {
  interface OmjEventMap {
    'omj-news-open': NewsOpenDetail;
    'omj-ticker-pause': TickerMotionDetail;
    'omj-ticker-play': TickerMotionDetail;
  }
}
declare global {
  interface GlobalEventHandlersEventMap {
    'omj-news-open': CustomEvent<NewsOpenDetail>;
    'omj-ticker-pause': CustomEvent<TickerMotionDetail>;
    'omj-ticker-play': CustomEvent<TickerMotionDetail>;
  }
}

const MODES: readonly string[] = ['list', 'marquee', 'rotate'];
const REDUCE = '(prefers-reduced-motion: reduce)';

/**
 * "Latest news" from any JSON Feed 1.0/1.1 (a WordPress or Hugo feed as it is) or the OMJ feed, as a
 * static list, a scrolling marquee, or one item at a time. Several feeds (`feed="a.json b.json"`) are
 * merged, newest first, each item naming its source.
 *
 * Motion follows WCAG 2.2.2 and the WAI-ARIA carousel pattern: a pause/play button comes first, its label
 * says what it will do; motion holds while the pointer is over the ticker, stops for good when keyboard
 * focus enters the items (only the button starts it again), never starts under
 * `prefers-reduced-motion: reduce` (the button then offers "Play news"), and holds while the page is hidden.
 *
 * @summary A news list, marquee or rotator fed by JSON Feed.
 *
 * @fires omj-news-open - `{ id, url }` when a news link is activated. Cancelable: `preventDefault()` keeps the page from navigating.
 * @fires omj-ticker-pause - `{ reason }` when motion stops by the button, keyboard focus, a tap, or the reduced-motion setting.
 * @fires omj-ticker-play - `{ reason }` when the visitor starts the motion with the button.
 *
 * @csspart base - The outer `section`.
 * @csspart heading - The heading.
 * @csspart list - The list of news (marquee: the original list, not its copy).
 * @csspart item - One news item.
 * @csspart link - The title when it links to the story.
 * @csspart title - The title when the item has no (safe) link.
 * @csspart date - The `<time>` of an item.
 * @csspart source - The feed an item came from (shown when several feeds are merged).
 * @csspart toggle - The pause/play button (marquee and rotate modes).
 * @csspart prev - "Previous news" button (rotate mode).
 * @csspart next - "Next news" button (rotate mode).
 * @csspart more - The "More news" link.
 * @csspart message - A quiet note: some of several feeds could not be loaded.
 * @csspart status - Loading, error and empty states (with `loading`, `error`, `empty`); `stale` for the saved-copy note.
 *
 * @cssprop [--omj-ticker-item-gap=1.5em] - Space between items (marquee: between the end of one and the next).
 * @cssprop [--omj-ticker-height=2.75em] - Height of the marquee and rotate bar.
 * @cssprop [--omj-ticker-separator-color=var(--omj-color-accent)] - The dot before each marquee item.
 * @cssprop [--omj-ticker-link-color=var(--omj-color-accent)] - News links.
 */
export class OmjNewsTicker extends OmjElement {
  static override styles = [...OmjElement.styles, tickerStyles];

  /** `list` (default, no motion), `marquee` (continuous scroll) or `rotate` (one item at a time). */
  @property() mode: TickerMode = 'list';

  /** Rotate mode: seconds per item (default 6, at least 1). */
  @property({ type: Number }) interval = 6;

  /** How many of the newest items to show (default 10). */
  @property({ type: Number, attribute: 'max-items' }) maxItems = 10;

  /** Marquee speed in pixels per second (default 40). */
  @property({ type: Number }) speed = 40;

  /** A "More news" link (http or https; relative URLs resolve against the page). */
  @property({ attribute: 'more-url' }) moreUrl?: string;

  /** Text of the "More news" link (default: localized "More news"). */
  @property({ attribute: 'more-label' }) moreLabel?: string;

  /** Heading text (default: localized "Latest news"). An empty `heading=""` keeps it for screen readers only. */
  @property() heading?: string;

  /** Heading level, 2 to 6 (default 2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The visitor's choice: motion allowed (the button reads "Pause news") or stopped ("Play news"). */
  @state() private running = true;
  /** Held while a mouse or pen is over the ticker; resumes when it leaves. */
  @state() private held = false;
  @state() private pageHidden = false;
  /** Marquee: the items are wider than the bar, so they scroll. */
  @state() private overflowing = false;
  /** Rotate: the item shown. */
  @state() private index = 0;

  private get viewport() {
    return this.$('.viewport');
  }
  private get track() {
    return this.$('.track');
  }
  private get list() {
    return this.$('.list');
  }

  private m: TickerMode = 'list';
  private seconds = 6;
  private max = 10;
  private pxPerSecond = 40;
  private level = 2;
  private more?: string;
  private items: NewsItem[] = [];
  private timer?: ReturnType<typeof setTimeout>;
  private resizeObserver?: ResizeObserver;
  private observed?: Element;
  private motionQuery?: MediaQueryList;

  override connectedCallback(): void {
    super.connectedCallback();
    this.motionQuery = matchMedia(REDUCE);
    this.motionQuery.addEventListener('change', this.onMotionPreference);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.pageHidden = document.visibilityState === 'hidden';
    if (this.hasUpdated) this.sync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.motionQuery?.removeEventListener('change', this.onMotionPreference);
    this.motionQuery = undefined;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.sync();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('mode')) {
      this.m = this.check('mode', MODES.includes(this.mode), this.mode, 'list', 'is not list, marquee or rotate');
      this.running = !this.motionQuery?.matches;
      this.index = 0;
    }
    if (changed.has('interval')) {
      this.seconds = this.check('interval', this.interval >= 1, this.interval, 6, 'is not a number of seconds (1 or more)');
    }
    if (changed.has('maxItems')) {
      this.max = this.check('max-items', Number.isInteger(this.maxItems) && this.maxItems > 0, this.maxItems, 10, 'is not a whole number above 0');
    }
    if (changed.has('speed')) {
      this.pxPerSecond = this.check('speed', this.speed > 0, this.speed, 40, 'is not a speed in pixels per second above 0');
    }
    if (changed.has('headingLevel')) {
      const level = this.headingLevel;
      this.level = this.check('heading-level', Number.isInteger(level) && level >= 2 && level <= 6, level, 2, 'is not a heading level from 2 to 6');
    }
    if (changed.has('moreUrl')) {
      const value = this.moreUrl;
      this.more = value ? safeUrl(value, 'link', document.baseURI) : undefined;
      if (value && this.more === undefined) warnField(this.localName, 'attribute more-url', `"${value}" is not an http(s) URL`);
    }
    const state = this.feedState;
    this.items = state.status === 'ready' ? newestFirst(state.feed.news).slice(0, this.max) : [];
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.sync();
  }

  protected override render(): TemplateResult {
    const heading = this.heading || msg('Latest news');
    return html`<section
      part="base"
      class=${this.m}
      aria-labelledby="heading"
      @focusin=${this.onFocusIn}
      @pointerenter=${this.onPointer}
      @pointerleave=${this.onPointer}
      @pointerdown=${this.onPointer}
    >
      <div id="heading" part="heading" class=${this.heading === '' ? 'visually-hidden' : 'heading'} role="heading" aria-level=${this.level}>
        ${heading}
      </div>
      ${this.renderBody()}
      ${this.more === undefined
        ? nothing
        : html`<a part="more" class="more" href=${this.more}>${this.moreLabel || msg('More news')}</a>`}
    </section>`;
  }

  private renderBody(): unknown {
    const state = this.feedState;
    if (state.status === 'loading') {
      return html`<div class="omj-status loading skeleton" part="status loading" role="status">
        <span class="visually-hidden">${msg('Loading news…')}</span>
        ${(this.m === 'list' ? [1, 2, 3] : [1]).map(() => html`<span class="omj-skeleton" aria-hidden="true"></span>`)}
      </div>`;
    }
    if (state.status === 'error') {
      return renderError(state.error, this.feed ? () => this.feedController.retry() : undefined);
    }
    const note =
      state.status !== 'ready'
        ? nothing
        : state.stale && state.fetchedAt
          ? renderStale(state.fetchedAt, this.langTag, () => this.feedController.retry())
          : state.errors.length > 0
            ? html`<p class="omj-stale" part="message">${msg('Some news sources could not be loaded.')}</p>`
            : nothing;
    const items = this.items;
    if (items.length === 0) return [note, renderEmpty(msg('No news yet.'))];

    const feed = state.status === 'ready' ? state.feed : undefined;
    const dir = isRtlLanguage(feed?.language) ? 'rtl' : undefined;
    const sources = hasSeveralSources(feed?.news ?? []);
    const rows = items.map((item, i) => html`<li part="item" class="item">${this.renderItem(item, i, sources, false)}</li>`);

    if (this.m === 'list') return [note, html`<ul part="list" class="list" dir=${dir ?? nothing}>${rows}</ul>`];

    const moving = this.moving;
    if (this.m === 'marquee') {
      const copies = this.overflowing
        ? html`<ul class="list" aria-hidden="true" ?inert=${moving}>
            ${items.map((item, i) => html`<li class="item">${this.renderItem(item, i, sources, true)}</li>`)}
          </ul>`
        : nothing;
      return [
        note,
        html`<div class="bar">
          ${this.overflowing ? this.renderToggle() : nothing}
          <div class="viewport ${this.running ? '' : 'stopped'}" dir=${dir ?? nothing}>
            <div class="track ${this.overflowing ? 'run' : ''} ${moving ? '' : 'paused'}">
              <ul part="list" class="list">${rows}</ul>
              ${copies}
            </div>
          </div>
        </div>`,
      ];
    }

    const index = this.index % items.length;
    const current = items[index]!;
    const several = items.length > 1;
    return [
      note,
      html`<div class="bar">
        ${several
          ? html`${this.renderToggle()}
              <button type="button" class="omj-button step" part="prev" @click=${() => this.step(-1)}>
                <svg class="flip" viewBox="0 0 16 16" aria-hidden="true"><path d="M10.5 2.5 5 8l5.5 5.5"></path></svg>
                <span class="visually-hidden">${msg('Previous news')}</span>
              </button>
              <button type="button" class="omj-button step" part="next" @click=${() => this.step(1)}>
                <svg class="flip" viewBox="0 0 16 16" aria-hidden="true"><path d="M5.5 2.5 11 8l-5.5 5.5"></path></svg>
                <span class="visually-hidden">${msg('Next news')}</span>
              </button>`
          : nothing}
        <div class="slide" dir=${dir ?? nothing} aria-live=${moving ? 'off' : 'polite'} aria-atomic="true">
          ${keyed(current.id, html`<div part="item" class="item">${this.renderItem(current, index, sources, false)}</div>`)}
        </div>
      </div>`,
    ];
  }

  private renderItem(item: NewsItem, index: number, sources: boolean, copy: boolean): TemplateResult {
    const date = newsDate(item);
    const lang = item.language ?? nothing;
    const title = item.url
      ? html`<a part=${copy ? nothing : 'link'} class="title" href=${item.url} lang=${lang} dir="auto" tabindex=${copy ? '-1' : nothing}
          @click=${(event: MouseEvent) => this.open(event, index)}>${item.title}</a>`
      : html`<span part=${copy ? nothing : 'title'} class="title" lang=${lang} dir="auto">${item.title}</span>`;
    return html`${title}${date || (sources && item.source)
      ? html`<span class="meta">
          ${date ? html`<time part=${copy ? nothing : 'date'} datetime=${date.toISOString()}>${formatNewsDate(date, this.langTag)}</time>` : nothing}
          ${sources && item.source ? html`<span part=${copy ? nothing : 'source'} class="source" dir="auto">${item.source}</span>` : nothing}
        </span>`
      : nothing}`;
  }

  private renderToggle(): TemplateResult {
    return html`<button type="button" class="omj-button toggle" part="toggle" @click=${this.onToggle}>
      ${this.running
        ? html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4 3h3v10H4zm5 0h3v10H9z"></path></svg>`
        : html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4.5 2.5v11l9-5.5z"></path></svg>`}
      <span class="visually-hidden">${this.running ? msg('Pause news') : msg('Play news')}</span>
    </button>`;
  }

  /** Motion is happening now: chosen, not held by a pointer, the page visible, and something to move. */
  private get moving(): boolean {
    return (
      this.running &&
      !this.held &&
      !this.pageHidden &&
      this.isConnected &&
      (this.m === 'marquee' ? this.overflowing : this.m === 'rotate' && this.items.length > 1)
    );
  }

  /** Starts or releases the rotation timer and the marquee's size observer to match the state. */
  private sync(): void {
    const rotating = this.m === 'rotate' && this.moving;
    if (!rotating && this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    } else if (rotating && this.timer === undefined) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.index = (this.index + 1) % this.items.length;
      }, this.seconds * 1000);
    }
    const list = this.isConnected && this.m === 'marquee' ? this.list : undefined;
    if (list !== this.observed) {
      this.resizeObserver?.disconnect();
      this.resizeObserver = undefined;
      this.observed = list;
      if (list !== undefined) {
        this.resizeObserver = new ResizeObserver(() => this.measure());
        this.resizeObserver.observe(list);
        this.resizeObserver.observe(this.viewport!);
      }
    }
    if (list !== undefined) this.measure();
  }

  /** Marquee: scrolls only when the items are wider than the bar; the duration keeps `speed` px/s. */
  private measure(): void {
    const list = this.list;
    const viewport = this.viewport;
    if (list === undefined || viewport === undefined || this.m !== 'marquee') return;
    const width = list.offsetWidth;
    this.overflowing = width > viewport.clientWidth + 1;
    // CSSOM on our own shadow element: allowed under a strict `style-src` (only style attributes and
    // <style> elements in markup are blocked), and never touches the partner's element.
    this.track?.style.setProperty('--_omj-ticker-duration', `${Math.max(width / this.pxPerSecond, 1).toFixed(2)}s`);
  }

  private step(by: number): void {
    const count = this.items.length;
    this.index = (this.index + by + count) % count;
  }

  private setRunning(running: boolean, reason: TickerMotionDetail['reason']): void {
    if (this.m === 'list' || running === this.running) return;
    this.running = running;
    if (running && this.viewport) this.viewport.scrollLeft = 0;
    emit(this, running ? 'omj-ticker-play' : 'omj-ticker-pause', { reason });
  }

  private onToggle = (): void => this.setRunning(!this.running, 'button');

  /** Keyboard focus on anything but the toggle stops motion; it does not restart when focus leaves. */
  private onFocusIn = (event: FocusEvent): void => {
    const target = event.composedPath()[0] as Element;
    if (!target.matches?.('.toggle')) this.setRunning(false, 'focus');
  };

  private onPointer = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') {
      if (event.type === 'pointerdown' && !(event.composedPath()[0] as Element).closest?.('.toggle')) {
        this.setRunning(false, 'touch');
      }
    } else if (event.type !== 'pointerdown') {
      this.held = event.type === 'pointerenter';
    }
  };

  private onMotionPreference = (event: MediaQueryListEvent): void => {
    if (event.matches) this.setRunning(false, 'reduced-motion');
  };

  private onVisibility = (): void => {
    this.pageHidden = document.visibilityState === 'hidden';
  };

  private open(event: MouseEvent, index: number): void {
    const item = this.items[index];
    if (item?.url === undefined) return;
    if (!emit(this, 'omj-news-open', { id: item.id, url: item.url }, { cancelable: true })) event.preventDefault();
  }

  private $(selector: string): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>(selector) ?? undefined;
  }

  private check<T>(name: string, ok: boolean, value: T, fallback: T, reason: string): T {
    if (ok) return value;
    warnField(this.localName, `attribute ${name}`, `"${this.getAttribute(name) ?? String(value)}" ${reason}`);
    return fallback;
  }
}
