// RSS 2.0 and Atom 1.0 through the feed loader, read with the browser's own DOMParser. The fixtures are
// served as static files by the test runner (and read by the omj-feed build tests in Node too).
import { expect } from '@open-wc/testing';
import { FeedError, addFeedReader, loadFeed, readXmlFeed, resetFeedCache, rfc822 } from '@omj/feed';

// The ticker registers the XML reader; these tests read through the loader as it does.
addFeedReader(readXmlFeed);

const fixture = (name: string): string => new URL(`./fixtures/${name}`, import.meta.url).href;

describe('RSS and Atom in the loader', () => {
  beforeEach(() => resetFeedCache());

  it('reads RSS 2.0: CDATA, entities, HTML as text, dc:language, RFC 822 dates, links against the feed URL', async () => {
    const url = fixture('rss-2.0.xml');
    const { feed } = await loadFeed(url, { persist: false });
    expect(feed.title).to.equal('Новости UNICEF Кыргызстан');
    expect(feed.language).to.equal('ru');
    const [first, second, third] = feed.news;
    expect(feed.news).to.have.length(3);
    expect(first!.id).to.equal('unicef-kg-2012-04-20');
    expect(first!.title).to.equal('Дети & правосудие: «второй шанс»');
    expect(first!.summary).to.equal('В Бишкеке показали 20 фильмов, снятых подростками.');
    expect(first!.url).to.equal('https://example.org/ru/news/second-chance');
    expect(first!.language).to.equal('ru');
    expect(first!.datePublished!.toISOString()).to.equal('2012-04-20T04:00:00.000Z');
    expect(first!.source).to.equal('Новости UNICEF Кыргызстан');
    // dc:language on the item wins over the channel's <language>; a relative link resolves against the feed.
    expect(second!.language).to.equal('ky');
    expect(second!.url).to.equal(new URL('ky/news/balldar', url).href);
    expect(second!.summary).to.equal('Бишкекте өспүрүмдөр тарткан 20 тасма көрсөтүлдү & талкууланды.');
    expect(second!.datePublished!.toISOString()).to.equal('2012-03-09T08:30:00.000Z');
    // A date nobody can read is left out and the item kept; an item with nothing in it is dropped.
    expect(third!.datePublished).to.equal(undefined);
    expect(feed.problems.map((p) => `${p.path}: ${p.reason} (${p.severity})`)).to.deep.equal([
      'items[2].date_published: invalid (warning)',
      'items[3].id: missing (error)',
    ]);
  });

  it('reads Atom 1.0: xml:lang per entry, relative links against xml:base, HTML and XHTML content as text', async () => {
    const { feed } = await loadFeed(fixture('atom.xml'), { persist: false });
    expect(feed.title).to.equal('Generation Insan: updates');
    expect(feed.language).to.equal('en');
    expect(feed.news.map((item) => [item.id, item.title, item.url, item.language])).to.deep.equal([
      ['tag:example.org,2012:films', 'Films by young & old people', 'https://example.org/atom/2012/04/films', 'en'],
      ['tag:example.org,2012:second-chance-ru', 'Второй шанс', 'https://example.org/ru/vtoroy-shans', 'ru'],
      ['tag:example.org,2012:relative', "Relative to the feed's own URL", 'https://example.org/atom/2012/05/relative', 'en'],
    ]);
    const [films, ru] = feed.news;
    expect(films!.summary).to.equal('Twenty one-minute films on justice.');
    expect(films!.datePublished!.toISOString()).to.equal('2012-04-20T04:00:00.000Z');
    expect(films!.dateModified!.toISOString()).to.equal('2012-04-21T09:00:00.000Z');
    expect(ru!.summary).to.equal('Фильм о мальчике из Оша.');
    expect(ru!.datePublished).to.equal(undefined);
    expect(ru!.dateModified!.toISOString()).to.equal('2012-04-22T09:00:00.000Z');
    expect(feed.problems).to.deep.equal([]);
  });

  it('resolves Atom links against the URL the feed was loaded from when there is no xml:base', async () => {
    const url = fixture('atom-no-base.xml');
    const { feed } = await loadFeed(url, { persist: false });
    expect(feed.news[0]!.url).to.equal(new URL('news/relative.html', url).href);
    expect(feed.news[0]!.language).to.equal('ky');
  });

  it('drops javascript: and data: links and keeps script out of the text', async () => {
    const { feed } = await loadFeed(fixture('hostile-rss.xml'), { persist: false });
    expect(feed.news.map((item) => [item.title, item.url])).to.deep.equal([
      ['Safe words', undefined],
      ['Data link', undefined],
      ['A good link', 'https://example.org/good'],
    ]);
    expect(feed.title).to.equal('Hostile');
    expect(feed.problems.map((p) => `${p.path}: ${p.reason}`)).to.deep.equal([
      'items[0].url: not an http(s) URL',
      'items[1].url: not an http(s) URL',
    ]);
  });

  it('still treats an HTML page or broken XML as "not JSON" (the stored copy is then shown)', async () => {
    expect(readXmlFeed('<!doctype html><html><body><p>Error</p></body></html>')).to.equal(undefined);
    expect(readXmlFeed('<rss><channel><title>cut off')).to.equal(undefined);
    expect(readXmlFeed('{"version":"https://jsonfeed.org/version/1.1"}')).to.equal(undefined);
    const page = `data:text/html,${encodeURIComponent('<html><body>login</body></html>')}`;
    const error = await loadFeed(page, { persist: false }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(FeedError); // data: is not http(s): refused before any request
  });

  it('tells RSS from JSON by content, not by name', async () => {
    const xml = await (await fetch(fixture('atom.xml'))).text();
    const json = readXmlFeed(`\ufeff${xml}`, 'https://example.org/feed.json');
    expect(json?.title).to.equal('Generation Insan: updates');
  });

  it('converts RFC 822 dates, keeps others for the parser to judge', () => {
    expect(rfc822('Fri, 20 Apr 2012 10:00:00 +0600')).to.equal('2012-04-20T10:00:00+06:00');
    expect(rfc822('9 Mar 2012 08:30 GMT')).to.equal('2012-03-09T08:30:00Z');
    expect(rfc822('Mon, 01 Oct 2012 23:59:59 EDT')).to.equal('2012-10-01T23:59:59-04:00');
    expect(rfc822('Tue, 02 December 2014 01:02:03 -0130')).to.equal('2014-12-02T01:02:03-01:30');
    expect(rfc822('2012-04-20T10:00:00+06:00')).to.equal('2012-04-20T10:00:00+06:00');
    expect(rfc822('Fri, 20 Foo 2012 10:00:00 GMT')).to.equal('Fri, 20 Foo 2012 10:00:00 GMT');
    expect(rfc822('Fri, 20 Apr 2012 10:00:00 XYZ')).to.equal('Fri, 20 Apr 2012 10:00:00 XYZ');
  });
});
