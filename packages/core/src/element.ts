import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { baseStyles } from './theme.js';
import { FeedController } from './feed-controller.js';
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('data') && this.data !== undefined) this.feedController.setData(this.data);
    else if (changed.has('feed') && this.data === undefined) this.feedController.setSource(this.feed);
  }

  /** Renders with `msg()` answering in this element's language. */
  protected override update(changed: PropertyValues<this>): void {
    withLocale(this.uiLocale, () => super.update(changed));
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
