/**
 * The OMJ feed: JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with `_omj` extension objects.
 *
 * Two layers of types live here:
 * - `Raw*`: what a feed file may contain (everything optional / unknown, because input is untrusted);
 * - the normalized model (`Film`, `NewsItem`, `Contact`, `Hotline`, `ParsedFeed`) that the parser returns
 *   and every widget reads. Normalized values are already validated: URLs passed the allowlist, country
 *   codes are upper-case ISO 3166-1 alpha-2, dates are `Date`s, withdrawn films are gone.
 *
 * The wire format is documented in docs/feed.md and packages/feed/schema/omj-feed.schema.json.
 */

/** UI languages we ship catalogs for. Feed text may carry any BCP 47 tag. */
export type UiLocale = 'en' | 'ru' | 'ky';

/**
 * Text in several languages. On the wire either a plain string (one language: the item's or feed's
 * `language`) or an object keyed by BCP 47 tag: `{ "en": "...", "ru": "...", "ky": "..." }`.
 * Normalized: always an object with at least one entry; `pickText()` chooses with a fallback.
 */
export type LocalizedText = Readonly<Record<string, string>>;

/** A problem found while parsing: `path` is a JSON path into the input (`items[3]._omj.country`). */
export interface FeedProblem {
  readonly path: string;
  readonly reason: string;
  /** `error`: the item (or the feed) was dropped; `warning`: the item was kept without the bad part. */
  readonly severity: 'error' | 'warning';
}

/** `PATH: reason`, the one format every report (console, CLI, tests) uses. */
export function formatProblem(problem: FeedProblem): string {
  return `${problem.path}: ${problem.reason}`;
}

export interface Image {
  /** Allowlisted http(s) URL. */
  readonly url: string;
  readonly width: number;
  readonly height: number;
  /** Alternative text; empty means decorative. */
  readonly alt?: LocalizedText;
}

export type VideoSource =
  | { readonly provider: 'youtube'; readonly id: string }
  | { readonly provider: 'vimeo'; readonly id: string }
  | {
      readonly provider: 'file';
      readonly sources: readonly { readonly url: string; readonly type: 'video/mp4' | 'video/webm' }[];
      readonly tracks: readonly CaptionTrack[];
    };

export interface CaptionTrack {
  /** Allowlisted http(s) URL of a WebVTT file. */
  readonly url: string;
  /** BCP 47 language of the captions. */
  readonly lang: string;
  readonly label?: string;
  readonly kind: 'captions' | 'subtitles';
}

export interface Film {
  readonly kind: 'film';
  readonly id: string;
  readonly title: LocalizedText;
  readonly summary?: LocalizedText;
  /** ISO 3166-1 alpha-2, upper case. */
  readonly country: string;
  /** Topic keys; labels are in `ParsedFeed.topics`. */
  readonly topics: readonly string[];
  readonly year?: number;
  /** Seconds. */
  readonly duration?: number;
  readonly poster?: Image;
  readonly video: VideoSource;
  readonly transcript?: LocalizedText;
  /** The film's own page (allowlisted http(s)). */
  readonly url?: string;
  readonly datePublished?: Date;
  /** Free text such as "Bishkek 2012". */
  readonly workshop?: string;
}

export interface NewsItem {
  readonly kind: 'news';
  readonly id: string;
  /** Title as given; when the feed gave none, derived from the text. Never HTML. */
  readonly title: string;
  /** Allowlisted http(s) link, absent when missing or unsafe. */
  readonly url?: string;
  readonly summary?: string;
  readonly datePublished?: Date;
  readonly dateModified?: Date;
  /** Read by the strict parser (`omj-feed validate`) only: no widget shows it, so the browser leaves it out. */
  readonly image?: string;
  /** BCP 47 language of this item (item `language`, else the feed's). */
  readonly language?: string;
  /** Strict parser only (see `image`). */
  readonly tags?: readonly string[];
  /** Name of the feed the item came from (feed `title`), for merged tickers. */
  readonly source?: string;
  /** Strict parser only (see `image`). */
  readonly authors?: readonly { readonly name?: string; readonly url?: string }[];
}

export interface Phone {
  /** E.164 without the extension: `+996312611211`. */
  readonly number: string;
  /** Digits only: `143`. */
  readonly ext?: string;
  /** `tel:` URI, RFC 3966 style: `tel:+996312611211;ext=143`. */
  readonly tel: string;
  readonly label?: LocalizedText;
}

export interface Contact {
  readonly kind: 'contact';
  readonly id: string;
  readonly name: LocalizedText;
  readonly role?: LocalizedText;
  readonly organization?: LocalizedText;
  /** Groups contacts of one organization (`contacts-of="unicef-kg"`). */
  readonly organizationId?: string;
  readonly phones: readonly Phone[];
  readonly mobile?: Phone;
  readonly email?: string;
  readonly url?: string;
}

/** Weekly opening hours in the hotline's own time zone. */
export interface OpeningHours {
  /** IANA time zone, e.g. `Asia/Bishkek`. */
  readonly timeZone: string;
  /** True when open around the clock; `periods` is then empty. */
  readonly always: boolean;
  /** Days use ISO numbering: 1 = Monday … 7 = Sunday. Times `HH:MM`, `to` may be `24:00`. */
  readonly periods: readonly { readonly days: readonly number[]; readonly from: string; readonly to: string }[];
}

export interface Hotline {
  readonly kind: 'hotline';
  readonly id: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly name: LocalizedText;
  /** As dialled locally, digits and spaces, e.g. `111` or `+996 312 61 12 11`. */
  readonly number: string;
  /** `tel:` URI. */
  readonly tel: string;
  readonly hours?: OpeningHours;
  readonly free: boolean;
  /** BCP 47 tags of languages spoken on the line (the hotline banner's "Languages:" line). */
  readonly languages?: readonly string[];
  readonly url?: string;
  readonly description?: LocalizedText;
}

export interface Topic {
  readonly key: string;
  readonly label: LocalizedText;
}

export interface ParsedFeed {
  readonly version: string;
  readonly title: string;
  readonly language?: string;
  /** Strict parser only: no widget links the feed's home page, so the browser leaves it out. */
  readonly homePageUrl?: string;
  readonly nextUrl?: string;
  readonly films: readonly Film[];
  readonly news: readonly NewsItem[];
  readonly contacts: readonly Contact[];
  readonly hotlines: readonly Hotline[];
  /** Topic vocabulary from `_omj.topics`, in feed order. */
  readonly topics: readonly Topic[];
  /** Per-locale country-name overrides from `_omj.country_names`: `{ ru: { KG: "Кыргызстан" } }`. */
  readonly countryNames: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Everything dropped or trimmed, in input order. Empty for a clean feed. */
  readonly problems: readonly FeedProblem[];
  /**
   * Consent: ids of films withdrawn (`_omj.withdrawn: true`) in this feed, or, for a feed made by
   * `mergeFeeds` or a page handed out by `FeedPager`, in ANY merged feed or any page loaded so far.
   * Withdrawal belongs to the film id across the whole archive: a film with one of these ids is never
   * shown, whichever page or feed lists it, before or after the withdrawal. `films` here is already
   * without them; whoever combines films from several results by other means (the grid's own index, a
   * worker) must drop every film whose id is in the union of these sets. Absent: none withdrawn (feeds
   * built by hand in tests and stories).
   */
  readonly withdrawnIds?: ReadonlySet<string>;
}

/** The outcome of parsing: a usable feed (possibly with problems) or a reason the whole input is unusable. */
export type ParseResult =
  { readonly ok: true; readonly feed: ParsedFeed } | { readonly ok: false; readonly problems: readonly FeedProblem[] };

/** Typed failure of the loader. `kind` drives the localized message a widget shows. */
export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'not-json' | 'not-a-feed' | 'aborted';

export class FeedError extends Error {
  // Declared only: the constructor sets them all at once (and `cause` when given).
  declare readonly kind: FeedErrorKind;
  declare readonly url: string;
  /** HTTP status for `kind === 'http'`. */
  declare readonly status?: number;
  /** For `not-a-feed`: why the feed is unusable. */
  declare readonly problems: readonly FeedProblem[];

  constructor(
    kind: FeedErrorKind,
    url: string,
    message: string,
    options: { status?: number; problems?: readonly FeedProblem[]; cause?: unknown } = {},
  ) {
    super(message);
    Object.assign(this, { name: 'FeedError', kind, url, problems: [], ...options });
  }
}

/** What the loader hands a widget. */
export interface LoadedFeed {
  readonly feed: ParsedFeed;
  /** True when the network failed and this is the last good copy from storage. */
  readonly stale: boolean;
  /** When the shown copy was fetched. */
  readonly fetchedAt: Date;
  /** Set when `stale`: why fresh data could not be had. */
  readonly error?: FeedError;
}
