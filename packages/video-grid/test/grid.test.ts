import { expect, fixture, html, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { archiveFeed, filmsFeed } from '../../../stories/fixtures/video-grid.js';
import { buttonByText, captureWarnings, cardButton, cardIds, cards, grid, posterBase, shadow } from './helpers.js';

describe('<omj-video-grid> cards', () => {
  it('renders a card per film with a lazy poster of known size; withdrawn and broken items never appear', async () => {
    let el!: Awaited<ReturnType<typeof grid>>;
    const warnings = await captureWarnings(async () => {
      el = await grid(html`<omj-video-grid .data=${filmsFeed(posterBase)}></omj-video-grid>`);
    });
    expect(cardIds(el)).to.deep.equal([
      'kg-2012-jj-01',
      'kz-2014-ed-02',
      'fr-2015-ed-03',
      'tj-2016-vi-04',
      'kg-2018-di-05',
      'uz-2019-ed-06',
    ]);
    expect(shadow(el).textContent).not.to.contain('Withdrawn film');
    expect(shadow(el).textContent).not.to.contain('Broken video id');
    expect(warnings.some((line) => line.startsWith('<omj-video-grid> items[7]._omj.video'))).to.equal(true, warnings.join('\n'));
    const img = cards(el)[0]!.querySelector('img')!;
    expect(img.getAttribute('width')).to.equal('480');
    expect(img.getAttribute('height')).to.equal('270');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    expect(img.src.startsWith(posterBase)).to.equal(true);
    // A film without a poster keeps a box of the same shape.
    const placeholder = cards(el)[3]!.querySelector('.poster')!;
    expect(placeholder.tagName).to.equal('SPAN');
    const box = placeholder.getBoundingClientRect();
    const imgBox = img.getBoundingClientRect();
    expect(Math.round(box.height)).to.equal(Math.round(imgBox.height));
    expect(shadow(el).querySelectorAll('iframe')).to.have.length(0);
  });

  it('shows title with language fallback, country name, year, duration and topics', async () => {
    const el = await grid(html`<omj-video-grid .data=${filmsFeed(posterBase)}></omj-video-grid>`);
    const [first, second] = cards(el);
    expect(first!.querySelector('.title')!.hasAttribute('lang')).to.equal(false);
    expect(first!.querySelector('button.open')!.getAttribute('aria-label')).to.equal('Play: A second chance');
    expect(first!.querySelector('.meta')!.textContent).to.equal('Kyrgyzstan · 2012');
    expect(first!.querySelector('.badge')!.textContent).to.equal('1 min');
    expect(first!.querySelector('.topics')!.textContent).to.equal('Juvenile justice');
    expect(second!.querySelector('.title')!.getAttribute('lang')).to.equal('ru');
    expect(second!.querySelector('.title')!.textContent!.trim()).to.equal('Дорога в школу');
    expect(second!.querySelector('.badge')!.textContent).to.equal('1 min 15 sec');
  });

  it("speaks Russian and Kyrgyz, with the feed's country-name override", async () => {
    const ru = await grid(html`<omj-video-grid lang="ru" topics .data=${filmsFeed(posterBase)}></omj-video-grid>`);
    expect(cards(ru)[0]!.querySelector('.meta')!.textContent).to.equal('Кыргызстан · 2012');
    expect(cardButton(ru, 'kg-2012-jj-01').getAttribute('aria-label')).to.equal('Смотреть: Второй шанс');
    expect(shadow(ru).querySelector('.count')!.textContent!.trim()).to.equal('1–6, всего 6 фильмов');
    expect(buttonByText(ru, 'Образование')).to.exist;
    const ky = await grid(html`<omj-video-grid lang="ky" .data=${filmsFeed(posterBase)}></omj-video-grid>`);
    expect(cards(ky)[0]!.querySelector('.title')!.textContent!.trim()).to.equal('Экинчи мүмкүнчүлүк');
    expect(shadow(ky).querySelector('.count')!.textContent!.trim()).to.equal('1–6, бардыгы 6 тасма');
    expect(cards(ky)[0]!.querySelector('.meta')!.textContent).to.contain('Кыргызстан');
    // No Kyrgyz title: the Russian one, marked as Russian.
    expect(cards(ky)[1]!.querySelector('.title')!.getAttribute('lang')).to.equal('ru');
  });

  /**
   * Kyrgyz lengths (#13): `Intl` where the browser has Kyrgyz data, CLDR's short units («мүн.», «сек.»)
   * where it has none (Debian's Chromium would answer «1 мин», Russian). Both paths, whichever this browser
   * is: `supportedLocalesOf` is faked, and on the "has Kyrgyz" path `Intl.NumberFormat`'s unit formatting
   * is replaced by a marker that names the locale it was asked for.
   */
  describe('Kyrgyz durations', () => {
    const realSupported = Intl.DateTimeFormat.supportedLocalesOf;
    const RealNumberFormat = Intl.NumberFormat;
    const intl = Intl as unknown as { NumberFormat: unknown };
    afterEach(() => {
      Intl.DateTimeFormat.supportedLocalesOf = realSupported;
      intl.NumberFormat = RealNumberFormat;
    });
    const badges = (el: Awaited<ReturnType<typeof grid>>) =>
      cards(el)
        .slice(0, 2)
        .map((card) => card.querySelector('.badge')!.textContent);

    it('without Kyrgyz Intl data: «1 мүн.», «1 мүн. 15 сек.» from our table', async () => {
      Intl.DateTimeFormat.supportedLocalesOf = ((locales: string | string[]) =>
        [locales].flat().filter((tag) => !/^ky\b/i.test(tag))) as typeof realSupported;
      const el = await grid(html`<omj-video-grid lang="ky" .data=${filmsFeed(posterBase)}></omj-video-grid>`);
      expect(badges(el)).to.deep.equal(['1 мүн.', '1 мүн. 15 сек.']);
    });

    it('with Kyrgyz Intl data: Intl.NumberFormat answers in ky, not our table', async () => {
      Intl.DateTimeFormat.supportedLocalesOf = ((locales: string | string[]) => [locales].flat()) as typeof realSupported;
      intl.NumberFormat = function (locales: string[], options?: Intl.NumberFormatOptions) {
        return options?.style === 'unit'
          ? { format: (value: number) => `${locales[0]}:${value} ${options.unit}` }
          : new RealNumberFormat(locales, options);
      };
      const el = await grid(html`<omj-video-grid lang="ky" .data=${filmsFeed(posterBase)}></omj-video-grid>`);
      expect(badges(el)).to.deep.equal(['ky:1 minute', 'ky:1 minute ky:15 second']);
    });
  });

  it('renders titles and country names on a page in lang="toString", "constructor", "__proto__" or "valueOf" (#12)', async () => {
    try {
      for (const lang of ['toString', 'constructor', '__proto__', 'valueOf']) {
        document.documentElement.setAttribute('lang', lang);
        const el = await grid(html`<omj-video-grid .data=${filmsFeed(posterBase)}></omj-video-grid>`);
        expect(cards(el)[0]!.querySelector('.title')!.textContent!.trim(), lang).to.equal('A second chance');
        expect(cards(el)[0]!.querySelector('.meta')!.textContent, lang).to.equal('Kyrgyzstan · 2012');
      }
    } finally {
      document.documentElement.setAttribute('lang', 'en');
    }
  });

  it('isolates every feed text: a right-to-left country name keeps the year after it, in order (#12)', async () => {
    const data = filmsFeed(posterBase) as { _omj: { country_names: Record<string, Record<string, string>> } };
    data._omj.country_names.en = { KG: 'קירגיזסטן' };
    const el = await grid(html`<omj-video-grid topics .data=${data}></omj-video-grid>`);
    const meta = cards(el)[0]!.querySelector('.meta')!;
    expect(meta.textContent).to.equal('קירגיזסטן · 2012');
    // Rendered order: the year sits to the right of the (isolated) country name, not before it.
    const range = document.createRange();
    const text =
      meta.lastChild!.nodeType === Node.TEXT_NODE
        ? meta.lastChild!
        : [...meta.childNodes].reverse().find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.includes('2012'))!;
    range.setStart(text, text.textContent!.indexOf('2012'));
    range.setEnd(text, text.textContent!.indexOf('2012') + 4);
    expect(range.getBoundingClientRect().left).to.be.greaterThan(meta.querySelector('bdi')!.getBoundingClientRect().right - 1);
    // Every element that shows feed text isolates it.
    const feedText = [
      ...cards(el).map((card) => card.querySelector('.title')!),
      ...shadow(el).querySelectorAll('.meta bdi, .topics bdi, button[aria-pressed] bdi'),
    ];
    expect(feedText.length).to.be.greaterThan(cards(el).length * 2);
    for (const node of feedText) expect(getComputedStyle(node).unicodeBidi, node.outerHTML).to.equal('isolate');
  });

  it('loads from a feed URL; relative poster URLs resolve against the feed', async () => {
    const url = new URL('./fixtures/films-1.json', import.meta.url).href;
    const el = await grid(html`<omj-video-grid feed=${url}></omj-video-grid>`);
    expect(cardIds(el)).to.deep.equal(['p1-0', 'p1-1', 'p1-2']);
    expect(cards(el)[0]!.querySelector('img')!.src).to.equal(new URL('./fixtures/poster.svg', import.meta.url).href);
  });

  it('never overflows a narrow container, in grid and list layout (only the chip row scrolls)', async () => {
    for (const layout of ['grid', 'list']) {
      const box = await fixture<HTMLDivElement>(
        html`<div style="width: 150px"><omj-video-grid search topics layout=${layout} .data=${filmsFeed(posterBase)}></omj-video-grid></div>`,
      );
      const el = box.querySelector('omj-video-grid')!;
      await waitUntil(() => cards(el).length > 0);
      const right = el.getBoundingClientRect().right;
      const outside = [...shadow(el).querySelectorAll<HTMLElement>('*:not(.chips *)')]
        .filter((node) => node.getBoundingClientRect().right > right + 0.5)
        .map((node) => `${node.localName}.${node.className}`);
      expect(outside, layout).to.deep.equal([]);
    }
  });

  it('warns about wrong attributes, naming them, and falls back to defaults', async () => {
    let el!: Awaited<ReturnType<typeof grid>>;
    const warnings = await captureWarnings(async () => {
      el = await grid(
        html`<omj-video-grid page-size="lots" layout="tiles" country="XX kg" .data=${archiveFeed(40, posterBase)}></omj-video-grid>`,
      );
    });
    expect(warnings).to.include('<omj-video-grid> attribute page-size: "lots" is not 1–72');
    expect(warnings).to.include('<omj-video-grid> attribute layout: "tiles" is not grid or list');
    expect(warnings).to.include('<omj-video-grid> attribute country: "XX" is not a country code');
    // KG kept, 24 per page.
    expect(cards(el).length).to.equal(2);
    expect(shadow(el).querySelector('ul.grid')!.className).to.contain('grid');
  });
});

describe('<omj-video-grid> filters', () => {
  it('filters by the country attribute (as the filter sets it) and fires omj-filter-change', async () => {
    const el = await grid(html`<omj-video-grid .data=${filmsFeed(posterBase)}></omj-video-grid>`);
    const event = oneEvent(el, 'omj-filter-change');
    el.setAttribute('country', 'KG KZ');
    const { detail } = await event;
    expect(detail.filter.countries).to.deep.equal(['KG', 'KZ']);
    expect(detail.matches).to.equal(3);
    expect(cardIds(el)).to.deep.equal(['kg-2012-jj-01', 'kz-2014-ed-02', 'kg-2018-di-05']);
    await waitUntil(() => shadow(el).querySelector('[role="status"]')!.textContent === '1–3 of 3 films');
  });

  it('toggles topic chips (aria-pressed) and reflects them to the topic attribute', async () => {
    const el = await grid(html`<omj-video-grid topics .data=${filmsFeed(posterBase)}></omj-video-grid>`);
    const chip = buttonByText(el, 'Disability')!;
    expect(chip.getAttribute('aria-pressed')).to.equal('false');
    // The chips are one named group, so a screen reader says what these toggle buttons filter.
    const group = chip.closest('[role="group"]')!;
    expect(group.getAttribute('aria-label')).to.equal('Topics');
    const event = oneEvent(el, 'omj-filter-change');
    chip.click();
    expect((await event).detail).to.deep.include({ matches: 2 });
    expect(chip.getAttribute('aria-pressed')).to.equal('true');
    expect(el.getAttribute('topic')).to.equal('disability');
    expect(cardIds(el)).to.deep.equal(['fr-2015-ed-03', 'kg-2018-di-05']);
    chip.click();
    await el.updateComplete;
    expect(cards(el)).to.have.length(6);
  });

  it('searches as the visitor types, debounced (on a controllable clock), in Cyrillic and without diacritics', async () => {
    const el = await grid(html`<omj-video-grid search .data=${filmsFeed(posterBase)}></omj-video-grid>`);
    // A hand-driven clock: the debounce never depends on how busy the machine is.
    const timers: { run: () => void; at: number }[] = [];
    let now = 0;
    el.clock = {
      setTimeout: (run, ms) => timers.push({ run, at: now + ms }),
      clearTimeout: (handle) => {
        if (typeof handle === 'number' && timers[handle - 1]) timers[handle - 1]!.at = Infinity;
      },
    };
    const tick = (ms: number) => {
      now += ms;
      for (const timer of timers) if (timer.at <= now) ((timer.at = Infinity), timer.run());
    };
    const input = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(input.labels?.[0]?.textContent).to.contain('Search');
    input.focus();
    await sendKeys({ type: 'шанс' });
    tick(149);
    await el.updateComplete;
    expect(cards(el)).to.have.length(6); // not yet: debounced
    const changed = oneEvent(el, 'omj-filter-change');
    tick(1);
    const { detail } = await changed;
    expect(detail.filter.text).to.equal('шанс');
    expect(cardIds(el)).to.deep.equal(['kg-2012-jj-01']);
    input.value = 'cafe a almaty';
    input.dispatchEvent(new Event('input'));
    const again = oneEvent(el, 'omj-filter-change');
    tick(150);
    await again;
    expect(cardIds(el)).to.deep.equal(['fr-2015-ed-03']);
  });

  it('says when nothing matches and "Clear filters" resets every filter and announces', async () => {
    const el = await grid(html`<omj-video-grid search country="TJ" topic="education" .data=${filmsFeed(posterBase)}></omj-video-grid>`);
    expect(cards(el)).to.have.length(0);
    expect(shadow(el).textContent).to.contain('No films match.');
    const event = oneEvent(el, 'omj-filter-change');
    buttonByText(el, 'Clear filters')!.click();
    const { detail } = await event;
    expect(detail.matches).to.equal(6);
    expect(detail.filter).to.deep.equal({ countries: [], topics: [], text: '' });
    expect(el.hasAttribute('country')).to.equal(false);
    expect(el.hasAttribute('topic')).to.equal(false);
    await aTimeout(0);
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.equal('1–6 of 6 films');
    expect(shadow(el).activeElement).to.equal(cardButton(el, 'kg-2012-jj-01'));
  });

  it('says "No films yet" for an empty archive', async () => {
    const el = await grid(
      html`<omj-video-grid .data=${{ version: 'https://jsonfeed.org/version/1.1', title: 'x', items: [] }}></omj-video-grid>`,
    );
    expect(shadow(el).textContent).to.contain('No films yet.');
  });
});

describe('<omj-video-grid> paging', () => {
  it('"Show more" adds a page and moves focus to its first card', async () => {
    const el = await grid(html`<omj-video-grid .data=${archiveFeed(60, posterBase)}></omj-video-grid>`);
    expect(cards(el)).to.have.length(24);
    buttonByText(el, 'Show more')!.click();
    await waitUntil(() => cards(el).length === 48);
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(cardButton(el, 'film-24'));
    buttonByText(el, 'Show more')!.click();
    await waitUntil(() => cards(el).length === 60);
    expect(buttonByText(el, 'Show more')).to.equal(undefined);
  });

  it('keeps the shadow root under 800 elements with 3,000 films, whatever the number of presses', async () => {
    const el = await grid(html`<omj-video-grid search topics .data=${archiveFeed(3000, posterBase)}></omj-video-grid>`);
    for (let press = 0; press < 8; press++) {
      buttonByText(el, 'Show more')!.click();
      await el.updateComplete;
      await aTimeout(0);
    }
    const count = shadow(el).querySelectorAll('*').length;
    expect(count).to.be.at.most(800);
    // 9 pages seen: a window of the last 3 is in the DOM, the earlier ones come back on request.
    expect(cardIds(el)[0]).to.equal('film-144');
    expect(cardIds(el).at(-1)).to.equal('film-215');
    expect(shadow(el).querySelector('.count')!.textContent!.trim()).to.equal('145–216 of 3,000 films');
    buttonByText(el, 'Show earlier')!.click();
    await el.updateComplete;
    await aTimeout(0);
    expect(cardIds(el)[0]).to.equal('film-120');
    expect(shadow(el).activeElement).to.equal(cardButton(el, 'film-120'));
    expect(shadow(el).querySelectorAll('*').length).to.be.at.most(800);
  });

  it("fetches the feed's next_url page when the loaded films run out", async () => {
    const url = new URL('./fixtures/films-1.json', import.meta.url).href;
    const el = await grid(html`<omj-video-grid page-size="2" feed=${url}></omj-video-grid>`);
    expect(cardIds(el)).to.deep.equal(['p1-0', 'p1-1']);
    buttonByText(el, 'Show more')!.click();
    await waitUntil(() => cards(el).length === 3);
    buttonByText(el, 'Show more')!.click();
    await waitUntil(() => cards(el).length === 5, 'next page not loaded');
    expect(cardIds(el)).to.include('p2-0');
  });

  it('in data-saver mode shows a compact text list without posters', async () => {
    const el = await grid(html`<omj-video-grid data-saver .data=${filmsFeed(posterBase)}></omj-video-grid>`);
    expect(cards(el)).to.have.length(6);
    expect(shadow(el).querySelectorAll('img, .poster')).to.have.length(0);
    expect(shadow(el).querySelector('ul.grid')!.classList.contains('compact')).to.equal(true);
    expect(cards(el)[0]!.querySelector('.meta')!.textContent).to.equal('Kyrgyzstan · 2012');
  });
});
