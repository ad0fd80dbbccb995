/**
 * RSS 2.0 (and 1.0) and Atom 1.0 as a JSON Feed 1.1 object, for the same parser every JSON feed goes
 * through: so the URL allowlist, plain-text-only reading and per-item language are the JSON rules, not a
 * second copy of them. Works on any DOM `Document`: the browser's `DOMParser` (no XML library in the
 * bundle) and, in `omj-feed build`, @xmldom/xmldom. Only DOM Level 2 calls that both have are used
 * (`childNodes`, `localName`, `getAttribute`, `textContent`), hand-written because it ships to every
 * partner page that shows a ticker.
 *
 * What a news item needs is read: title, link, id, summary (RSS `description`, Atom `summary`/`content`),
 * dates (RSS `pubDate` as RFC 822, Atom and Dublin Core as RFC 3339), language (`xml:lang`, RSS
 * `<language>`, `dc:language`), authors. Relative links resolve against `xml:base`, then the feed's URL.
 * An item without a title or text is dropped by the parser, and a bad link or date left out, as in JSON.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = Record<string, any>;

const ATOM = 'http://www.w3.org/2005/Atom';
const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
/** RFC 822 zone names RSS feeds use (RFC 822 section 5.1). */
const ZONES: Record<string, string> = {
  GMT: 'Z',
  UT: 'Z',
  UTC: 'Z',
  Z: 'Z',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
};

/** Child elements named `name` (local name: `dc:language` and `language` alike). */
const kids = (parent: Element, name: string): Element[] =>
  Array.prototype.filter.call(parent.childNodes, (node: Element) => node.nodeType === 1 && node.localName === name) as Element[];

/** Trimmed text of the first child named `name`; `undefined` when absent or empty. */
const text = (parent: Element, name: string): string | undefined => kids(parent, name)[0]?.textContent?.trim() || undefined;

/** `value` resolved against `base`; as given when that fails (the parser then reports it). */
function resolve(value: string | null | undefined, base: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

/** The base URL inside `element`: its `xml:base` resolved against the one outside it. */
const baseOf = (element: Element, outer: string | undefined): string | undefined =>
  resolve(element.getAttribute('xml:base'), outer) ?? outer;

/** The first `link` that is the item's page: Atom `href` (rel absent or `alternate`) or RSS text. */
function link(parent: Element, base: string | undefined): string | undefined {
  for (const element of kids(parent, 'link')) {
    const rel = element.getAttribute('rel');
    const value = element.getAttribute('href') || element.textContent?.trim(); // xmldom answers '' for no attribute
    if ((!rel || rel === 'alternate') && value) return resolve(value, baseOf(element, base));
  }
  return undefined;
}

/** RFC 822 (`Fri, 20 Apr 2012 10:00:00 +0600`) as RFC 3339; anything else as given, for the parser to judge. */
export function rfc822(value: string | undefined): string | undefined {
  const match = value && /^(?:\w+,\s*)?(\d\d?)\s+(\w{3})\w*\s+(\d{4})\s+(\d\d?):(\d\d)(?::(\d\d))?\s*([+-]\d{4}|[a-z]+)?$/i.exec(value);
  if (!match) return value;
  const [, day, name, year, hour, minute, second = '00', zone = 'Z'] = match;
  const month = MONTHS.indexOf(name!.toLowerCase());
  const offset = /\d/.test(zone) ? `${zone.slice(0, 3)}:${zone.slice(3)}` : ZONES[zone.toUpperCase()];
  const pad = (part: string | number): string => String(part).padStart(2, '0');
  return month % 3 || !offset ? value : `${year}-${pad(month / 3 + 1)}-${pad(day!)}T${pad(hour!)}:${minute}:${second}${offset}`;
}

/**
 * The JSON Feed 1.1 object for an RSS or Atom document, or `undefined` when it is neither (an HTML page,
 * a parse error). `url` is where it was loaded from: the base for relative links.
 */
export function xmlToJsonFeed(doc: Document, url?: string): Raw | undefined {
  const root = doc.documentElement;
  if (!root || doc.getElementsByTagName('parsererror').length) return undefined;
  const atom = root.localName === 'feed' && root.namespaceURI === ATOM;
  const channel = atom ? root : kids(root, 'channel')[0];
  if (!channel || !(atom || root.localName === 'rss' || root.localName === 'RDF')) return undefined;
  const base = baseOf(root, url);
  const language = root.getAttribute('xml:lang') || text(channel, 'language');
  // RSS 1.0 keeps its items beside the channel, RSS 2.0 inside it.
  const entries = atom ? kids(root, 'entry') : kids(channel, 'item').concat(kids(root, 'item'));
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: text(channel, 'title') ?? '',
    home_page_url: link(channel, base),
    language,
    items: entries.map((entry) => {
      const itemBase = baseOf(entry, base);
      const page = link(entry, itemBase);
      const title = text(entry, 'title');
      const authors = kids(entry, atom ? 'author' : 'creator')
        .concat(atom ? [] : kids(entry, 'author'))
        .map((author) => ({ name: (atom ? text(author, 'name') : author.textContent?.trim()) || undefined }))
        .filter((author) => author.name);
      return {
        id: text(entry, atom ? 'id' : 'guid') ?? page ?? title,
        title,
        url: page,
        // HTML or text: the parser reads either as plain text (tags removed, entities decoded).
        summary: text(entry, atom ? 'summary' : 'description') ?? text(entry, atom ? 'content' : 'encoded'),
        date_published: rfc822(text(entry, atom ? 'published' : 'pubDate') ?? text(entry, 'date')),
        date_modified: text(entry, 'updated'),
        language: entry.getAttribute('xml:lang') || text(entry, 'language') || language,
        authors: authors.length ? authors : undefined,
      };
    }),
  };
}

type HtmlPolicy = { createHTML(text: string): string };
let policy: HtmlPolicy | undefined;

/**
 * XML text as a DOM. `parseFromString` is a Trusted Types sink, so on a page with
 * `require-trusted-types-for 'script'` a plain string throws: the text then goes through a policy named
 * `omj-widgets` (the name docs/security.md already asks partners to allow), created on first need. Passing
 * the text unchanged is safe here: an XML document made by DOMParser is inert (no script runs, nothing is
 * loaded) and only its text is read. Without the policy the feed is unreadable (reported as not JSON).
 */
function parseXml(body: string): Document | undefined {
  const parser = new DOMParser();
  try {
    return parser.parseFromString(body, 'application/xml');
  } catch {
    try {
      policy ??= (
        globalThis as unknown as { trustedTypes: { createPolicy(name: string, rules: HtmlPolicy): HtmlPolicy } }
      ).trustedTypes.createPolicy('omj-widgets', { createHTML: (text) => text });
      return parser.parseFromString(policy.createHTML(body), 'application/xml');
    } catch {
      return undefined;
    }
  }
}

/**
 * A feed body that is RSS or Atom, as a JSON Feed object; `undefined` for anything else (JSON, an HTML
 * error page), which then goes to the JSON parser as text. Detected by content, never by file name.
 */
export function readXmlFeed(body: string, url?: string): Raw | undefined {
  const doc = /^\s*</.test(body.replace(/^\ufeff/, '')) ? parseXml(body) : undefined;
  return doc && xmlToJsonFeed(doc, url);
}
