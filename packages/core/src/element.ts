import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { baseStyles } from './theme.js';
import { FeedController } from './feed-controller.js';
import { warnOnce } from './warn.js';
import { observeLang } from './locale/lang-observer.js';
import { resolveLang } from './locale/resolve.js';
import { withLocale } from './locale/catalog.js';
import type { UiLocale } from './locale/locales.js';

export type Theme = 'light' | 'dark' | 'auto';

/**
 * The one base class of every widget: language, theme, and the feed. Deliberately thin; behaviour that
 * only some widgets need lives in controllers.
 *
 * - Language: `lang` on the element, else the closest `[lang]`, else the document, else English; follows
 *   changes at run time. `msg()` inside `render()` answers in that language (see locale/catalog.ts).
 * - Theme: `theme="light" | "dark" | "auto"` and the `--omj-*` tokens (theme.ts).
 * - Feed: `feed="URL [URL…]"` loads through the shared loader; the `data` property takes a JSON Feed
 *   object directly. Both land in `this.feedState`.
 * - UI language marks: everything a widget renders sits in one wrapper (`part="ui"`, `display: contents`)
 *   whose `lang` is the catalog language actually used when it differs from the page's: English strings
 *   on a `lang="kk"` page are marked `lang="en"`, so a screen reader does not read them with Kazakh
 *   rules. Values formatted by `Intl` in a fallback language carry their own `lang` (status.ts `inLang`).
 * - Missing feed: no `feed`, no `data`, and nothing inline (`hasInlineContent()`) means an editor
 *   stripped the attribute: one console warning, and the partner's fallback content (the element's
 *   children) is shown instead of the widget's empty state.
 */
export abstract class OmjElement extends LitElement {
  static override styles = [baseStyles];

  // Static properties rather than decorators: decorators compile to a helper and a call per property in
  // every module, bytes every visitor downloads. Subclasses add theirs the same way; Lit merges them.
  static override properties: PropertyDeclarations = {
    feed: {},
    data: { attribute: false },
    theme: { reflect: true },
  };

  /**
   * One or more feed URLs, separated by spaces.
   * @attr feed
   */
  feed?: string;

  /** A JSON Feed object (or its text) given from script instead of a URL; parsed and checked the same way. */
  data?: unknown;

  /**
   * `light` (default), `dark`, or `auto` (follows the visitor's system setting).
   * @attr theme
   */
  theme?: Theme;

  /** The UI language this element renders in (set by refreshLang, which requests the update). */
  protected uiLocale: UiLocale = 'en';

  /** The full BCP 47 tag (`ru-KG`), for `Intl` formatters. */
  protected langTag = 'en';

  protected readonly feedController = new FeedController(this);

  private stopObservingLang?: () => void;

  /** Where Lit renders: the wrapper inside the shadow root that carries the UI's `lang`. */
  private ui?: HTMLElement;
  /** Shown instead of `ui` while the feed is missing (see hasInlineContent). */
  private fallback?: HTMLSlotElement;

  protected get feedState() {
    return this.feedController.state;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.refreshLang();
    this.stopObservingLang = observeLang(() => this.refreshLang());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObservingLang?.();
    this.stopObservingLang = undefined;
  }

  /**
   * Lit renders into a wrapper rather than straight into the shadow root, so that the wrapper can carry
   * the language of the UI strings (see updateUiLang): a shadow root has no `lang` of its own.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    const ui = (this.ui = document.createElement('div'));
    ui.className = 'omj-ui';
    ui.setAttribute('part', 'ui');
    root.appendChild(ui);
    return ui;
  }

  /**
   * True when the element has something to show without a feed (the hotline's `number`, the contact
   * card's `name`, the filter following a grid). Without that, a missing `feed` is a page mistake.
   */
  protected hasInlineContent(): boolean {
    return false;
  }

  /** No source at all: the `feed` attribute was stripped (a CMS editor) or never written. */
  protected get feedMissing(): boolean {
    return !this.feed?.trim() && this.data === undefined && !this.hasInlineContent();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('data') && this.data !== undefined) this.feedController.setData(this.data);
    else if (changed.has('feed') && this.data === undefined) this.feedController.setSource(this.feed);
  }

  /** Renders with `msg()` answering in this element's language. */
  protected override update(changed: PropertyValues<this>): void {
    withLocale(this.uiLocale, () => super.update(changed));
    this.updateUiLang();
    this.showFallbackIfMissing();
  }

  /** `lang` on the UI wrapper when the strings are not in the page's language (a `kk` page gets English). */
  private updateUiLang(): void {
    const pageLang = this.langTag.split(/[-_]/)[0]!.toLowerCase();
    if (this.uiLocale === pageLang) this.ui?.removeAttribute('lang');
    else this.ui?.setAttribute('lang', this.uiLocale);
  }

  /**
   * Swaps the rendered UI for a plain `<slot>` (the partner's fallback content) while the feed is missing,
   * and back when a feed or data arrives. Done here for every widget, so none shows its "nothing yet"
   * message on a page whose editor stripped the attribute. The warning waits one task: a script that
   * creates the element and then sets `data` or `feed` is not a missing feed.
   */
  private showFallbackIfMissing(): void {
    const ui = this.ui;
    if (ui === undefined) return;
    if (this.feedMissing) {
      this.fallback ??= document.createElement('slot');
      if (ui.parentNode !== null) ui.replaceWith(this.fallback);
      setTimeout(() => {
        if (this.isConnected && this.feedMissing) {
          warnOnce(this, 'attribute feed', 'missing (removed by the page editor?); showing the fallback content');
        }
      });
    } else if (this.fallback?.parentNode) {
      this.fallback.replaceWith(ui);
    }
  }

  /** For text made outside `render()` (announcements, copied text, titles): `this.localized(() => msg('…'))`. */
  protected localized<T>(fn: () => T): T {
    return withLocale(this.uiLocale, fn);
  }

  private refreshLang(): void {
    const { tag, locale } = resolveLang(this);
    if (tag === this.langTag && locale === this.uiLocale) return;
    this.langTag = tag;
    this.uiLocale = locale;
    this.requestUpdate();
  }
}
