import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { pickTextWithLang, safeUrl, type Hotline, type OpeningHours } from '@omj/feed';
import {
  OmjElement,
  emit,
  registerCatalogs,
  renderEmpty,
  renderError,
  renderLoading,
  renderStale,
  warnField,
} from '@omj/core';
import { templates as ru } from './generated/locales/ru.js';
import { templates as ky } from './generated/locales/ky.js';
import { hoursStatus } from './hours.js';
import { dayName, formatTime, languageList } from './intl.js';
import { listenForTripleShift } from './quick-exit.js';
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
const STORAGE_PREFIX = 'omj-hotline-dismissed:';

/** What the banner shows: a feed entry completed or overridden by the inline attributes. */
interface Shown {
  readonly id?: string;
  readonly name?: { text: string; lang?: string };
  readonly number: string;
  readonly tel: string;
  readonly free: boolean;
  readonly hours?: OpeningHours;
  readonly languages: readonly string[];
  readonly description?: { text: string; lang: string };
}

function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  try {
    return new Intl.DisplayNames('en', { type: 'region', fallback: 'none' }).of(code) !== undefined;
  } catch {
    return false;
  }
}

/** `tel:` URI for a number typed by a partner: digits, with a leading `+` kept. */
function telFor(number: string): string | undefined {
  const digits = number.replace(/\D/g, '');
  if (digits === '') return undefined;
  return safeUrl(`tel:${number.trim().startsWith('+') ? '+' : ''}${digits}`, 'phone');
}

function dismissedKey(tel: string): string {
  return STORAGE_PREFIX + tel;
}

function readDismissed(tel: string): boolean {
  try {
    return sessionStorage.getItem(dismissedKey(tel)) === '1';
  } catch {
    return false;
  }
}

/**
 * A banner with a child helpline's number, ready to call: click-to-call, opening hours in the
 * helpline's own time zone ("Open now" / "Closed now · opens Monday at 09:00"), a "Free call" badge,
 * the languages spoken, and optionally a close button and a quick-exit button.
 *
 * The helpline comes from the feed (`feed="URL"` or the `data` property) by `country`, or inline from
 * the `number` and `name` attributes; inline attributes override or complete the feed's entry. Whatever
 * the partner writes inside the element (a plain `<a href="tel:…">`) shows before the script runs, and
 * while the feed loads or fails.
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
 * @csspart message - The sentence under the name (the feed's description, or ours); also the
 *   "no helpline" and "wrong country code" messages.
 * @csspart number - The click-to-call link.
 * @csspart hours - The opening-hours line.
 * @csspart open-status - "Open now" / "Closed now" (with `open` or `closed`).
 * @csspart open - `open-status` while open.
 * @csspart closed - `open-status` while closed.
 * @csspart free-badge - The "Free call" badge.
 * @csspart languages - The languages spoken.
 * @csspart dismiss - The close button.
 * @csspart exit - The quick-exit button.
 * @csspart status - Core state boxes (loading, error, empty); with `loading` / `error` / `empty`.
 * @csspart stale - The "saved copy" note.
 *
 * @cssprop [--omj-hotline-bg=var(--omj-color-surface)] - Banner background.
 * @cssprop [--omj-hotline-text=var(--omj-color-text)] - Banner text colour.
 * @cssprop [--omj-hotline-accent=var(--omj-color-accent)] - Number button and banner edge.
 * @cssprop [--omj-hotline-accent-text=var(--omj-color-accent-text)] - Text on the number button.
 * @cssprop [--omj-hotline-z-index=10] - Stacking order of a sticky banner.
 */
export class OmjHotlineBanner extends OmjElement {
  static override styles = [...OmjElement.styles, styles];

  /**
   * How quick exit leaves the page. Replaceable in tests so they do not leave the test page.
   * @internal
   */
  static navigate: (url: string) => void = (url) => location.replace(url);

  /** ISO 3166-1 alpha-2 code of the country whose helpline to show (from the feed). */
  @property() country?: string;

  /** The number to dial, given inline (overrides the feed's), e.g. `111` or `+996 312 61 12 11`. */
  @property() number?: string;

  /** The helpline's name, given inline (overrides the feed's). */
  @property() name?: string;

  /** The call is free (adds the "Free call" badge). The feed's `free` counts too. */
  @property({ type: Boolean }) free = false;

  /** Shows a close button; a closed banner stays closed for the rest of the visit (this tab). */
  @property({ type: Boolean }) dismissible = false;

  /** `top` or `bottom`: the banner sticks to that edge of the screen while the page scrolls. */
  @property({ reflect: true }) sticky?: 'top' | 'bottom';

  /** Shows a "Quick exit" button and listens for Shift pressed three times. */
  @property({ type: Boolean }) exit = false;

  /** Where quick exit goes (http or https only). */
  @property({ attribute: 'exit-url' }) exitUrl?: string;

  /** The clock, for tests and stories: hours are computed for this moment instead of now. */
  @property({ attribute: false }) now?: Date;

  /** The `tel:` of the helpline the visitor closed on this page view (storage may be blocked). */
  @state() private dismissedTel?: string;

  /** Validated inline values (computed when the attributes change, so each problem warns once). */
  private countryCode?: string;
  private countryInvalid = false;
  private inlineTel?: string;
  private exitTarget = DEFAULT_EXIT_URL;
  private warnedNoCountry = false;

  private timer?: ReturnType<typeof setTimeout>;
  private stopShortcut?: () => void;
  private readonly hintId = 'exit-hint';

  override connectedCallback(): void {
    super.connectedCallback();
    this.tick();
    this.syncShortcut();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.timer = undefined;
    this.syncShortcut();
  }

  /** Re-renders at the start of every minute so "Open now" turns to "Closed now" on time. */
  private tick(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.requestUpdate();
      this.tick();
    }, 60_000 - (Date.now() % 60_000) + 50);
  }

  private syncShortcut(): void {
    const wanted = this.exit && this.isConnected;
    if (wanted && this.stopShortcut === undefined) this.stopShortcut = listenForTripleShift(() => this.quickExit());
    if (!wanted && this.stopShortcut !== undefined) {
      this.stopShortcut();
      this.stopShortcut = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('country')) {
      const code = this.country?.trim().toUpperCase() ?? '';
      this.countryInvalid = code !== '' && !isCountryCode(code);
      this.countryCode = code === '' || this.countryInvalid ? undefined : code;
      if (this.countryInvalid) warnField(TAG, 'attribute country', `"${this.country}" is not an ISO 3166-1 code`);
    }
    if (changed.has('number')) {
      const number = this.number?.trim() ?? '';
      this.inlineTel = number === '' ? undefined : telFor(number);
      if (number !== '' && this.inlineTel === undefined) warnField(TAG, 'attribute number', `"${this.number}" has no digits to dial`);
    }
    if (changed.has('exitUrl')) {
      const url = this.exitUrl === undefined ? undefined : safeUrl(this.exitUrl, 'link');
      if (this.exitUrl !== undefined && url === undefined) {
        warnField(TAG, 'attribute exit-url', `"${this.exitUrl}" is not an http(s) URL; using ${DEFAULT_EXIT_URL}`);
      }
      this.exitTarget = url ?? DEFAULT_EXIT_URL;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('exit')) this.syncShortcut();
  }

  /** The feed's hotline for `country` (or the only one when no country is set). */
  private fromFeed(hotlines: readonly Hotline[]): Hotline | undefined {
    if (this.countryCode !== undefined) return hotlines.find((hotline) => hotline.country === this.countryCode);
    if (hotlines.length > 1 && this.inlineTel === undefined) {
      if (!this.warnedNoCountry) warnField(TAG, 'attribute country', `missing; the feed lists ${hotlines.length} helplines, so none is chosen`);
      this.warnedNoCountry = true;
      return undefined;
    }
    return hotlines.length === 1 ? hotlines[0] : undefined;
  }

  private shown(hotline: Hotline | undefined): Shown | undefined {
    const inlineName = this.name?.trim();
    const name = inlineName
      ? { text: inlineName }
      : hotline === undefined
        ? undefined
        : pickTextWithLang(hotline.name, this.langTag);
    if (this.inlineTel !== undefined) {
      return {
        id: hotline?.id,
        name,
        number: this.number!.trim(),
        tel: this.inlineTel,
        free: this.free || (hotline?.free ?? false),
        hours: hotline?.hours,
        languages: hotline?.languages ?? [],
        description: this.description(hotline),
      };
    }
    if (hotline === undefined) return undefined;
    return {
      id: hotline.id,
      name,
      number: hotline.number,
      tel: hotline.tel,
      free: this.free || hotline.free,
      hours: hotline.hours,
      languages: hotline.languages,
      description: this.description(hotline),
    };
  }

  /** The feed's description when it is in the visitor's language; otherwise our own sentence is shown. */
  private description(hotline: Hotline | undefined): Shown['description'] {
    const text = pickTextWithLang(hotline?.description, this.langTag);
    const lang = text?.lang.split('-')[0]!.toLowerCase();
    return lang === this.uiLocale || lang === this.langTag.split('-')[0]!.toLowerCase() ? text : undefined;
  }

  protected override render(): TemplateResult | typeof nothing {
    const slot = html`<slot></slot>`;
    if (this.countryInvalid) {
      return html`<p class="message problem" part="message">${msg('The helpline cannot be shown: the country code is wrong.')}</p>${slot}`;
    }
    const state = this.feedState;
    let hotline: Hotline | undefined;
    if (state.status === 'ready') hotline = this.fromFeed(state.feed.hotlines);
    else if (this.inlineTel === undefined) {
      if (state.status === 'loading') return this.hasFallback() ? slot : renderLoading();
      if (state.status === 'error') return html`${slot}${renderError(state.error, () => this.feedController.retry())}`;
    }
    const shown = this.shown(hotline);
    if (shown === undefined) {
      return html`${renderEmpty(
        state.status === 'ready'
          ? msg('No helpline is listed for this country yet.')
          : msg('No helpline number is set.'),
      )}${slot}`;
    }
    if (this.dismissedTel === shown.tel || readDismissed(shown.tel)) return nothing;
    return this.renderBanner(shown, state.status === 'ready' && state.stale ? state.fetchedAt : undefined);
  }

  /** True when the partner wrote a fallback inside the element. */
  private hasFallback(): boolean {
    return [...this.childNodes].some(
      (node) => node.nodeType === Node.ELEMENT_NODE || (node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== ''),
    );
  }

  private renderBanner(shown: Shown, staleSince: Date | undefined): TemplateResult {
    const name = shown.name?.text ?? msg('Child helpline');
    return html`<section class="banner" part="banner" aria-label=${msg('Child helpline')}>
      <div class="text">
        <p class="name" part="name" dir="auto" lang=${shown.name?.lang ?? nothing}>${name}</p>
        <p class="message" part="message" dir="auto" lang=${shown.description?.lang ?? nothing}>
          ${shown.description?.text ?? msg('Need to talk? Call the child helpline.')}
        </p>
        <p class="meta">
          ${shown.free ? html`<span class="badge" part="free-badge">${msg('Free call')}</span>` : nothing}
          ${this.renderHours(shown.hours)}
          ${shown.languages.length > 0
            ? html`<span class="languages" part="languages">${msg(str`Languages: ${languageList(shown.languages, this.uiLocale)}`)}</span>`
            : nothing}
        </p>
        ${staleSince === undefined ? nothing : renderStale(staleSince, this.langTag)}
      </div>
      <div class="actions">
        <a
          class="number"
          part="number"
          href=${shown.tel}
          aria-label=${msg(str`${name}: call ${shown.number}`)}
          @click=${() => emit(this, 'omj-hotline-call', { id: shown.id, number: shown.number, tel: shown.tel })}
          ><svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24">
            <path
              d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 0 1 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z"
            /></svg
          ><bdi dir="ltr">${shown.number}</bdi></a
        >
        ${this.exit
          ? html`<button type="button" class="omj-button exit" part="exit" aria-describedby=${this.hintId} @click=${() => this.quickExit()}>
                ${msg('Quick exit')}
              </button>
              <span id=${this.hintId} class="visually-hidden"
                >${msg('Leaves this page at once. Or press Shift three times. Your browser history is not erased.')}</span
              >`
          : nothing}
      </div>
      ${this.dismissible
        ? html`<button type="button" class="dismiss" part="dismiss" aria-label=${msg('Hide the helpline banner')} @click=${() => this.dismiss(shown)}>
            <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path d="M6 6l12 12M18 6L6 18" /></svg>
          </button>`
        : nothing}
    </section>`;
  }

  private renderHours(hours: OpeningHours | undefined): TemplateResult | typeof nothing {
    if (hours === undefined) return nothing;
    const now = this.now ?? new Date();
    const status = hoursStatus(hours, now);
    if (status === undefined) return nothing;
    let detail: string | undefined;
    if (status.next !== undefined) {
      const time = formatTime(status.next, this.langTag, hours.timeZone);
      if (!status.open) {
        const day = dayName(status.inDays!, status.next, hours.timeZone, this.uiLocale);
        detail = msg(str`opens ${day} at ${time}`);
      } else if (status.next.getTime() - now.getTime() <= 86_400_000) detail = msg(str`until ${time}`);
    }
    const state = status.open ? 'open' : 'closed';
    return html`<span class="hours" part="hours"
      ><span class="state ${state}" part="open-status ${state}"
        >${status.always ? msg('Open 24 hours, every day') : status.open ? msg('Open now') : msg('Closed now')}</span
      >${detail === undefined ? nothing : ` · ${detail}`}</span
    >`;
  }

  private dismiss(shown: Shown): void {
    try {
      sessionStorage.setItem(dismissedKey(shown.tel), '1');
    } catch {
      // Storage blocked (private mode, sandboxed frame): the banner still closes for this page view.
    }
    this.dismissedTel = shown.tel;
    emit(this, 'omj-dismiss', { id: shown.id, number: shown.number });
  }

  /** Leaves the page at once for the exit URL, unless an `omj-quick-exit` listener cancels it. */
  quickExit(): void {
    const url = this.exitTarget;
    if (emit(this, 'omj-quick-exit', { url }, { cancelable: true })) OmjHotlineBanner.navigate(url);
  }
}
