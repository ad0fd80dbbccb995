import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { dialledNumber, isCountryCode, pickTextWithLang, safeUrl, type Hotline, type OpeningHours } from '@omj/feed';
import {
  OmjElement,
  emit,
  intlLocales,
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
import { dayName, formatTime, kyrgyzDative, languageList } from './intl.js';
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
/** Shift three times within this many milliseconds leaves the page (GOV.UK's "Exit this page" allows 5 s). */
const SHIFT_WINDOW = 5000;
/** `exit` values that turn quick exit off. */
const EXIT_OFF = /^(?:off|false|no|none)$/i;
/** What the visitor can reach with Tab: where focus goes when the banner is hidden. */
const FOCUSABLE =
  'a[href],area[href],button:not([disabled]),input:not([disabled]):not([type=hidden]),select:not([disabled]),textarea:not([disabled]),iframe,summary,[contenteditable=""],[contenteditable=true],[tabindex]:not([tabindex="-1"])';

/** The clock Shift presses are timed with; tests replace it. */
export interface ExitClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}
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
 * helpline's own time zone ("Open now" / "Closed now · opens Monday at 9:00 AM"), a "Free call" badge,
 * the languages spoken on the line, a quick-exit button (on unless turned off) and optionally a close button.
 *
 * The helpline comes from the feed (`feed="URL"` or the `data` property) by `country`, or inline from
 * the `number` and `name` attributes; inline attributes override or complete the feed's entry. Whatever
 * the partner writes inside the element (a plain `<a href="tel:…">`) shows before the script runs, and
 * while the feed loads or fails. Quick exit shows in every state: loading, failed, no helpline, filled.
 *
 * The banner's colours are core's tokens (`--omj-color-surface`, `--omj-color-accent` for the number and
 * the edge, …); set them on the element to recolour this widget alone.
 *
 * A sticky banner pads itself for notches and rounded corners (`env(safe-area-inset-*)` on the edge it
 * sticks to and both sides) on pages with `viewport-fit=cover`.
 *
 * @summary A child helpline's number, click-to-call, with opening hours and a quick exit.
 *
 * @slot - Fallback shown before the script runs and while the feed is loading, failed, or has no
 *   helpline for the country: write the number as a plain link, e.g. `<a href="tel:111">Child helpline: 111</a>`.
 * @slot exit - A plain quick-exit link for visitors without JavaScript, e.g. `<a slot="exit" href="https://www.google.com/"
 *   rel="noreferrer">Quick exit</a>`. Never shown once the script runs (the Quick exit button replaces it);
 *   its address is the exit address unless `exit-url` is set.
 *
 * @fires {CustomEvent<HotlineCallDetail>} omj-hotline-call - The number link was activated. `detail: { id, number, tel }`.
 * @fires {CustomEvent<HotlineDismissDetail>} omj-dismiss - The visitor closed the banner. `detail: { id, number }`.
 * @fires {CustomEvent<QuickExitDetail>} omj-quick-exit - Cancelable; quick exit was asked for (button or Shift three times), before the page is blanked. `detail: { url }`. `preventDefault()` keeps the page.
 *
 * @csspart banner - The banner (a `<section>` landmark).
 * @csspart name - The helpline's name.
 * @csspart message - The sentence under the name (the feed's description, or ours); it wraps, never cut.
 * @csspart number - The click-to-call link.
 * @csspart hours - The opening-hours line.
 * @csspart time - A time in the hours line ("9:00 AM"; never broken across lines).
 * @csspart languages - "Languages: Kyrgyz and Russian" (from the feed's `languages`).
 * @csspart open-status - "Open now" / "Closed now" (with `open` or `closed`).
 * @csspart open - `open-status` while open.
 * @csspart closed - `open-status` while closed.
 * @csspart free-badge - The "Free call" badge.
 * @csspart dismiss - The close button.
 * @csspart exit - The quick-exit button.
 * @csspart exit-count - The Shift count beside it ("1 of 3", "2 of 3"), a polite live region.
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
    // Absent means on: a partner who never heard of quick exit still ships it.
    exit: { converter: { fromAttribute: (value: string | null) => value ?? true } },
    noExit: { type: Boolean, attribute: 'no-exit' },
    exitUrl: { attribute: 'exit-url' },
    now: { attribute: false },
    shifts: { state: true },
  };

  /**
   * How quick exit leaves the page. Replaceable in tests so they do not leave the test page.
   * @internal
   */
  static navigate: (url: string) => void = (url) => location.replace(url);

  /**
   * The clock Shift presses are timed with. Replaceable in tests, which run it by hand.
   * @internal
   */
  static clock: ExitClock = {
    now: () => performance.now(),
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  };

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

  /**
   * Quick exit, on by default: a "Quick exit" button in every state, and Shift pressed three times.
   * `exit="off"` turns it off (please don't, see the docs); `exit="https://…"` sets where it goes
   * (as `exit-url`).
   * @attr exit
   */
  exit: boolean | string = true;

  /** Turns quick exit off, as `exit="off"` does. */
  noExit = false;

  /** Where quick exit goes (http or https only; default `https://www.google.com/`). */
  exitUrl?: string;

  /** The clock, for tests and stories: hours are computed for this moment instead of now. */
  now?: Date;

  /** The `tel:` of the helpline the visitor closed on this page view (in case storage is blocked). */
  private closedTel?: string;

  /** Validated attributes, computed when they change so that each problem warns once. */
  private countryCode?: string;
  private inlineNumber?: { number: string; tel: string };
  private exitTarget?: string;

  private timer?: ReturnType<typeof setTimeout>;
  /** Shift presses counted so far (shown as "1 of 3"), the time of the first, and the timer that resets them. */
  private shifts = 0;
  private firstShift = 0;
  private shiftTimer?: unknown;

  /** Quick exit is on: not `exit="off"` (or `false` from script) and no `no-exit`. */
  get exitOn(): boolean {
    return !this.noExit && this.exit !== false && !EXIT_OFF.test(String(this.exit).trim());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.tick();
    // Moved in the page (removed and inserted again), Lit does not render again: listen again here.
    this.updated();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.countShifts(0);
    this.updated(); // not connected any more: removes the Shift listener
  }

  /** The page-wide Shift listener exists only while an element with quick exit on is on the page. */
  protected override updated(): void {
    document[this.exitOn && this.isConnected ? 'addEventListener' : 'removeEventListener']('keydown', this.onKey, true);
  }

  /** Re-renders at the start of every minute so "Open now" turns to "Closed now" on time. */
  private tick(): void {
    this.timer = setTimeout(
      () => {
        this.requestUpdate();
        this.tick();
      },
      60_050 - (Date.now() % 60_000),
    );
  }

  /**
   * Shift three times within five seconds, as GOV.UK's "Exit this page": each press shows (and announces)
   * "1 of 3", "2 of 3", so the visitor knows it works; any other key starts again.
   */
  private onKey = (event: Event): void => {
    const { key, repeat } = event as KeyboardEvent;
    if (repeat) return;
    if (key !== 'Shift') return this.countShifts(0);
    const now = OmjHotlineBanner.clock.now();
    if (!this.shifts || now - this.firstShift > SHIFT_WINDOW) {
      this.firstShift = now;
      this.countShifts(1);
    } else this.countShifts(this.shifts + 1);
    if (this.shifts > 2) {
      this.countShifts(0);
      this.quickExit();
    }
  };

  /** Sets the Shift count; a count runs out five seconds after its first press. */
  private countShifts(count: number): void {
    const clock = OmjHotlineBanner.clock;
    this.shifts = count;
    clock.clearTimeout(this.shiftTimer);
    if (count) this.shiftTimer = clock.setTimeout(() => this.countShifts(0), this.firstShift + SHIFT_WINDOW - clock.now());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('country')) {
      const code = (this.countryCode = this.country?.trim().toUpperCase());
      // An assigned ISO 3166-1 code, by the feed's own list ("XX" is not one). A wrong code matches no helpline.
      if (code && !isCountryCode(code)) {
        warnField(TAG, 'attribute country', `"${this.country}" is not an ISO 3166-1 code`);
      }
    }
    if (changed.has('number')) {
      // The feed's own reader of `_omj.number` (`111`, `116 111`, `+996 312 61 12 11`): one rule for both.
      const number = this.number?.trim() ?? '';
      this.inlineNumber = number ? dialledNumber(number) : undefined;
      if (number && !this.inlineNumber) {
        warnField(
          TAG,
          'attribute number',
          /\d/.test(number)
            ? `"${this.number}" is not a number to dial (digits, spaces, dashes, a leading +)`
            : `"${this.number}" has no digits to dial`,
        );
      }
    }
    if (changed.has('exitUrl') || changed.has('exit')) {
      // `exit="https://…"` set the address before quick exit was on by default; `exit-url` wins over it.
      const exit = typeof this.exit === 'string' ? this.exit.trim() : '';
      const given = this.exitUrl ?? (exit && !EXIT_OFF.test(exit) && !/^(?:on|true|yes)$/i.test(exit) ? exit : undefined);
      this.exitTarget = given && safeUrl(given, 'link');
      if (given !== undefined && !this.exitTarget) {
        warnField(TAG, this.exitUrl === undefined ? 'attribute exit' : 'attribute exit-url', `"${given}" is not an http(s) URL`);
      }
    }
  }

  /** The feed's hotline for `country`, or the only one when no country is set. */
  private fromFeed(hotlines: readonly Hotline[]): Hotline | undefined {
    if (this.countryCode) return hotlines.find((hotline) => hotline.country === this.countryCode);
    // A wrong country's number is worse than none.
    if (hotlines.length > 1 && !this.inlineNumber)
      warnOnce(this, 'attribute country', `missing; the feed lists ${hotlines.length} helplines`);
    return hotlines.length === 1 ? hotlines[0] : undefined;
  }

  /** A `number` attribute is a helpline of its own: no feed needed (core shows the fallback content otherwise). */
  protected override hasInlineContent(): boolean {
    return !!this.number?.trim();
  }

  /**
   * With quick exit on, the banner shows the missing-feed state itself: core's state is a bare slot, and
   * Quick exit must stay on screen there too (a stripped `feed` attribute is exactly the page a child
   * may need to leave). Same content and the same warning as core otherwise.
   */
  protected override get feedMissing(): boolean {
    return !this.exitOn && super.feedMissing;
  }

  protected override render(): TemplateResult | typeof nothing {
    const state = this.feedState;
    const hotline = state.status === 'ready' ? this.fromFeed(state.feed.hotlines) : undefined;
    const tel = this.inlineNumber?.tel ?? hotline?.tel;
    if (!tel) {
      // The partner's fallback number (the element's content) is what matters: loading and errors stay
      // quiet. Quick exit is there in every state: a visitor may need it before the feed arrives.
      const missing = super.feedMissing;
      if (missing) {
        setTimeout(() => {
          if (this.isConnected && super.feedMissing)
            warnOnce(this, 'attribute feed', 'missing (removed by the page editor?); showing the fallback content');
        });
      }
      const status = missing
        ? nothing
        : state.status === 'loading'
          ? this.textContent!.trim()
            ? nothing
            : renderLoading()
          : state.status === 'error'
            ? renderError(state.error, () => this.feedController.retry(), true)
            : renderEmpty(msg('No helpline number is listed yet.'));
      return html`<slot></slot>${status}${this.exitOn ? html`<div class="actions">${this.renderExit()}</div>` : nothing}`;
    }
    if (this.closedTel === tel || closedThisVisit(tel)) return nothing;
    const id = hotline?.id;
    const number = this.inlineNumber?.number ?? hotline!.number;
    const own = this.name?.trim();
    const named: { text: string; lang?: string } | undefined = own
      ? { text: own }
      : hotline && pickTextWithLang(hotline.name, this.langTag);
    const label = msg('Child helpline');
    const name = named?.text ?? label;
    // The feed's description only when it is in the visitor's language; otherwise our own sentence.
    let description = pickTextWithLang(hotline?.description, this.langTag);
    if (description && ![this.uiLocale, primary(this.langTag)].includes(primary(description.lang))) description = undefined;
    const languages = hotline?.languages ?? [];
    // Buttons need no type="button": a shadow root holds no form.
    return html`<section class="banner" part="banner" aria-label=${label}><div>
        <p class="name omj-feed" part="name" dir="auto" lang=${named?.lang ?? nothing}>${name}</p>
        <p class="message omj-feed" part="message" dir="auto" lang=${description?.lang ?? nothing}>${description?.text ?? msg('Need to talk? Call.')}</p>
        <p class="meta">${
          this.free || hotline?.free ? html`<span class="badge" part="free-badge">${msg('Free call')}</span>` : nothing
        }${this.renderHours(hotline?.hours)}</p>
        ${
          languages.length
            ? html`<p class="languages" part="languages">${msg(str`Languages: ${languageList(languages, this.uiLocale)}`)}</p>`
            : nothing
        }
        ${state.status === 'ready' && state.stale ? renderStale(state.fetchedAt!, this.langTag) : nothing}
      </div><div class="actions">
        <a class="omj-button primary number" part="number" href=${tel} aria-label=${msg(str`${name}: call ${number}`)}
          @click=${() => emit(this, 'omj-hotline-call', { id, number, tel })}><svg aria-hidden="true" viewBox="0 0 24 24">
          <path d="M6 2 3 5c0 9 7 16 16 16l3-3-5-3-2 2c-3-1-5-3-6-6l2-2z"/></svg><bdi dir="ltr">${number}</bdi></a>${this.renderExit()}
      </div>${
        this.dismissible
          ? html`<button
            class="omj-button dismiss"
            part="dismiss"
            aria-label=${msg('Hide')}
            @click=${() => {
              closedThisVisit(tel, true);
              this.closedTel = tel;
              this.focusPastBanner();
              this.requestUpdate();
              emit(this, 'omj-dismiss', { id, number });
            }}
          >×</button>`
          : nothing
      }
    </section>`;
  }

  /** The Quick exit button, its description and the Shift count; nothing when quick exit is off. */
  private renderExit(): TemplateResult | typeof nothing {
    if (!this.exitOn) return nothing;
    const count = new Intl.NumberFormat(intlLocales(this.langTag)).format(this.shifts);
    return html`<button class="omj-button" part="exit" aria-describedby="exit-hint" @click=${() => this.quickExit()}>${msg('Quick exit')}</button>
      <span id="exit-hint" class="visually-hidden">${msg('Or press Shift three times. Your browser history is not erased.')}</span>
      <span class="exit-count" part="exit-count" role="status">${this.shifts ? msg(str`Shift: ${count} of 3`) : nothing}</span>`;
  }

  /**
   * Before the banner goes, focus moves to the next thing the visitor can reach with Tab after it (in
   * document order, past the banner's own content), else to the last one before it: never to `<body>`,
   * which would send a keyboard user back to the top of the page.
   */
  private focusPastBanner(): void {
    const root = this.getRootNode() as Document | ShadowRoot;
    const candidates = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => !this.contains(el) && el.tabIndex >= 0 && el.checkVisibility?.({ visibilityProperty: true } as never) !== false,
    );
    const after = candidates.filter((el) => this.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    const before = candidates.filter((el) => this.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING).reverse();
    for (const el of [...after, ...before]) {
      el.focus();
      if (root.activeElement === el) return;
    }
  }

  private renderHours(hours: OpeningHours | undefined): TemplateResult | typeof nothing {
    const now = this.now ?? new Date();
    const status = hours && hoursStatus(hours, now);
    if (!status) return nothing;
    const { open, next } = status;
    let detail = '';
    let time = '';
    let zone: string | undefined;
    if (next) {
      ({ time, zone } = formatTime(next, this.langTag, hours!.timeZone));
      if (!open) detail = msg(str`opens ${dayName(status.inDays!, status.weekday!, next, hours!.timeZone, this.uiLocale)} at ${time}`);
      else if (next.getTime() - now.getTime() <= 86_400_000) {
        // Kyrgyz puts "until" as a case suffix on the number itself ("18:00гө чейин"), so it belongs to the time.
        if (this.uiLocale === 'ky') time += kyrgyzDative(time);
        detail = msg(str`until ${time}`);
      }
    }
    const state = open ? 'open' : 'closed';
    // The time as its own unbreakable piece of the sentence, wherever the language puts it.
    const at = detail ? detail.indexOf(time) : -1;
    return html`<span part="hours"><span class="state ${state}" part="open-status ${state}">${
      status.always ? msg('Open 24/7') : open ? msg('Open now') : msg('Closed now')
    }</span>${
      detail
        ? html` · ${at < 0 ? detail : html`${detail.slice(0, at)}<span class="time" part="time">${time}</span>${detail.slice(at + time.length)}`}${zone ? ` (${zone})` : ''}`
        : nothing
    }</span>`;
  }

  /**
   * Leaves the page at once for the exit address, unless an `omj-quick-exit` listener cancels it. The page
   * is blanked first: the next page may take seconds to arrive on a slow phone, and what was on screen
   * must not stay readable meanwhile. `location.replace` keeps it out of Back.
   */
  quickExit(): void {
    const link = this.querySelector(':scope > a[slot="exit"]')?.getAttribute('href');
    const url = this.exitTarget || (link && safeUrl(link, 'link')) || DEFAULT_EXIT_URL;
    if (!emit(this, 'omj-quick-exit', { url }, { cancelable: true })) return;
    document.documentElement.style.setProperty('display', 'none', 'important');
    OmjHotlineBanner.navigate(url);
  }
}
