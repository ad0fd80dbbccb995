// An RSS 2.0/1.0 or Atom 1.0 feed as JSON Feed news items, read by the same code as in the browser
// (xmlToJsonFeed from @omj/feed) on a DOM from @xmldom/xmldom, then through the browser's parser: what the
// ticker would show is what gets written, as plain text.
import { DOMParser } from '@xmldom/xmldom';
import { parseFeed, safeUrl, xmlToJsonFeed } from '@omj/feed';
import type { Problem } from './problems.js';

export interface XmlFeed {
  readonly title: string;
  readonly homePageUrl?: string;
  readonly language?: string;
  readonly items: Record<string, unknown>[];
}

/** Item numbers in reports count from 1, as a person counts the items of a feed. */
const itemLabel = (path: string): { row?: string; column?: string } => {
  const match = /^items\[(\d+)\](?:\.(.+))?$/.exec(path);
  return match ? { row: `item ${Number(match[1]) + 1}`, column: match[2] } : { column: path };
};

export function readXml(text: string, file: string, url: string | undefined, problems: Problem[]): XmlFeed | undefined {
  const errors: string[] = [];
  const record = (message: string): void => {
    errors.push(message.replace(/\s+/g, ' ').trim());
  };
  let doc: Document | undefined;
  try {
    doc = new DOMParser({ onError: (level, message) => (level === 'warning' ? undefined : record(message)) }).parseFromString(
      text,
      'application/xml',
    ) as unknown as Document;
  } catch (error) {
    record(error instanceof Error ? error.message : String(error));
  }
  const raw = errors.length === 0 && doc ? xmlToJsonFeed(doc, url) : undefined;
  if (raw === undefined) {
    problems.push({ file, reason: errors.length > 0 ? `not well-formed XML (${errors[0]})` : 'not an RSS 2.0 or Atom 1.0 feed' });
    return undefined;
  }
  const result = parseFeed(raw, { baseUrl: url });
  if (!result.ok) {
    for (const problem of result.problems) problems.push({ file, ...itemLabel(problem.path), reason: problem.reason });
    return undefined;
  }
  for (const problem of result.feed.problems) {
    problems.push({ file, ...itemLabel(problem.path), reason: problem.reason, warning: problem.severity === 'warning' });
  }
  const rawItems = raw.items as Record<string, unknown>[];
  const byId = new Map(rawItems.map((item) => [item.id, item]));
  return {
    title: result.feed.title,
    homePageUrl: safeUrl(raw.home_page_url, 'link', url),
    language: result.feed.language,
    items: result.feed.news.map((news) => {
      const original = byId.get(news.id)!;
      return {
        id: news.id,
        title: news.title,
        content_text: news.summary ?? news.title,
        summary: news.summary,
        url: news.url,
        // As written (converted from RFC 822), when the parser accepted it.
        date_published: news.datePublished && original.date_published,
        date_modified: news.dateModified && original.date_modified,
        language: news.language,
        authors: original.authors,
      };
    }),
  };
}
