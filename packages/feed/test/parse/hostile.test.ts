// The hostile corpus (../corpus/hostile.mjs) through BOTH readers: the browser's parser and the CLI's strict
// one must agree on every case (same items kept, same titles), and each outcome is asserted: kept, dropped,
// shortened, no script, no unsafe URL, nothing handled by the catch-all. Main-thread time is not asserted
// here (no wall clock in tests): `npm run bench:hostile` reports it per case.
import { expect } from '@open-wc/testing';
import { parseFeed, type ParsedFeed, type ParseResult } from '@omj/feed';
import { parseFeed as parseStrict } from '../../src/strict/index.js';
import { HOSTILE } from '../corpus/hostile.mjs';

function keptIds(result: ParseResult): string[] | null {
  if (!result.ok) return null;
  const { films, news, contacts, hotlines } = result.feed;
  return [...films, ...news, ...contacts, ...hotlines].map((item) => item.id);
}

function titleOf(feed: ParsedFeed, id: string): string | undefined {
  const film = feed.films.find((item) => item.id === id);
  if (film !== undefined) return film.title.en ?? Object.values(film.title)[0];
  return feed.news.find((item) => item.id === id)?.title;
}

const MARKUP = /<\s*\/?\s*(script|img|svg|iframe|object|a|style|p)\b/i;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

/** Every string of the model (walked with a stack: the model is small, but no recursion on principle). */
function strings(feed: ParsedFeed): [key: string, value: string][] {
  const out: [string, string][] = [];
  const stack: [string, unknown][] = [['feed', feed]];
  while (stack.length > 0) {
    const [key, value] = stack.pop()!;
    if (typeof value === 'string') out.push([key, value]);
    else if (value instanceof Set) for (const entry of value) stack.push([key, entry]);
    else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
      for (const [k, v] of Object.entries(value)) stack.push([Array.isArray(value) ? key : k, v]);
    }
  }
  return out;
}

function assertSafe(feed: ParsedFeed, reader: string): void {
  for (const [key, value] of strings(feed)) {
    expect(value, `${reader} ${key}`).not.to.match(MARKUP);
    expect(value, `${reader} ${key}: a bidi control`).not.to.match(BIDI);
    expect(value.length, `${reader} ${key}: length`).to.be.at.most(20000);
    if (key === 'url' || key === 'nextUrl') expect(value, `${reader} ${key}`).to.match(/^https?:\/\/[^\s]/);
    if (key === 'tel') expect(value, `${reader} ${key}`).to.match(/^tel:\+?\d/);
  }
}

describe('hostile corpus: both readers agree and hold', () => {
  for (const c of HOSTILE) {
    it(c.name, function (this: Mocha.Context) {
      this.timeout(20000); // megabytes of input on a shared machine; a quadratic step would take minutes
      const text = c.build();
      const options = c.baseUrl === undefined ? {} : { baseUrl: c.baseUrl };
      const results: [string, ParseResult][] = [
        ['browser', parseFeed(text, options)],
        ['CLI', parseStrict(text, options)],
      ];
      for (const [reader, result] of results) {
        expect(keptIds(result), `${reader}: kept`).to.deep.equal(c.kept);
        const problems = result.ok ? result.feed.problems : result.problems;
        expect(
          problems.filter((p) => /unreadable|could not be read/.test(p.reason)),
          `${reader}: the catch-all`,
        ).to.deep.equal([]);
        if (!result.ok) continue;
        assertSafe(result.feed, reader);
        for (const [id, expected] of Object.entries(c.titles ?? {})) {
          const title = titleOf(result.feed, id);
          if (typeof expected === 'string') expect(title, `${reader}: title of ${id}`).to.equal(expected);
          else expect(title?.length, `${reader}: title length of ${id}`).to.equal(expected.length);
        }
      }
    });
  }

  it('shortens long titles and caps topics the same way in both, with a warning naming the field', () => {
    const text = HOSTILE.find((c) => c.name.startsWith('a 64 KB'))!.build();
    const lean = parseFeed(text);
    const strict = parseStrict(text);
    expect(lean.ok && lean.feed.films[0]!.title).to.deep.equal(strict.ok && strict.feed.films[0]!.title);
    expect(lean.ok && lean.feed.problems.map((p) => `${p.path}: ${p.reason}`)).to.include('items[0]._omj.title.en: too long');
    const topics = HOSTILE.find((c) => c.name.startsWith('40,000'))!.build();
    for (const result of [parseFeed(topics), parseStrict(topics)]) {
      expect(result.ok && result.feed.films[0]!.topics).to.deep.equal(['t0', 't1', 't2']);
      expect(result.ok && result.feed.problems.some((p) => p.path === 'items[0]._omj.topics')).to.equal(true);
    }
  });

  it('resolves the relative poster of a feed behind a byte order mark, in both', () => {
    const c = HOSTILE.find((item) => item.name.startsWith('a byte order mark'))!;
    for (const result of [parseFeed(c.build(), { baseUrl: c.baseUrl }), parseStrict(c.build(), { baseUrl: c.baseUrl })]) {
      expect(result.ok && result.feed.films[0]!.poster?.url).to.equal('https://partner.example.org/omj/posters/bom.jpg');
    }
  });
});
