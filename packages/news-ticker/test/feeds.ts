// Raw feeds as partners publish them, passed through the real parser (via `data`) or served as files.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** An ISO date `ms` before now. */
export function ago(ms: number): string {
  return new Date(Date.now() - ms).toISOString();
}
export { HOUR, DAY };

/** A WordPress site's JSON Feed 1.0, unchanged: `author` (one object), `content_html`, URL-like ids. */
export function wordpressFeed(): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1',
    user_comment: 'This feed allows you to read the posts from this site in any feed reader that supports the JSON Feed format.',
    home_page_url: 'https://partner.example.org/',
    feed_url: 'https://partner.example.org/feed/json',
    title: 'Partner blog',
    description: 'News from a partner',
    items: [
      {
        id: 'https://partner.example.org/?p=101',
        url: 'https://partner.example.org/2024/03/older-story/',
        title: 'Older story',
        content_html: '<p>An older story.</p>',
        date_published: '2024-03-12T09:00:00+06:00',
        author: { name: 'Aida', url: 'https://partner.example.org/author/aida/' },
      },
      {
        id: 'https://partner.example.org/?p=102',
        url: 'https://partner.example.org/2024/03/newest-story/',
        title: 'Newest story',
        content_html: '<p>The newest story &amp; more.</p>',
        date_published: '2024-03-20T09:00:00+06:00',
        author: { name: 'Aida' },
      },
      {
        id: 'https://partner.example.org/?p=100',
        url: 'https://partner.example.org/2024/02/middle-story/',
        title: 'Middle story',
        content_html: '<p>A story in the middle.</p>',
        date_published: '2024-03-15T09:00:00+06:00',
        author: { name: 'Bakyt' },
      },
    ],
  };
}

/** A Hugo site's JSON Feed 1.1: `authors`, a feed `language`, items in Russian and Kyrgyz. */
export function hugoFeed(): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Новости OMJ',
    home_page_url: 'https://omj.example.org/',
    language: 'ru',
    authors: [{ name: 'OMJ' }],
    items: [
      {
        id: 'ru-1',
        url: 'https://omj.example.org/ru/news/1/',
        title: 'Дети сняли фильмы о своих правах',
        content_text: 'Сорок фильмов за неделю.',
        date_published: ago(DAY + HOUR),
      },
      {
        id: 'ky-1',
        url: 'https://omj.example.org/ky/news/1/',
        language: 'ky',
        title: 'Балдар өз укуктары тууралуу тасма тартышты',
        content_text: 'Бир жумада кырк тасма.',
        date_published: ago(3 * HOUR),
      },
      {
        id: 'ru-old',
        url: 'https://omj.example.org/ru/news/0/',
        title: 'Мастерская в Оше',
        content_text: 'Мастерская прошла в Оше.',
        date_published: '2023-05-02T10:00:00+06:00',
      },
    ],
  };
}

/** `count` English items, newest first, for the motion tests. */
export function manyItems(count = 8, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Children’s rights news',
    language: 'en',
    ...extra,
    items: Array.from({ length: count }, (_, i) => ({
      id: `n${i + 1}`,
      url: `https://example.org/news/${i + 1}`,
      title: `Story number ${i + 1} about young film makers`,
      content_text: `Story ${i + 1}.`,
      date_published: new Date(Date.UTC(2024, 2, 30 - i, 9)).toISOString(),
    })),
  };
}
