import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import {
  OmjElement,
  emit,
  feedErrorMessage,
  registerCatalogs,
  renderEmpty,
  renderError,
  renderLoading,
  renderStale,
  warnField,
} from '@omj/core';
import { addFeedReader, readXmlFeed, safeUrl, type NewsItem } from '@omj/feed';
import { templates as ru } from './generated/locales/ru.js';
import { templates as ky } from './generated/locales/ky.js';
import { tickerStyles } from './news-ticker.styles.js';
import { formatNewsDate } from './dates.js';
import { hasSeveralSources, isRtlLanguage, newestFirst, newsDate, primaryLanguage } from './items.js';

registerCatalogs({ ru, ky });
// Partners' news sites publish RSS and Atom: the ticker's loader reads them (other page types carry no XML reader).
addFeedReader(readXmlFeed);

export type TickerMode = 'list' | 'marquee' | 'rotate';

/** Detail of `omj-news-open`: the feed item's id and the (allowlisted) URL about to open. */
export interface NewsOpenDetail {
  readonly id: string;
  readonly url: string;
}

/** Detail of `omj-ticker-pause` and `omj-ticker-play`: what stopped or started the motion. */
export interface TickerMotionDetail {
  readonly reason: 'button' | 'focus' | 'press' | 'reduced-motion';
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
/** Asked on first connect, not at import: server rendering imports this module in Node, which has no matchMedia. */
let query: MediaQueryList | undefined;
const reducedMotion = () => (query ??= matchMedia('(prefers-reduced-motion: reduce)'));

/**
 * "Latest news" from any JSON Feed 1.0/1.1 (a WordPress or Hugo feed as it is) or the OMJ feed, as a
 * static list, a scrolling marquee, or one item at a time. Several feeds (`feed="a.json b.json"`) are
 * merged, newest first, each item naming its source.
 *
 * Motion follows WCAG 2.2.2 and the WAI-ARIA carousel pattern: a pause/play button comes first, its label
 * says what it will do; motion holds while the pointer is over the ticker, stops for good when keyboard
 * focus enters the items or the visitor taps them (only the button starts it again), and never starts
 * under `prefers-reduced-motion: reduce` (the button then offers "Play news").
 *
 * @summary A news list, marquee or rotator fed by JSON Feed.
 *
 * @fires {CustomEvent<NewsOpenDetail>} omj-news-open - `{ id, url }` when a news link is activated. Cancelable: `preventDefault()` keeps the page from navigating.
 * @fires {CustomEvent<TickerMotionDetail>} omj-ticker-pause - `{ reason }` when motion stops: `'button'`, `'focus'` (keyboard focus inside), `'press'` (a tap or click on the ticker) or `'reduced-motion'`.
 * @fires {CustomEvent<TickerMotionDetail>} omj-ticker-play - `{ reason: 'button' }` when the visitor starts the motion with the button.
 *
 * @csspart base - The outer `section`.
 * @csspart heading - The heading.
 * @csspart list - The list of news (marquee: also the loop's hidden copy, so it looks the same).
 * @csspart item - One news item.
 * @csspart link - The title when it links to the story.
 * @csspart title - The title when the item has no (safe) link.
 * @csspart date - The `<time>` of an item.
 * @csspart source - The feed an item came from (shown when several feeds are merged).
 * @csspart toggle - The pause/play button (marquee and rotate modes).
 * @csspart prev - "Previous news" button (rotate mode).
 * @csspart next - "Next news" button (rotate mode).
 * @csspart more - The "More news" link.
 * @csspart message - A quiet note when one of several feeds could not be loaded (why, in the visitor's language).
 * @csspart status - Loading, error and empty states (with `loading`, `error`, `empty`); `stale` for the saved-copy note.
 *
 * @cssprop [--omj-ticker-item-gap=1.5em] - Space between items (marquee: between the end of one and the next).
 * @cssprop [--omj-ticker-height=2.75em] - Height of the marquee and rotate bar.
 * @cssprop [--omj-ticker-separator-color=var(--omj-color-accent)] - The dot before each marquee item.
 * @cssprop [--omj-ticker-link-color=var(--omj-color-accent)] - News links.
 */
export class OmjNewsTicker extends OmjElement {
  static override styles = [...OmjElement.styles, tickerStyles];
  static override properties = {
    mode: {},
    interval: { type: Number },
    maxItems: { type: Number, attribute: 'max-items' },
    speed: { type: Number },
    moreUrl: { attribute: 'more-url' },
    moreLabel: { attribute: 'more-label' },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    sameLanguage: { type: Boolean, attribute: 'same-language' },
    running: { state: true },
    held: { state: true },
    overflowing: { state: true },
    index: { state: true },
  };

  /** `list` (default, no motion), `marquee` (continuous scroll) or `rotate` (one item at a time). */
  mode: TickerMode = 'list';
  /** Rotate mode: seconds per item (default 6, at least 1). */
  interval = 6;
  /** How many of the newest items to show (default 10). */
  maxItems = 10;
  /** Marquee speed in pixels per second (default 40, at least 1). */
  speed = 40;
  /** A "More news" link (http or https; relative URLs resolve against the page). */
  declare moreUrl?: string;
  /** Text of the "More news" link (default: localized "More news"). */
  declare moreLabel?: string;
  /** Heading text (default: localized "Latest news"). An empty `heading=""` keeps it for screen readers only. */
  declare heading?: string;
  /** Heading level, 2 to 6 (default 2). */
  headingLevel = 2;
  /** Shows only items in the widget's language (by primary subtag: `ru-KG` matches `ru`); items with no language stay. */
  sameLanguage = false;

  /** The visitor's choice: motion allowed (the button reads "Pause news") or stopped ("Play news"). */
  private running = true;
  /** Held while a pointer is over the ticker; resumes when it leaves. */
  private held = false;
  /** Marquee: the items are wider than the bar, so they scroll. */
  private overflowing = false;
  /** Rotate: counts steps (either way); the item shown is this modulo the number of items. */
  private index = 0;

  // Checked copies of the attributes (a wrong value warns and falls back to the default).
  private m: TickerMode = 'list';
  private seconds = 6;
  private pxPerSecond = 40;
  private max = 10;
  private level = 2;
  declare private more?: string;
  private items: NewsItem[] = [];
  declare private timer?: ReturnType<typeof setTimeout>;
  declare private observer?: ResizeObserver;
  private observed: Element | null = null;

  private get viewport() {
    return this.$('.viewport');
  }
  private get list() {
    return this.$('.list');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    reducedMotion().addEventListener('change', this.onMotionPreference);
    if (this.hasUpdated) this.sync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    reducedMotion().removeEventListener('change', this.onMotionPreference);
    this.sync();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('mode')) {
      this.m = this.check('mode', MODES.includes(this.mode), this.mode, 'list', 'is not list, marquee or rotate');
      this.running = !reducedMotion().matches;
    }
    if (changed.has('interval')) this.seconds = this.count('interval', this.interval, 6);
    if (changed.has('speed')) this.pxPerSecond = this.count('speed', this.speed, 40);
    if (changed.has('headingLevel')) this.level = this.count('heading-level', this.headingLevel, 2, 2, 6);
    if (changed.has('maxItems')) this.max = this.count('max-items', this.maxItems, 10);
    if (changed.has('moreUrl')) {
      const value = this.moreUrl;
      this.more = value ? safeUrl(value, 'link', document.baseURI) : undefined;
      if (value && !this.more) warnField(this.localName, 'attribute more-url', `"${value}" is not an http(s) URL`);
    }
    const state = this.feedState;
    const language = primaryLanguage(this.langTag);
    this.items =
      state.status === 'ready'
        ? newestFirst(state.feed.news)
            .filter((item) => !this.sameLanguage || !item.language || primaryLanguage(item.language) === language)
            .slice(0, this.max)
        : [];
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.sync();
  }

  protected override render(): TemplateResult {
    return html`<section
      part="base"
      class=${this.m}
      aria-labelledby="heading"
      @focusin=${this.onTouch}
      @pointerdown=${this.onTouch}
      @pointerenter=${this.onHover}
      @pointerleave=${this.onHover}
    >
      <div id="heading" part="heading" class=${this.heading === '' ? 'visually-hidden' : 'heading'} role="heading" aria-level=${this.level}>
        ${this.heading || msg('Latest news')}
      </div>
      ${this.renderBody()}
      ${this.more ? html`<a part="more" class="more" href=${this.more}>${this.moreLabel || msg('More news')}</a>` : nothing}
    </section>`;
  }

  private renderBody(): unknown {
    const state = this.feedState;
    if (state.status === 'loading') return renderLoading();
    if (state.status === 'error') return renderError(state.error, this.feed ? () => this.feedController.retry() : undefined, true);
    const ready = state.status === 'ready' ? state : undefined;
    const feed = ready?.feed;
    const note =
      ready?.stale && ready.fetchedAt
        ? renderStale(ready.fetchedAt, this.langTag, () => this.feedController.retry())
        : ready?.errors.length
          ? html`<p class="omj-stale" part="message">${feedErrorMessage(ready.errors[0])}</p>`
          : nothing;
    const items = this.items;
    if (!items.length) return [note, renderEmpty(msg('No news yet.'))];

    const dir = isRtlLanguage(feed?.language) ? 'rtl' : nothing;
    const sources = hasSeveralSources(feed!.news);
    const rows = (copy?: boolean) => items.map((item) => html`<li part="item" class="item">${this.renderItem(item, sources, copy)}</li>`);

    if (this.m === 'list') return [note, html`<ul part="list" class="list" dir=${dir}>${rows()}</ul>`];

    const moving = this.moving;
    if (this.m === 'marquee') {
      const overflowing = this.overflowing;
      return [
        note,
        html`<div class="bar">
          ${overflowing ? this.renderToggle() : nothing}
          <div class="viewport ${this.running ? '' : 'stopped'}" dir=${dir}>
            <div class="track ${!overflowing ? '' : moving ? 'run' : 'run paused'}">
              <ul part="list" class="list">${rows()}</ul>
              ${overflowing ? html`<ul part="list" class="list" aria-hidden="true" ?inert=${moving}>${rows(true)}</ul>` : nothing}
            </div>
          </div>
        </div>`,
      ];
    }

    // Previous/next show ‹ and ›: mirrored characters, so they point the other way on a right-to-left page.
    const count = items.length;
    const shown = this.renderItem(items[((this.index % count) + count) % count]!, sources);
    return [
      note,
      html`<div class="bar">
        ${
          count > 1
            ? html`${this.renderToggle()}
              <button type="button" class="omj-button step" part="prev" @click=${() => this.index--}>
                <span aria-hidden="true">‹</span>
                <span class="visually-hidden">${msg('Previous news')}</span>
              </button>
              <button type="button" class="omj-button step" part="next" @click=${() => this.index++}>
                <span aria-hidden="true">›</span>
                <span class="visually-hidden">${msg('Next news')}</span>
              </button>`
            : nothing
        }
        <div class="slide" dir=${dir} aria-live=${moving ? 'off' : 'polite'} aria-atomic="true">
          <div part="item" class="item">${shown}</div>
        </div>
      </div>`,
    ];
  }

  /** One item: the title (a link when its URL is safe), then its date and, for merged feeds, its source. */
  private renderItem(item: NewsItem, sources: boolean, copy?: boolean): TemplateResult {
    const date = newsDate(item);
    const lang = item.language ?? nothing;
    const source = sources ? item.source : undefined;
    return html`${
      item.url
        ? html`<a
          part="link"
          class="title omj-feed"
          href=${item.url}
          lang=${lang}
          dir="auto"
          tabindex=${copy ? -1 : nothing}
          @click=${(event: MouseEvent) => this.open(event, item)}
          >${item.title}</a
        >`
        : html`<span part="title" class="title omj-feed" lang=${lang} dir="auto">${item.title}</span>`
    }
    <span class="meta">
      ${date ? html`<time part="date" datetime=${date.toISOString()}>${formatNewsDate(date, this.langTag)}</time>` : nothing}
      ${source ? html`<span part="source" class="omj-feed" dir="auto">${source}</span>` : nothing}
    </span>`;
  }

  private renderToggle(): TemplateResult {
    return html`<button type="button" class="omj-button toggle" part="toggle" @click=${this.onToggle}>
      <svg viewBox="0 0 16 16" aria-hidden="true"><path d=${this.running ? 'M4 3h3v10H4zm5 0h3v10H9z' : 'M4.5 2.5v11l9-5.5z'}></path></svg>
      <span class="visually-hidden">${this.running ? msg('Pause news') : msg('Play news')}</span>
    </button>`;
  }

  /** Motion is happening now: chosen, not held by a pointer, on the page, and something to move. */
  private get moving(): boolean {
    return this.running && !this.held && this.isConnected && (this.m === 'marquee' ? this.overflowing : this.items.length > 1);
  }

  /** Starts or releases the rotation timer and the marquee's size observer to match the state. */
  private sync(): void {
    if (this.m !== 'rotate' || !this.moving) {
      clearTimeout(this.timer);
      this.timer = undefined;
    } else {
      this.timer ??= setTimeout(() => {
        this.timer = undefined;
        this.index++;
      }, this.seconds * 1000);
    }
    const list = this.isConnected && this.m === 'marquee' ? this.list : null;
    if (list !== this.observed) {
      this.observer?.disconnect();
      this.observed = list;
      if (list) {
        this.observer = new ResizeObserver(() => this.measure());
        this.observer.observe(list);
        this.observer.observe(this.viewport!);
      }
    }
    if (list) this.measure();
  }

  /**
   * Marquee: scrolls only when the items are wider than the bar; the duration keeps `speed` px/s. It is
   * written with CSSOM on our own shadow element: allowed under a strict `style-src` (only style
   * attributes and <style> elements in markup are blocked), and never touches the partner's element.
   */
  private measure(): void {
    const list = this.list;
    const viewport = this.viewport;
    if (!list || !viewport) return;
    this.overflowing = list.offsetWidth > viewport.clientWidth + 1;
    this.$('.track')!.style.setProperty('--_omj-ticker-duration', `${list.offsetWidth / this.pxPerSecond}s`);
  }

  /** Starts or stops the motion and tells the page why (only on a real change, never in list mode). */
  private setRunning(running: boolean, reason: TickerMotionDetail['reason']): void {
    if (running === this.running) return;
    this.running = running;
    if (this.m !== 'list') emit(this, running ? 'omj-ticker-play' : 'omj-ticker-pause', { reason });
  }

  private onToggle = (): void => {
    this.setRunning(!this.running, 'button');
    // A stopped marquee may have been scrolled by hand (or to a focused link): start again from the start.
    if (this.viewport) this.viewport.scrollLeft = 0;
  };

  /** Keyboard focus or a press on anything but the toggle stops motion; it does not restart by itself. */
  private onTouch = (event: Event): void => {
    if (!(event.target as Element).closest('.toggle')) this.setRunning(false, event.type === 'focusin' ? 'focus' : 'press');
  };

  /** A news link was activated: the page may handle it itself (a single-page app routing) by cancelling. */
  private open(event: MouseEvent, item: NewsItem): void {
    if (!emit(this, 'omj-news-open', { id: item.id, url: item.url! }, { cancelable: true })) event.preventDefault();
  }

  private onHover = (event: PointerEvent): void => {
    this.held = event.type === 'pointerenter';
  };

  private onMotionPreference = (event: MediaQueryListEvent): void => {
    if (event.matches) this.setRunning(false, 'reduced-motion');
  };

  private $(selector: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(selector);
  }

  /** A number attribute from `min` to `max`; otherwise a warning naming it, and the default. */
  private count(name: string, value: number, fallback: number, min = 1, max = 1e4): number {
    return this.check(name, value >= min && value <= max, value, fallback, `is not a number from ${min} to ${max}`);
  }

  private check<T>(name: string, ok: boolean, value: T, fallback: T, reason: string): T {
    if (ok) return value;
    warnField(this.localName, `attribute ${name}`, `"${this.getAttribute(name) ?? value}" ${reason}`);
    return fallback;
  }
}
