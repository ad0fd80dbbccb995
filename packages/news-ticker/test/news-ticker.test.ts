import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { STORAGE_PREFIX } from '@omj/feed';
import '../src/index.js';
import type { OmjNewsTicker } from '../src/news-ticker.js';
import { $, $$, captureWarnings, fixtureUrl, holdClock, settled, titles } from './helpers.js';
import { DAY, HOUR, ago, hugoFeed, manyItems, wordpressFeed } from './feeds.js';

async function ticker(template: ReturnType<typeof html>): Promise<OmjNewsTicker> {
  const el = await fixture<OmjNewsTicker>(template);
  await settled(el);
  return el;
}

describe('<omj-news-ticker> data and rendering', () => {
  it('reads a WordPress JSON Feed 1.0 unchanged, newest first, as links', async () => {
    const el = await ticker(html`<omj-news-ticker .data=${wordpressFeed()}></omj-news-ticker>`);
    expect(titles(el)).to.deep.equal(['Newest story', 'Middle story', 'Older story']);
    const links = $$(el, '[part=link]') as HTMLAnchorElement[];
    expect(links.map((a) => a.href)).to.deep.equal([
      'https://partner.example.org/2024/03/newest-story/',
      'https://partner.example.org/2024/02/middle-story/',
      'https://partner.example.org/2024/03/older-story/',
    ]);
    const time = $(el, '[part=date]')!;
    expect(time.localName).to.equal('time');
    expect(time.getAttribute('datetime')).to.equal('2024-03-20T03:00:00.000Z');
    expect(time.textContent!.trim()).to.equal(
      new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date('2024-03-20T03:00:00Z')),
    );
    // one source: no source names
    expect($$(el, '[part=source]')).to.have.length(0);
    expect($(el, '[part=heading]')!.textContent!.trim()).to.equal('Latest news');
    expect($(el, '[part=heading]')!.getAttribute('aria-level')).to.equal('2');
    expect($(el, '[part=toggle]')).to.equal(null); // list mode: nothing moves, no button
    await expect(el).to.be.accessible();
  });

  it('reads a Hugo JSON Feed 1.1 and marks each title with its own language', async () => {
    const el = await ticker(html`<omj-news-ticker .data=${hugoFeed()}></omj-news-ticker>`);
    const links = $$(el, '[part=link]');
    expect(links.map((a) => a.getAttribute('lang'))).to.deep.equal(['ky', 'ru', 'ru']);
    for (const link of links) expect(link.getAttribute('dir')).to.equal('auto');
    await expect(el).to.be.accessible();
  });

  it('writes dates in Russian and Kyrgyz: relative within a week, a medium date before', async () => {
    const expected = {
      ru: ['3 часа назад', 'вчера', new Intl.DateTimeFormat('ru', { dateStyle: 'medium' }).format(new Date('2023-05-02T04:00:00Z'))],
      // CLDR Kyrgyz (Chromium's reduced ICU has none, so the widget carries it)
      ky: ['3 саат мурун', 'кечээ', `2023-ж., ${new Date('2023-05-02T04:00:00Z').getDate()}-май`],
    };
    for (const lang of ['ru', 'ky'] as const) {
      const el = await ticker(html`<omj-news-ticker lang=${lang} .data=${hugoFeed()}></omj-news-ticker>`);
      const dates = $$(el, '[part=date]').map((t) => t.textContent!.trim());
      expect(dates).to.deep.equal(expected[lang]);
      expect(expected.ru[2]).to.contain('мая'); // really Russian, not English
      expect($(el, '[part=heading]')!.textContent!.trim()).to.equal(lang === 'ru' ? 'Последние новости' : 'Акыркы жаңылыктар');
    }
  });

  it('says "just now" («только что», «ушул мүнөттө») for news less than a minute old, not «в эту минуту» or "0 minutes ago"', async () => {
    // "Now" stands still while the three render: 20 s old stays under a minute however slow the machine.
    const clock = holdClock();
    try {
      const feed = manyItems(1);
      (feed.items as Record<string, unknown>[])[0]!.date_published = new Date(Date.now() - 20_000).toISOString();
      for (const [lang, words] of [
        ['en', 'just now'],
        ['ru', 'только что'],
        ['ky', 'ушул мүнөттө'],
      ] as const) {
        const el = await ticker(html`<omj-news-ticker lang=${lang} .data=${feed}></omj-news-ticker>`);
        expect($(el, '[part=date]')!.textContent!.trim()).to.equal(words);
      }
    } finally {
      clock.restore();
    }
  });

  it('shows at most max-items, the newest', async () => {
    const el = await ticker(html`<omj-news-ticker max-items="3" .data=${manyItems(8)}></omj-news-ticker>`);
    expect(titles(el)).to.deep.equal([1, 2, 3].map((n) => `Story number ${n} about young film makers`));
    const all = await ticker(html`<omj-news-ticker .data=${manyItems(14)}></omj-news-ticker>`);
    expect(titles(all)).to.have.length(10);
  });

  it('shows items with an unsafe or missing URL as text without a link', async () => {
    const feed = manyItems(3);
    const items = feed.items as Record<string, unknown>[];
    items[0]!.url = 'javascript:alert(1)';
    delete items[1]!.url;
    const warnings = await captureWarnings(async () => {
      const el = await ticker(html`<omj-news-ticker .data=${feed}></omj-news-ticker>`);
      expect($$(el, '[part=link]')).to.have.length(1);
      const texts = $$(el, '[part=title]');
      expect(texts.map((t) => t.localName)).to.deep.equal(['span', 'span']);
      expect(el.shadowRoot!.innerHTML).to.not.contain('javascript:');
      await expect(el).to.be.accessible();
    });
    expect(warnings.some((w) => w.includes('items[0].url'))).to.equal(true);
  });

  it('never renders feed text as HTML', async () => {
    const feed = manyItems(1);
    (feed.items as Record<string, unknown>[])[0]!.title = '<img src=x onerror=alert(1)>Bold';
    const el = await ticker(html`<omj-news-ticker .data=${feed}></omj-news-ticker>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(titles(el)[0]).to.equal('Bold'); // the parser removed the markup; nothing was rendered as HTML
  });

  it('adds a "More news" link, and refuses a javascript: more-url with a warning naming the attribute', async () => {
    const good = await ticker(
      html`<omj-news-ticker lang="ru" more-url="https://partner.example.org/news/" .data=${manyItems(2)}></omj-news-ticker>`,
    );
    const more = $(good, '[part=more]') as HTMLAnchorElement;
    expect(more.href).to.equal('https://partner.example.org/news/');
    expect(more.textContent!.trim()).to.equal('Ещё новости');
    const labelled = await ticker(
      html`<omj-news-ticker more-url="/news/" more-label="All stories" .data=${manyItems(2)}></omj-news-ticker>`,
    );
    expect(($(labelled, '[part=more]') as HTMLAnchorElement).href).to.equal(new URL('/news/', document.baseURI).href);
    expect($(labelled, '[part=more]')!.textContent!.trim()).to.equal('All stories');

    let bad!: OmjNewsTicker;
    const warnings = await captureWarnings(async () => {
      bad = await ticker(html`<omj-news-ticker more-url="javascript:alert(1)" .data=${manyItems(2)}></omj-news-ticker>`);
    });
    expect($(bad, '[part=more]')).to.equal(null);
    expect(bad.shadowRoot!.innerHTML).to.not.contain('javascript:');
    expect(warnings).to.include('<omj-news-ticker> attribute more-url: "javascript:alert(1)" is not an http(s) URL');
  });

  it('warns about wrong attributes, naming each, and keeps working with the defaults', async () => {
    let el!: OmjNewsTicker;
    const warnings = await captureWarnings(async () => {
      el = await ticker(
        html`<omj-news-ticker mode="spin" max-items="many" heading-level="9" interval="0" speed="-3" .data=${manyItems(12)}></omj-news-ticker>`,
      );
    });
    expect(warnings).to.include('<omj-news-ticker> attribute mode: "spin" is not list, marquee or rotate');
    expect(warnings).to.include('<omj-news-ticker> attribute max-items: "many" is not a number from 1 to 10000');
    expect(warnings).to.include('<omj-news-ticker> attribute heading-level: "9" is not a number from 2 to 6');
    expect(warnings.some((w) => w.startsWith('<omj-news-ticker> attribute interval: "0"'))).to.equal(true);
    expect(warnings.some((w) => w.startsWith('<omj-news-ticker> attribute speed: "-3"'))).to.equal(true);
    expect(warnings).to.have.length(5); // once each
    expect(titles(el)).to.have.length(10);
    expect($(el, '[part=heading]')!.getAttribute('aria-level')).to.equal('2');
    expect(el.shadowRoot!.querySelector('section')!.className).to.equal('list');
  });

  it('takes a heading text and level; an empty heading stays for screen readers only', async () => {
    const el = await ticker(html`<omj-news-ticker heading="Human-rights news" heading-level="3" .data=${manyItems(2)}></omj-news-ticker>`);
    const heading = $(el, '[part=heading]')!;
    expect(heading.textContent!.trim()).to.equal('Human-rights news');
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect($(el, 'section')!.getAttribute('aria-labelledby')).to.equal(heading.id);
    const hidden = await ticker(html`<omj-news-ticker heading="" .data=${manyItems(2)}></omj-news-ticker>`);
    const quiet = $(hidden, '[part=heading]')!;
    expect(quiet.textContent!.trim()).to.equal('Latest news');
    expect(quiet.classList.contains('visually-hidden')).to.equal(true);
    await expect(hidden).to.be.accessible();
  });

  it('same-language shows only the items in the widget’s language; items with no language stay', async () => {
    const all = await ticker(html`<omj-news-ticker lang="ky" .data=${hugoFeed()}></omj-news-ticker>`);
    expect(titles(all)).to.have.length(3);
    const ky = await ticker(html`<omj-news-ticker lang="ky" same-language .data=${hugoFeed()}></omj-news-ticker>`);
    expect(titles(ky)).to.deep.equal(['Балдар өз укуктары тууралуу тасма тартышты']);
    const ru = await ticker(html`<omj-news-ticker lang="ru-KG" same-language .data=${hugoFeed()}></omj-news-ticker>`);
    expect(titles(ru)).to.deep.equal(['Дети сняли фильмы о своих правах', 'Мастерская в Оше']);
    ru.lang = 'en'; // followed at run time: no English items in this feed
    await waitUntil(() => $(ru, '[part~=empty]'), 'the filter did not follow the new language', { timeout: 2000 });
    // a feed that names no language: nothing is filtered out
    const unknown = await ticker(html`<omj-news-ticker lang="ru" same-language .data=${wordpressFeed()}></omj-news-ticker>`);
    expect(titles(unknown)).to.have.length(3);
    await expect(ky).to.be.accessible();
  });

  it('follows a right-to-left feed language', async () => {
    const el = await ticker(html`<omj-news-ticker .data=${manyItems(2, { language: 'ar' })}></omj-news-ticker>`);
    expect($(el, '[part=list]')!.getAttribute('dir')).to.equal('rtl');
  });
});

describe('<omj-news-ticker> states', () => {
  it('loading: the shared localized status, accessible', async () => {
    const el = await fixture<OmjNewsTicker>(html`<omj-news-ticker lang="ky" feed=${fixtureUrl('partner-b.json')}></omj-news-ticker>`);
    const loading = $(el, '[part~=loading]');
    expect(loading).to.not.equal(null);
    expect(loading!.getAttribute('role')).to.equal('status');
    expect(loading!.textContent!.trim()).to.equal('Жүктөлүүдө…');
    await expect(el).to.be.accessible();
    await settled(el);
  });

  it('empty: "No news yet", accessible, in every mode', async () => {
    const empty = { version: 'https://jsonfeed.org/version/1.1', title: 'Empty', items: [] };
    for (const mode of ['list', 'marquee', 'rotate']) {
      const el = await ticker(html`<omj-news-ticker mode=${mode} .data=${empty}></omj-news-ticker>`);
      expect($(el, '[part~=empty]')!.textContent!.trim()).to.equal('No news yet.');
      expect($(el, '[part=toggle]')).to.equal(null);
      await expect(el).to.be.accessible();
    }
    const ru = await ticker(html`<omj-news-ticker lang="ru" .data=${empty}></omj-news-ticker>`);
    expect($(ru, '[part~=empty]')!.textContent!.trim()).to.equal('Новостей пока нет.');
  });

  it('error: a quiet localized message with "Try again", never a broken box', async () => {
    const el = await ticker(html`<omj-news-ticker lang="ru" feed=${fixtureUrl('does-not-exist.json')}></omj-news-ticker>`);
    const error = $(el, '[part~=error]')!;
    expect(error.textContent).to.contain('ошибка 404');
    expect(error.getAttribute('role')).to.equal('status'); // quiet: no alert
    expect($(el, '[part~=retry]')).to.not.equal(null);
    expect($(el, '[part=list]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('error for data that is not a feed', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await ticker(html`<omj-news-ticker .data=${{ hello: 'world' }}></omj-news-ticker>`);
      expect($(el, '[part~=error]')).to.not.equal(null);
      expect($(el, '[part~=retry]')).to.equal(null); // nothing to retry
      await expect(el).to.be.accessible();
    });
    expect(warnings.length).to.be.greaterThan(0);
  });

  it('stale: shows the last good copy with a note when the feed fails', async () => {
    const url = fixtureUrl('gone.json');
    localStorage.setItem(STORAGE_PREFIX + url, `${Date.now() - HOUR}\n${JSON.stringify(manyItems(3))}`);
    try {
      const el = await ticker(html`<omj-news-ticker feed=${url}></omj-news-ticker>`);
      expect(titles(el)).to.have.length(3);
      expect($(el, '[part~=stale]')!.textContent).to.contain('saved copy');
      await expect(el).to.be.accessible();
    } finally {
      localStorage.removeItem(STORAGE_PREFIX + url);
    }
  });

  it('merges two feeds by date, undated last, naming each item’s source', async () => {
    const el = await ticker(
      html`<omj-news-ticker feed="${fixtureUrl('partner-a.json')} ${fixtureUrl('partner-b.json')}"></omj-news-ticker>`,
    );
    expect(titles(el)).to.deep.equal([
      'B: thirtieth of March',
      'A: twentieth of March',
      'B: tenth of March',
      'A: first of March',
      'A: no date',
    ]);
    expect($$(el, '[part=source]').map((s) => s.textContent!.trim())).to.deep.equal([
      'OMJ news',
      'Partner A',
      'OMJ news',
      'Partner A',
      'Partner A',
    ]);
    expect($(el, '[part=message]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('one failing source of two: the other shows, with a quiet note', async () => {
    let el!: OmjNewsTicker;
    await captureWarnings(async () => {
      el = await ticker(
        html`<omj-news-ticker lang="ru" feed="${fixtureUrl('missing.json')} ${fixtureUrl('partner-b.json')}"></omj-news-ticker>`,
      );
    });
    expect(titles(el)).to.deep.equal(['B: thirtieth of March', 'B: tenth of March']);
    // core's localized reason, as a quiet note (no alert): the missing feed answered 404
    expect($(el, '[part=message]')!.textContent!.trim()).to.equal('Сервер не смог передать материалы (ошибка 404).');
    expect($(el, '[role=alert]')).to.equal(null);
    expect($$(el, '[part=source]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('relative dates in English for recent items', async () => {
    const feed = manyItems(2);
    const items = feed.items as Record<string, unknown>[];
    items[0]!.date_published = ago(2 * DAY + HOUR);
    items[1]!.date_published = ago(5 * 60_000 + 1000);
    const el = await ticker(html`<omj-news-ticker .data=${feed}></omj-news-ticker>`);
    expect($$(el, '[part=date]').map((t) => t.textContent!.trim())).to.deep.equal(['5 minutes ago', '2 days ago']);
  });
});
