// The shared format layer and the rules decided once for both readers: own-key lookups by language tag,
// bidi controls, the withdrawn-id set through merged feeds.
import { expect } from '@open-wc/testing';
import { mergeFeeds, parseFeed, pickText, pickTextWithLang, type ParsedFeed } from '@omj/feed';
import { parseFeed as parseStrict } from '../../src/strict/index.js';
import { stripUnpairedBidi } from '../../src/plain-text.js';
import { feed, film } from '../corpus/cases.js';

function parsed(input: unknown): ParsedFeed {
  const result = parseFeed(input);
  if (!result.ok) throw new Error('unusable');
  return result.feed;
}

describe('own keys only in lookups by language tag', () => {
  for (const tag of ['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty']) {
    it(`a page in lang="${tag}" gets the film's own text, not Object's ${tag}`, () => {
      expect(pickText({ en: 'Film' }, tag)).to.equal('Film');
      expect(pickTextWithLang({ ru: 'Фильм' }, tag)).to.deep.equal({ text: 'Фильм', lang: 'ru' });
    });
  }
});

describe('unpaired bidi controls', () => {
  it('removes an override left open, keeps paired ones and plain text', () => {
    expect(stripUnpairedBidi('Kyrgyzstan\u202e')).to.equal('Kyrgyzstan');
    expect(stripUnpairedBidi('\u2067Osh')).to.equal('Osh');
    expect(stripUnpairedBidi('a\u202cb\u2069c')).to.equal('abc');
    expect(stripUnpairedBidi('x \u2067שלום\u2069 y')).to.equal('x \u2067שלום\u2069 y');
    expect(stripUnpairedBidi('\u202bab\u202c\u202e')).to.equal('\u202bab\u202c');
  });

  it('both readers strip them from feed strings', () => {
    const input = feed([film('f', { title: { en: 'Kyrgyzstan\u202e' }, workshop: 'Osh &#x2066;2012' })]);
    for (const result of [parseFeed(input), parseStrict(input)]) {
      expect(result.ok && result.feed.films[0]!.title).to.deep.equal({ en: 'Kyrgyzstan' });
      expect(result.ok && result.feed.films[0]!.workshop).to.equal('Osh 2012');
    }
  });
});

describe('consent across merged feeds', () => {
  it('a film withdrawn in one merged feed is gone from every feed, listed before or after', () => {
    const a = parsed(feed([film('x'), film('y')]));
    const b = parsed(feed([film('x', { withdrawn: true }), film('z')]));
    const c = parsed(feed([film('x'), film('w')]));
    const merged = mergeFeeds([a, b, c])!;
    expect(merged.films.map((item) => item.id)).to.deep.equal(['y', 'z', 'w']);
    expect([...merged.withdrawnIds!]).to.deep.equal(['x']);
    // Merging the merged result again (the next page) keeps honouring it.
    expect(mergeFeeds([c, merged])!.films.map((item) => item.id)).to.deep.equal(['w', 'y', 'z']);
  });

  it('within one feed, a film listed before its withdrawal is removed too, in both readers', () => {
    const input = feed([film('x'), film('y'), film('x', { withdrawn: true })]);
    for (const result of [parseFeed(input), parseStrict(input)]) {
      expect(result.ok && result.feed.films.map((item) => item.id)).to.deep.equal(['y']);
      expect(result.ok && [...result.feed.withdrawnIds!]).to.deep.equal(['x']);
    }
  });
});
