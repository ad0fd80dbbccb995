import { expect } from '@open-wc/testing';
import { mergeFeeds, parseFeed, type ParsedFeed } from '@omj/feed';
import { feed, film, news } from '../corpus/cases.js';

function parsed(input: unknown): ParsedFeed {
  const result = parseFeed(input);
  if (!result.ok) throw new Error('not a feed');
  return result.feed;
}

describe('mergeFeeds', () => {
  it('carries withdrawal archive-wide: an id withdrawn in any page or feed is gone from all, before or after', () => {
    const first = parsed(feed([film('f1'), film('f2')]));
    const second = parsed(feed([film('f1', { withdrawn: true }), film('f3', { withdrawn: true }), film('f4')]));
    const third = parsed(feed([film('f3'), film('f5')]));
    expect([...second.withdrawnIds!]).to.deep.equal(['f1', 'f3']);
    const merged = mergeFeeds([first, second, third])!;
    expect(merged.films.map((f) => f.id)).to.deep.equal(['f2', 'f4', 'f5']);
    expect([...merged.withdrawnIds!].sort()).to.deep.equal(['f1', 'f3']);
  });

  it('returns undefined for none and the feed itself for one', () => {
    const one = parsed(feed([news('a')]));
    expect(mergeFeeds([])).to.equal(undefined);
    expect(mergeFeeds([one])).to.equal(one);
  });

  it('keeps order, keeps a repeated id once (first wins), and merges vocabularies and problems', () => {
    const a = parsed(
      feed([film('f1', { title: 'First' }), news('n1'), news('n1b', { url: 'javascript:x' })], {
        next_url: 'https://example.org/2.json',
        _omj: { topics: { education: 'Education' }, country_names: { ru: { KG: 'Кыргызстан' } } },
      }),
    );
    const b = parsed(
      feed([film('f1', { title: 'Copy' }), film('f2'), news('n2')], {
        title: 'Second',
        _omj: { topics: { education: 'Schooling', disability: 'Disability' }, country_names: { ru: { KG: 'Киргизия', KZ: 'Казахстан' } } },
      }),
    );
    const merged = mergeFeeds([a, b])!;
    expect(merged.title).to.equal('Test feed');
    expect(merged.nextUrl).to.equal(undefined);
    expect(merged.films.map((f) => [f.id, f.title.en])).to.deep.equal([
      ['f1', 'First'],
      ['f2', 'Film f2'],
    ]);
    expect(merged.news.map((n) => [n.id, n.source])).to.deep.equal([
      ['n1', 'Test feed'],
      ['n1b', 'Test feed'],
      ['n2', 'Second'],
    ]);
    expect(merged.topics.map((t) => [t.key, t.label.en])).to.deep.equal([
      ['education', 'Schooling'],
      ['disability', 'Disability'],
    ]);
    expect(merged.countryNames).to.deep.equal({ ru: { KG: 'Кыргызстан', KZ: 'Казахстан' } });
    expect(merged.problems.map((p) => p.path)).to.deep.equal(['items[2].url']);
  });
});
