import { expect } from '@open-wc/testing';
import { filterFilms, formatProblem, loadFeed, parseFeed, resetFeedCache, type ParsedFeed } from '@omj/feed';

const sampleUrl = new URL('../../sample/omj-sample.json', import.meta.url).href;

describe('the sample feed (packages/feed/sample/omj-sample.json)', () => {
  let feed: ParsedFeed;

  before(async () => {
    resetFeedCache();
    feed = (await loadFeed(sampleUrl, { persist: false })).feed;
  });

  it("says the length its own media plays (the card's duration badge matches the player)", async () => {
    const films = feed.films.filter((film) => film.video.provider === 'file');
    expect(films.length).to.be.greaterThan(0);
    for (const film of films) {
      const video = document.createElement('video');
      video.preload = 'metadata';
      video.muted = true;
      const loaded = new Promise((resolve, reject) => {
        video.addEventListener('loadedmetadata', resolve, { once: true });
        video.addEventListener('error', () => reject(new Error(`${film.id}: media not readable`)), { once: true });
      });
      video.src = (film.video as { sources: readonly { url: string }[] }).sources[0]!.url;
      await loaded;
      expect(Math.round(video.duration), `${film.id}: media length in seconds`).to.equal(film.duration);
    }
  });

  it('parses with zero problems', () => {
    expect(feed.problems.map(formatProblem)).to.deep.equal([]);
  });

  it('has the expected items, without the withdrawn film', async () => {
    expect(feed.films).to.have.length(21);
    expect(feed.news).to.have.length(17);
    expect(feed.contacts).to.have.length(3);
    expect(feed.hotlines).to.have.length(2);
    expect(feed.topics.map((topic) => topic.key)).to.deep.equal([
      'juvenile-justice',
      'hiv-aids',
      'violence',
      'roma-children',
      'leave-no-child-out',
      'peacebuilding',
      'parental-care',
    ]);
    expect(feed.films.some((film) => film.id === 'kg-2012-jj-11')).to.equal(false);
    const raw = (await (await fetch(sampleUrl)).json()) as { items: { id: string; _omj?: { withdrawn?: boolean } }[] };
    expect(raw.items.filter((item) => item._omj?.withdrawn === true).map((item) => item.id)).to.deep.equal(['kg-2012-jj-11']);
  });

  it('gives every film and topic en, ru and ky text', () => {
    for (const film of feed.films) {
      expect(Object.keys(film.title).sort(), film.id).to.include.members(['en', 'ky', 'ru']);
      expect(Object.keys(film.summary ?? {}).sort(), film.id).to.include.members(['en', 'ky', 'ru']);
    }
    for (const topic of feed.topics) expect(Object.keys(topic.label)).to.include.members(['en', 'ky', 'ru']);
    expect(feed.countryNames.ru?.KG).to.equal('Кыргызстан');
  });

  it('holds the two workshops of 2012 and films from other countries and topics', () => {
    expect(filterFilms(feed.films, { countries: ['KG'], years: [2012] })).to.have.length(10);
    expect(filterFilms(feed.films, { countries: ['AZ'] })).to.have.length(5);
    expect(new Set(feed.films.map((film) => film.country))).to.deep.equal(new Set(['KG', 'AZ', 'RS', 'MK', 'AM']));
    for (const topic of feed.topics) expect(filterFilms(feed.films, { topics: [topic.key] }).length, topic.key).to.be.greaterThan(0);
    const providers = feed.films.map((film) => film.video.provider);
    expect(providers.filter((p) => p === 'vimeo')).to.have.length(1);
    expect(providers.filter((p) => p === 'file')).to.have.length(1);
    const file = feed.films.find((film) => film.video.provider === 'file')!.video;
    expect(file.provider === 'file' && file.tracks.map((track) => track.lang)).to.deep.equal(['en', 'ru']);
  });

  it('makes no third-party request: media on the feed’s own host, links on example.org', async () => {
    const origin = new URL(sampleUrl).origin;
    const media: string[] = [];
    for (const film of feed.films) {
      if (film.poster) media.push(film.poster.url);
      if (film.video.provider === 'file') {
        media.push(...film.video.sources.map((source) => source.url), ...film.video.tracks.map((track) => track.url));
      }
    }
    expect(media).to.have.length(21 + 3);
    for (const url of media) expect(new URL(url).origin, url).to.equal(origin);
    const links = [...feed.news.map((item) => item.url), ...feed.hotlines.map((item) => item.url)].filter(Boolean) as string[];
    for (const url of links) expect(new URL(url).hostname.endsWith('example.org'), url).to.equal(true);
    for (const contact of feed.contacts) expect(contact.email, contact.id).to.match(/@example\.org$/);
    // Every poster, the video and the subtitles exist beside the feed.
    const answers = await Promise.all(media.map((url) => fetch(url, { method: 'HEAD' })));
    expect(answers.map((answer) => answer.status)).to.deep.equal(media.map(() => 200));
  });

  it('has the seed contacts and the two hotlines', () => {
    const solodunova = feed.contacts.find((contact) => contact.organizationId === 'unicef-kg')!;
    expect(solodunova.name.en).to.equal('Galina Solodunova');
    expect(solodunova.phones[0]!.tel).to.equal('tel:+996312611211;ext=143');
    expect(solodunova.mobile?.number).to.equal('+996775580261');
    expect(feed.contacts.map((contact) => contact.organizationId)).to.deep.equal(['unicef-kg', 'generation-insan', 'unicef-omj']);
    const kg = feed.hotlines.find((hotline) => hotline.country === 'KG')!;
    expect(kg.number).to.equal('111');
    expect(kg.free).to.equal(true);
    expect(kg.hours).to.deep.equal({
      timeZone: 'Asia/Bishkek',
      always: false,
      periods: [{ days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00' }],
    });
    const az = feed.hotlines.find((hotline) => hotline.country === 'AZ')!;
    expect(az.hours?.always).to.equal(true);
  });

  it('has news in en, ru and ky, including the two 2012 press releases', () => {
    const languages = new Set(feed.news.map((item) => item.language));
    expect(languages).to.deep.equal(new Set(['en', 'ru', 'ky']));
    const dated = (id: string) => feed.news.find((item) => item.id === id)?.datePublished?.toISOString();
    expect(dated('news-2012-04-20-bishkek-en')).to.equal('2012-04-20T06:00:00.000Z');
    expect(dated('news-2012-03-09-baku-en')).to.equal('2012-03-09T08:00:00.000Z');
  });

  it('parses the same from text with parseFeed directly', async () => {
    const text = await (await fetch(sampleUrl)).text();
    const result = parseFeed(text, { baseUrl: sampleUrl });
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.feed.problems).to.deep.equal([]);
      expect(result.feed.films.length).to.equal(feed.films.length);
    }
  });
});
