// The broken-feed corpus: exact report lines and surviving ids for every case in ../corpus/cases.ts.
import { expect } from '@open-wc/testing';
import type { ParsedFeed } from '@omj/feed';
import { parseFeed } from '../../src/strict/index.js';
import { reportLine } from '../../../feed-cli/src/report.js';
import { BROKEN, ODD_INPUTS, type CorpusCase } from '../corpus/cases.js';

async function inputOf(c: CorpusCase): Promise<unknown> {
  if (c.file !== undefined) {
    const response = await fetch(new URL(`../corpus/${c.file}`, import.meta.url).href);
    return response.text();
  }
  return c.build !== undefined ? c.build() : c.input;
}

export function keptIds(feed: ParsedFeed): string[] {
  return [...feed.films, ...feed.news, ...feed.contacts, ...feed.hotlines].map((item) => item.id);
}

describe('broken-feed corpus', () => {
  it('has at least 30 broken feeds, each with expected lines', () => {
    const broken = BROKEN.filter((c) => c.lines.length > 0);
    expect(broken.length).to.be.at.least(30);
    expect(new Set(BROKEN.map((c) => c.name)).size).to.equal(BROKEN.length);
  });

  for (const c of BROKEN) {
    it(c.name, async () => {
      const input = await inputOf(c);
      const result = parseFeed(input, c.baseUrl === undefined ? {} : { baseUrl: c.baseUrl });
      const problems = result.ok ? result.feed.problems : result.problems;
      expect(problems.map(reportLine)).to.deep.equal(c.lines);
      expect(result.ok).to.equal(c.ok);
      if (result.ok) {
        if (c.ids !== undefined) expect(keptIds(result.feed)).to.deep.equal(c.ids);
        if (c.count !== undefined) expect(keptIds(result.feed).length).to.equal(c.count);
      } else {
        // An unusable feed reports only errors.
        expect(problems.every((p) => p.severity === 'error')).to.equal(true);
      }
    });
  }
});

describe('parseFeed never throws', () => {
  ODD_INPUTS.forEach(({ input, kept }, i) => {
    it(`survives odd input #${i} with its real outcome (${kept === null ? 'unusable' : `kept: ${kept.join(', ') || 'none'}`})`, () => {
      const result = parseFeed(input);
      expect(result.ok ? keptIds(result.feed) : null).to.deep.equal(kept);
      // Handled on purpose, not by the catch-all.
      const problems = result.ok ? result.feed.problems : result.problems;
      expect(problems.map(reportLine).filter((line) => /unreadable|could not be read/.test(line))).to.deep.equal([]);
    });
  });

  it('reports a throwing getter as an unusable feed at $', () => {
    const result = parseFeed({
      get version(): string {
        throw new Error('boom');
      },
    });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.problems.map(reportLine)).to.deep.equal(['$: could not be read (boom)']);
  });
});
