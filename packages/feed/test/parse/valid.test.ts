// Valid feeds from the wild and our own: no problems, and the normalized model is what widgets expect.
import { expect } from '@open-wc/testing';
import type { ParsedFeed } from '@omj/feed';
import { parseFeed } from '../../src/strict/index.js';
import { reportLine } from '../../../feed-cli/src/report.js';

async function load(name: string, baseUrl?: string): Promise<ParsedFeed> {
  const text = await (await fetch(new URL(`../corpus/${name}`, import.meta.url).href)).text();
  const result = parseFeed(text, baseUrl === undefined ? {} : { baseUrl });
  if (!result.ok) throw new Error(result.problems.map(reportLine).join('\n'));
  expect(result.feed.problems.map(reportLine)).to.deep.equal([]);
  return result.feed;
}

describe('valid corpus feeds', () => {
  it('WordPress-style JSON Feed 1.0 with `author` and entity-encoded titles', async () => {
    const feed = await load('wordpress-1.0.json');
    expect(feed.version).to.equal('https://jsonfeed.org/version/1');
    expect(feed.language).to.equal('ru-RU');
    expect(feed.homePageUrl).to.equal('https://partner.example.org/');
    expect(feed.films).to.have.length(0);
    const [first, second] = feed.news;
    expect(first!.title).to.equal('Young filmmakers’ workshop in Osh & Jalal-Abad');
    // content_html is never rendered: its text becomes the summary (no tags, no comments, entities decoded).
    expect(first!.summary).to.equal('Twenty young people made films about their rights. Read more…');
    expect(first!.authors).to.deep.equal([{ name: 'Aigerim', url: 'https://partner.example.org/author/aigerim/' }]);
    expect(first!.image).to.equal('https://partner.example.org/wp-content/uploads/2024/05/workshop.jpg');
    expect(first!.datePublished!.toISOString()).to.equal('2024-05-14T03:30:00.000Z');
    expect(first!.dateModified!.toISOString()).to.equal('2024-05-15T05:02:44.000Z');
    expect(first!.tags).to.deep.equal(['films', 'Osh']);
    expect(first!.source).to.equal('Partner news');
    expect(first!.language).to.equal('ru-RU');
    expect(second!.summary).to.equal('Call 111 any time.');
    expect(second!.authors).to.deep.equal([{ name: 'Editor' }]);
  });

  it('Hugo-style JSON Feed 1.1: feed authors inherited, relative URL resolved against feed_url', async () => {
    const feed = await load('hugo-1.1.json');
    const [festival, ky] = feed.news;
    expect(festival!.summary).to.equal('Films from five countries, shown in Bishkek.');
    expect(festival!.authors).to.deep.equal([{ name: 'OMJ team', url: 'https://blog.example.org/about/' }]);
    expect(ky!.url).to.equal('https://blog.example.org/posts/ky-launch/');
    expect(ky!.language).to.equal('ky');
    expect(ky!.authors).to.deep.equal([{ name: 'Бакыт' }]);
    // A news item with a title and content_text, no summary: the summary is derived from the text.
    expect(ky!.summary).to.equal('Биздин сайт эми кыргыз тилинде да бар.');
  });

  it('resolves relative URLs against options.baseUrl before feed_url', async () => {
    const feed = await load('hugo-1.1.json', 'https://mirror.example.net/feeds/index.json');
    expect(feed.news[1]!.url).to.equal('https://mirror.example.net/posts/ky-launch/');
  });

  it('a minimal feed', async () => {
    const feed = await load('minimal.json');
    // No title: the title is derived from content_text, and no summary repeats it.
    expect(feed.news).to.deep.equal([{ kind: 'news', id: '1', title: 'Hello.', tags: [], source: 'Minimal', authors: [] }]);
    expect(feed.topics).to.deep.equal([]);
    expect(feed.countryNames).to.deep.equal({});
    expect(feed.nextUrl).to.equal(undefined);
  });

  it('the full OMJ feed: films, news, contacts, hotlines, topics, country names', async () => {
    const feed = await load('omj-full.json');
    expect(feed.nextUrl).to.equal('https://example.org/oneminutesjr/feed-2.json');
    expect(feed.topics.map((t) => t.key)).to.deep.equal(['juvenile-justice', 'education', 'disability']);
    expect(feed.topics[2]!.label).to.deep.equal({ en: 'Disability' });
    expect(feed.countryNames).to.deep.equal({ ru: { KG: 'Кыргызстан' }, ky: { KG: 'Кыргызстан' } });

    expect(feed.films.map((f) => f.id)).to.deep.equal(['kg-2012-jj-01', 'tj-2015-ed-03', 'uz-2019-ed-07']);
    const [kg, tj, uz] = feed.films;
    expect(kg).to.deep.equal({
      kind: 'film',
      id: 'kg-2012-jj-01',
      title: { en: 'A second chance', ru: 'Второй шанс', ky: 'Экинчи мүмкүнчүлүк' },
      summary: { en: 'A boy from Osh tells how he got a second chance.', ru: 'Мальчик из Оша рассказывает, как получил второй шанс.' },
      country: 'KG',
      topics: ['juvenile-justice'],
      year: 2012,
      duration: 60,
      poster: { url: 'https://media.example.org/posters/kg-2012-jj-01.jpg', width: 480, height: 270, alt: { en: 'A boy at a window' } },
      video: { provider: 'youtube', id: 'aBcDeFgHiJk' },
      transcript: { en: 'I was fifteen when…' },
      url: 'https://example.org/oneminutesjr/films/kg-2012-jj-01/',
      datePublished: new Date('2012-04-20T04:00:00Z'),
      workshop: 'Bishkek 2012',
    });
    // Film title falls back to the item title, summary to content_text, in the feed's language.
    expect(tj!.title).to.deep.equal({ en: 'School bus' });
    expect(tj!.summary).to.deep.equal({ en: 'Every morning the bus is late.' });
    expect(tj!.video).to.deep.equal({ provider: 'vimeo', id: '76979871' });
    expect(tj!.duration).to.equal(61.5);
    expect(uz!.summary).to.deep.equal({ en: "A girl in Nukus keeps her sister's notebook." });
    expect(uz!.poster!.url).to.equal('https://example.org/oneminutesjr/posters/uz-2019-ed-07.jpg');
    expect(uz!.video).to.deep.equal({
      provider: 'file',
      sources: [
        { url: 'https://media.example.org/films/uz-2019-ed-07.webm', type: 'video/webm' },
        { url: 'https://media.example.org/films/uz-2019-ed-07.mp4', type: 'video/mp4' },
      ],
      tracks: [
        { url: 'https://media.example.org/films/uz-2019-ed-07.en.vtt', lang: 'en', label: 'English', kind: 'captions' },
        { url: 'https://media.example.org/films/uz-2019-ed-07.ru.vtt', lang: 'ru', label: 'Русский', kind: 'subtitles' },
      ],
    });

    expect(feed.news.map((n) => n.id)).to.deep.equal(['news-2024-06-01']);
    expect(feed.news[0]!.summary).to.equal('Twelve new films.');

    expect(feed.contacts).to.deep.equal([
      {
        kind: 'contact',
        id: 'unicef-kg-solodunova',
        name: { en: 'Galina Solodunova', ru: 'Галина Солодунова' },
        role: { en: 'External Communication Officer', ru: 'Специалист по внешним коммуникациям' },
        organization: { en: 'UNICEF Kyrgyzstan', ru: 'ЮНИСЕФ в Кыргызстане' },
        organizationId: 'unicef-kg',
        phones: [
          { number: '+996312611211', ext: '143', tel: 'tel:+996312611211;ext=143' },
          { number: '+996312611211', ext: '144', tel: 'tel:+996312611211;ext=144' },
        ],
        mobile: { number: '+996775580261', tel: 'tel:+996775580261' },
        email: 'gsolodunova@example.org',
      },
    ]);

    expect(feed.hotlines).to.deep.equal([
      {
        kind: 'hotline',
        id: 'kg-child-helpline',
        country: 'KG',
        name: { en: 'Child helpline', ru: 'Детский телефон доверия', ky: 'Балдардын ишеним телефону' },
        number: '111',
        tel: 'tel:111',
        hours: {
          timeZone: 'Asia/Bishkek',
          always: false,
          periods: [
            { days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00' },
            { days: [6], from: '10:00', to: '24:00' },
          ],
        },
        free: true,
        languages: ['ky', 'ru'],
        description: { en: 'Free, confidential help for children and young people.' },
      },
      {
        kind: 'hotline',
        id: 'kz-150',
        country: 'KZ',
        name: { en: 'Telephone of trust 150' },
        number: '150',
        tel: 'tel:150',
        hours: { timeZone: 'Asia/Almaty', always: true, periods: [] },
        free: true,
        languages: ['kk', 'ru'],
        description: { en: 'Around the clock.' },
      },
    ]);
  });
});
