import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { isCountryCode, pickTextWithLang, safeUrl, type Hotline, type OpeningHours } from '@omj/feed';
import {
  OmjElement,
  emit,
  registerCatalogs,
  renderEmpty,
  renderError,
  renderLoading,
  renderStale,
  warnField,
  warnOnce,
} from '@omj/core';
import { templates as ru } from './generated/locales/ru.js';
import { templates as ky } from './generated/locales/ky.js';
import { hoursStatus } from './hours.js';
import { dayName, formatTime } from './intl.js';
import { styles } from './hotline-banner.styles.js';

registerCatalogs({ ru, ky });

export interface HotlineCallDetail {
  /** The feed item's id; absent for a number given only as attributes. */
  readonly id?: string;
  /** The number as shown. */
  readonly number: string;
  /** The `tel:` URI dialled. */
  readonly tel: string;
}
export interface HotlineDismissDetail {
  readonly id?: string;
  readonly number: string;
}
export interface QuickExitDetail {
  /** Where the page is about to go. */
  readonly url: string;
}

declare module '@omj/core' {
  interface OmjEventMap {
    'omj-hotline-call': HotlineCallDetail;
    'omj-dismiss': HotlineDismissDetail;
    'omj-quick-exit': QuickExitDetail;
  }
}
declare global {
  interface GlobalEventHandlersEventMap {
    'omj-hotline-call': CustomEvent<HotlineCallDetail>;
    'omj-dismiss': CustomEvent<HotlineDismissDetail>;
    'omj-quick-exit': CustomEvent<QuickExitDetail>;
  }
}

const TAG = 'omj-hotline-banner';
const DEFAULT_EXIT_URL = 'https://www.google.com/';
/** sessionStorage key of a closed banner, followed by its `tel:` URI. */
const CLOSED_KEY = 'omj-hotline-dismissed:';

/** "kg-KG" -> "kg". */
const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * True when the banner for `tel` was closed in this visit; with `remember`, records that it now is.
 * Storage may be blocked (private mode, sandboxed frame): then the banner closes for this page view only.
 */
function closedThisVisit(tel: string, remember?: boolean): boolean {
  try {
    if (remember) sessionStorage.setItem(CLOSED_KEY + tel, '1');
    return !!sessionStorage.getItem(CLOSED_KEY + tel);
  } catch {
    return false;
  }
}

/**
 * A banner with a child helpline's number, ready to call: click-to-call, opening hours in the
 * helpline's own time zone ("Open now" / "Closed now · opens Monday at 09:00"), a "Free call" badge,
 * and optionally a close button and a quick-exit button.
 *
 * The helpline comes from the feed (`feed="URL"` or the `data` property) by `country`, or inline from
 * the `number` and `name` attributes; inline attributes override or complete the feed's entry. Whatever
 * the partner writes inside the element (a plain `<a href="tel:…">`) shows before the script runs, and
 * while the feed loads or fails.
 *
 * The banner's colours are core's tokens (`--omj-color-surface`, `--omj-color-accent` for the number and
 * the edge, …); set them on the element to recolour this widget alone.
 *
 * @summary A child helpline's number, click-to-call, with opening hours and a quick exit.
 *
 * @slot - Fallback shown before the script runs and while the feed is loading, failed, or has no
 *   helpline for the country: write the number as a plain link, e.g. `<a href="tel:111">Child helpline: 111</a>`.
 *
 * @fires {CustomEvent<HotlineCallDetail>} omj-hotline-call - The number link was activated. `detail: { id, number, tel }`.
 * @fires {CustomEvent<HotlineDismissDetail>} omj-dismiss - The visitor closed the banner. `detail: { id, number }`.
 * @fires {CustomEvent<QuickExitDetail>} omj-quick-exit - Cancelable; quick exit was asked for (button or Shift three times). `detail: { url }`. `preventDefault()` keeps the page.
 *
 * @csspart banner - The banner (a `<section>` landmark).
 * @csspart name - The helpline's name.
 * @csspart message - The sentence under the name (the feed's description, or ours; one line on a
 *   narrow banner).
 * @csspart number - The click-to-call link.
 * @csspart hours - The opening-hours line.
 * @csspart open-status - "Open now" / "Closed now" (with `open` or `closed`).
 * @csspart open - `open-status` while open.
 * @csspart closed - `open-status` while closed.
 * @csspart free-badge - The "Free call" badge.
 * @csspart dismiss - The close button.
 * @csspart exit - The quick-exit button.
 * @csspart status - Core state boxes (loading, error, empty); with `loading` / `error` / `empty`.
 * @csspart stale - The "saved copy" note.
 *
 * @cssprop [--omj-hotline-z-index=10] - Stacking order of a sticky banner.
 */
export class OmjHotlineBanner extends OmjElement {
  static override styles = [...OmjElement.styles, styles];

  static override properties = {
    country: {},
    number: {},
    name: {},
    free: { type: Boolean },
    dismissible: { type: Boolean },
    sticky: { reflect: true },
    exit: { type: Boolean },
    exitUrl: { attribute: 'exit-url' },
    now: { attribute: false },
  };

  /**
   * How quick exit leaves the page. Replaceable in tests so they do not leave the test page.
   * @internal
   */
  static navigate: (url: string) => void = (url) => location.replace(url);

  /** ISO 3166-1 alpha-2 code of the country whose helpline to show (from the feed). */
  country?: string;

  /** The number to dial, given inline (overrides the feed's), e.g. `111` or `+996 312 61 12 11`. */
  number?: string;

  /** The helpline's name, given inline (overrides the feed's). */
  name?: string;

  /** The call is free (adds the "Free call" badge). The feed's `free` counts too. */
  free = false;

  /** Shows a close button; a closed banner stays closed for the rest of the visit (this tab). */
  dismissible = false;

  /** `top` or `bottom`: the banner sticks to that edge of the screen while the page scrolls. */
  sticky?: 'top' | 'bottom';

  /** Shows a "Quick exit" button and listens for Shift pressed three times. */
  exit = false;

  /** Where quick exit goes (http or https only; default `https://www.google.com/`). */
  exitUrl?: string;

  /** The clock, for tests and stories: hours are computed for this moment instead of now. */
  now?: Date;

  /** The `tel:` of the helpline the visitor closed on this page view (in case storage is blocked). */
  private closedTel?: string;

  /** Validated attributes, computed when they change so that each problem warns once. */
  private countryCode?: string;
  private inlineTel?: string;
  private exitTarget?: string;

  private timer?: ReturnType<typeof setTimeout>;
  private shifts = 0;
  private firstShift = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.tick();
    // Moved in the page (removed and inserted again), Lit does not render again: listen again here.
    this.updated();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.updated(); // not connected any more: removes the Shift listener
  }

  /** The page-wide Shift listener exists only while an element with `exit` is on the page. */
  protected override updated(): void {
    document[this.exit && this.isConnected ? 'addEventListener' : 'removeEventListener']('keydown', this.onKey, true);
  }

  /** Re-renders at the start of every minute so "Open now" turns to "Closed now" on time. */
  private tick(): void {
    this.timer = setTimeout(() => {
      this.requestUpdate();
      this.tick();
    }, 60_050 - (Date.now() % 60_000));
  }

  /** Shift three times within a second (as GOV.UK's "Exit this page"); any other key starts again. */
  private onKey = (event: Event): void => {
    const { key, repeat, timeStamp } = event as KeyboardEvent;
    if (key !== 'Shift') this.shifts = 0;
    else if (!repeat) {
      if (timeStamp - this.firstShift > 1000) this.shifts = 0;
      if (!this.shifts++) this.firstShift = timeStamp;
      if (this.shifts > 2) {
        this.shifts = 0;
        this.quickExit();
      }
    }
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('country')) {
      const code = (this.countryCode = this.country?.trim().toUpperCase());
      // Two letters `Intl` can name: "XX" it cannot. A wrong code matches no helpline.
      if (code && !isCountryCode(code)) {
        warnField(TAG, 'attribute country', `"${this.country}" is not an ISO 3166-1 code`);
      }
    }
    if (changed.has('number')) {
      const number = this.number?.trim() ?? '';
      const digits = number.replace(/\D/g, '');
      // Only digits and a leading "+": nothing else can get into the link.
      this.inlineTel = digits && `tel:${number[0] === '+' ? '+' : ''}${digits}`;
      if (number && !digits) warnField(TAG, 'attribute number', `"${this.number}" has no digits to dial`);
    }
    if (changed.has('exitUrl')) {
      this.exitTarget = this.exitUrl && safeUrl(this.exitUrl, 'link');
      if (this.exitUrl !== undefined && !this.exitTarget) warnField(TAG, 'attribute exit-url', `"${this.exitUrl}" is not an http(s) URL`);
    }
  }

  /** The feed's hotline for `country`, or the only one when no country is set. */
  private fromFeed(hotlines: readonly Hotline[]): Hotline | undefined {
    if (this.countryCode) return hotlines.find((hotline) => hotline.country === this.countryCode);
    // A wrong country's number is worse than none.
    if (hotlines.length > 1 && !this.inlineTel) warnOnce(this, 'attribute country', `missing; the feed lists ${hotlines.length} helplines`);
    return hotlines.length === 1 ? hotlines[0] : undefined;
  }

  /** A `number` attribute is a helpline of its own: no feed needed (core shows the fallback content otherwise). */
  protected override hasInlineContent(): boolean {
    return !!this.number?.trim();
  }

  protected override render(): TemplateResult | typeof nothing {
    const state = this.feedState;
    const hotline = state.status === 'ready' ? this.fromFeed(state.feed.hotlines) : undefined;
    const tel = this.inlineTel || hotline?.tel;
    const slot = html`<slot></slot>`;
    if (!tel) {
      // The partner's fallback number (the element's content) is what matters: loading and errors stay quiet.
      if (state.status === 'loading') return this.textContent!.trim() ? slot : renderLoading();
      return html`${slot}${state.status === 'error'
        ? renderError(state.error, () => this.feedController.retry(), true)
        : renderEmpty(msg('No helpline number is listed yet.'))}`;
    }
    if (this.closedTel === tel || closedThisVisit(tel)) return nothing;
    const id = hotline?.id;
    const number = this.inlineTel ? this.number!.trim() : hotline!.number;
    const own = this.name?.trim();
    const named: { text: string; lang?: string } | undefined = own ? { text: own } : hotline && pickTextWithLang(hotline.name, this.langTag);
    const label = msg('Child helpline');
    const name = named?.text ?? label;
    // The feed's description only when it is in the visitor's language; otherwise our own sentence.
    let description = pickTextWithLang(hotline?.description, this.langTag);
    if (description && ![this.uiLocale, primary(this.langTag)].includes(primary(description.lang))) description = undefined;
    // Buttons need no type="button": a shadow root holds no form.
    return html`<section class="banner" part="banner" aria-label=${label}><div>
        <p class="name" part="name" dir="auto" lang=${named?.lang ?? nothing}>${name}</p>
        <p class="message" part="message" dir="auto" lang=${description?.lang ?? nothing}>${description?.text ?? msg('Need to talk? Call.')}</p>
        <p class="meta">${this.free || hotline?.free
            ? html`<span class="badge" part="free-badge">${msg('Free call')}</span>`
            : nothing}${this.renderHours(hotline?.hours)}</p>
        ${state.status === 'ready' && state.stale ? renderStale(state.fetchedAt!, this.langTag) : nothing}
      </div><div class="actions">
        <a class="omj-button primary number" part="number" href=${tel} aria-label=${msg(str`${name}: call ${number}`)}
          @click=${() => emit(this, 'omj-hotline-call', { id, number, tel })}><svg aria-hidden="true" viewBox="0 0 24 24">
          <path d="M6 2 3 5c0 9 7 16 16 16l3-3-5-3-2 2c-3-1-5-3-6-6l2-2z"/></svg><bdi dir="ltr">${number}</bdi></a>${this.exit
          ? html`<button class="omj-button" part="exit" aria-describedby="exit-hint" @click=${() => this.quickExit()}>${msg('Quick exit')}</button>
              <span id="exit-hint" class="visually-hidden">${msg('Or press Shift three times. Your browser history is not erased.')}</span>`
          : nothing}
      </div>${this.dismissible
        ? html`<button
            class="omj-button dismiss"
            part="dismiss"
            aria-label=${msg('Hide')}
            @click=${() => {
              closedThisVisit(tel, true);
              this.closedTel = tel;
              this.requestUpdate();
              emit(this, 'omj-dismiss', { id, number });
            }}
          >×</button>`
        : nothing}
    </section>`;
  }

  private renderHours(hours: OpeningHours | undefined): TemplateResult | typeof nothing {
    const now = this.now ?? new Date();
    const status = hours && hoursStatus(hours, now);
    if (!status) return nothing;
    const { open, next } = status;
    let detail = '';
    if (next) {
      const time = formatTime(next, this.langTag, hours!.timeZone);
      if (!open) detail = msg(str`opens ${dayName(status.inDays!, status.weekday!, next, hours!.timeZone, this.uiLocale)} at ${time}`);
      else if (next.getTime() - now.getTime() <= 86_400_000) detail = msg(str`until ${time}`);
    }
    const state = open ? 'open' : 'closed';
    return html`<span part="hours"><span class="state ${state}" part="open-status ${state}">${
      status.always ? msg('Open 24/7') : open ? msg('Open now') : msg('Closed now')
    }</span>${detail && ` · ${detail}`}</span>`;
  }

  /** Leaves the page at once for the exit URL, unless an `omj-quick-exit` listener cancels it. */
  quickExit(): void {
    const url = this.exitTarget || DEFAULT_EXIT_URL;
    if (emit(this, 'omj-quick-exit', { url }, { cancelable: true })) OmjHotlineBanner.navigate(url);
  }
}
