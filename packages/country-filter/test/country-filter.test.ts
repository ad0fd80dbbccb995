import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { emit, parseCountryList } from '@omj/core';
import { resetFeedCache } from '@omj/feed';
import '../src/index.js';
import type { OmjCountryFilter } from '../src/country-filter.js';
import { centralAsiaFeed, manyCountriesFeed, noFilmsFeed } from '../../../stories/fixtures/country-filter.js';
import { MISSING_GRACE_MS } from '../src/country-filter.js';
import { activeId, captureWarnings, filled, holdClock, listbox, names, options, root, rows, selectedCodes } from './helpers.js';

/** Longer than the filter's type-ahead window (700 ms): the next letter starts a new search. */
const PAUSE_MS = 800;
/** A test's held clock (see `holdClock`), put back after each test. */
let clock: ReturnType<typeof holdClock> | undefined;
afterEach(() => {
  clock?.restore();
  clock = undefined;
});

/**
 * A stand-in for the real `<omj-video-grid>` (built in parallel): like the real one, it announces every
 * change of its `country` attribute with `omj-filter-change`. Each test file runs in its own page, so this
 * definition never meets the real element.
 */
class GridStandIn extends HTMLElement {
  static observedAttributes = ['country'];
  attributeChangedCallback(): void {
    emit(this, 'omj-filter-change', {
      filter: { countries: parseCountryList(this.getAttribute('country')), topics: [], text: '' },
      matches: 0,
    });
  }
}
customElements.define('omj-video-grid', GridStandIn);

interface Pair {
  filter: OmjCountryFilter;
  grid: HTMLElement;
  before: HTMLButtonElement;
}

async function pair(options: { multiple?: boolean; lang?: string; country?: string; data?: unknown } = {}): Promise<Pair> {
  const page = fixtureSync<HTMLDivElement>(
    html`<div lang=${options.lang ?? 'en'}>
    <button id="before">before</button>
    <omj-country-filter
      for="films"
      ?multiple=${options.multiple ?? false}
      .data=${options.data ?? centralAsiaFeed}
    ></omj-country-filter>
    <omj-video-grid id="films" country=${options.country ?? ''}></omj-video-grid>
  </div>`,
  );
  const filter = page.querySelector('omj-country-filter')!;
  const grid = page.querySelector<HTMLElement>('omj-video-grid')!;
  if (!options.country) grid.removeAttribute('country');
  await filter.updateComplete;
  return { filter, grid, before: page.querySelector('button')! };
}

/** Tab from the button before the filter into its list. */
async function tabIn({ before, filter }: Pair): Promise<void> {
  before.focus();
  await sendKeys({ press: 'Tab' });
  expect(filter.shadowRoot!.activeElement).to.equal(listbox(filter));
}

describe('<omj-country-filter> lists countries', () => {
  it('isolates every country name (the feed may spell it) from the count beside it (#12)', async () => {
    const { filter } = await pair();
    await filled(filter);
    const shown = options(filter)
      .slice(1)
      .map((option) => option.querySelector('.name')!);
    expect(shown.length).to.be.greaterThan(1);
    for (const node of shown) expect(getComputedStyle(node).unicodeBidi, node.outerHTML).to.equal('isolate');
  });

  it('shows every country with films, its count and "All countries" first, sorted, withdrawn films left out', async () => {
    const { filter } = await pair();
    await filled(filter);
    expect(rows(filter)).to.deep.equal([
      'All countries 39',
      'Germany 2',
      'Kazakhstan 7',
      'Kyrgyzstan 12',
      'Russia 3',
      'Tajikistan 5',
      'Turkmenistan 1',
      'Uzbekistan 9',
    ]);
    expect(names(filter)).not.to.include('Armenia');
    expect(root(filter).querySelector('[part="label"]')!.textContent!.trim()).to.equal('Country');
    expect(selectedCodes(filter)).to.deep.equal(['']);
    await expect(filter).to.be.accessible();
  });

  it('names countries in Russian with the feed override («Кыргызстан», not «Киргизия») and sorts with the Russian collator', async () => {
    const { filter } = await pair({ lang: 'ru' });
    await filled(filter);
    expect(names(filter)).to.deep.equal([
      'Все страны',
      'Германия',
      'Казахстан',
      'Кыргызстан',
      'Россия',
      'Таджикистан',
      'Туркменистан',
      'Узбекистан',
    ]);
    expect(names(filter)).not.to.include('Киргизия');
    expect(root(filter).querySelector('[part="label"]')!.textContent!.trim()).to.equal('Страна');
    await expect(filter).to.be.accessible();
  });

  it('names countries in Kyrgyz (Kyrgyz spellings even where the browser lacks Kyrgyz data), Kyrgyz order', async () => {
    const { filter } = await pair({ lang: 'ky' });
    await filled(filter);
    // ө sorts after о, as in the Kyrgyz alphabet.
    expect(names(filter)).to.deep.equal([
      'Бардык өлкөлөр',
      'Германия',
      'Казакстан',
      'Кыргызстан',
      'Орусия',
      'Өзбекстан',
      'Тажикстан',
      'Түркмөнстан',
    ]);
    expect(root(filter).querySelector('[part="label"]')!.textContent!.trim()).to.equal('Өлкө');
    await expect(filter).to.be.accessible();
  });

  it('a feed country_names.ky override wins', async () => {
    const data = { ...centralAsiaFeed, _omj: { version: 1, country_names: { ky: { DE: 'Немис өлкөсү' } } } };
    const { filter } = await pair({ lang: 'ky-KG', data });
    await filled(filter);
    expect(names(filter)).to.include('Немис өлкөсү');
  });

  it('renames and re-sorts when the language changes at run time', async () => {
    const { filter } = await pair();
    await filled(filter);
    expect(names(filter)[3]).to.equal('Kyrgyzstan');
    filter.setAttribute('lang', 'ru');
    await waitUntil(() => names(filter)[0] === 'Все страны');
    expect(names(filter)[3]).to.equal('Кыргызстан');
    expect(names(filter)[1]).to.equal('Германия');
  });

  it('formats counts with the language number format', async () => {
    const big = {
      ...centralAsiaFeed,
      items: Array.from({ length: 1200 }, (_, n) => ({ ...(centralAsiaFeed.items as Record<string, unknown>[])[0]!, id: `big-${n}` })),
    };
    const { filter } = await pair({ lang: 'ru', data: big });
    await filled(filter);
    expect(rows(filter)[1]).to.equal(`Кыргызстан ${new Intl.NumberFormat('ru').format(1200)}`);
    expect(rows(filter)[1]).to.match(/^Кыргызстан 1\s200$/);
  });

  it('uses the label attribute when given', async () => {
    const { filter } = await pair();
    filter.label = 'Films from';
    await filter.updateComplete;
    expect(root(filter).querySelector('[part="label"]')!.textContent!.trim()).to.equal('Films from');
    expect(listbox(filter).getAttribute('aria-labelledby')).to.equal('label');
  });
});

describe('<omj-country-filter> keyboard (listbox)', () => {
  it('Tab lands on the list; arrows, Home and End move the active option without selecting', async () => {
    const p = await pair();
    await filled(p.filter);
    await tabIn(p);
    expect(activeId(p.filter)).to.equal('o-');
    await sendKeys({ press: 'ArrowDown' });
    expect(activeId(p.filter)).to.equal('o-DE');
    await sendKeys({ press: 'ArrowDown' });
    expect(activeId(p.filter)).to.equal('o-KZ');
    await sendKeys({ press: 'ArrowUp' });
    expect(activeId(p.filter)).to.equal('o-DE');
    await sendKeys({ press: 'End' });
    expect(activeId(p.filter)).to.equal('o-UZ');
    await sendKeys({ press: 'ArrowDown' });
    expect(activeId(p.filter)).to.equal('o-UZ');
    await sendKeys({ press: 'Home' });
    expect(activeId(p.filter)).to.equal('o-');
    expect(p.grid.hasAttribute('country')).to.equal(false);
    expect(root(p.filter).querySelectorAll('.active')).to.have.length(1);
  });

  it('Space selects: sets the grid country attribute and fires omj-country-change', async () => {
    const p = await pair();
    await filled(p.filter);
    await tabIn(p);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    const event = oneEvent(p.filter, 'omj-country-change');
    await sendKeys({ press: 'Space' });
    const { detail } = await event;
    expect(detail.countries).to.deep.equal(['KZ']);
    expect(p.grid.getAttribute('country')).to.equal('KZ');
    await p.filter.updateComplete;
    expect(selectedCodes(p.filter)).to.deep.equal(['KZ']);
    await expect(p.filter).to.be.accessible();
  });

  it('Enter selects one country at a time; "All countries" removes the attribute', async () => {
    const p = await pair();
    await filled(p.filter);
    await tabIn(p);
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    expect(p.grid.getAttribute('country')).to.equal('UZ');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    expect(p.grid.getAttribute('country')).to.equal('TM');
    await sendKeys({ press: 'Home' });
    const event = oneEvent(p.filter, 'omj-country-change');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail.countries).to.deep.equal([]);
    expect(p.grid.hasAttribute('country')).to.equal(false);
    await p.filter.updateComplete;
    expect(selectedCodes(p.filter)).to.deep.equal(['']);
  });

  it('type-ahead jumps to a country by its first letters; the same letter again cycles', async () => {
    clock = holdClock(MISSING_GRACE_MS);
    const p = await pair();
    await filled(p.filter);
    await tabIn(p);
    await sendKeys({ press: 'k' });
    expect(activeId(p.filter)).to.equal('o-KZ');
    await sendKeys({ press: 'k' });
    expect(activeId(p.filter)).to.equal('o-KG');
    clock.advance(PAUSE_MS);
    await sendKeys({ type: 'tu' });
    expect(activeId(p.filter)).to.equal('o-TM');
    clock.advance(PAUSE_MS);
    await sendKeys({ press: 'x' });
    expect(activeId(p.filter), 'no match keeps the active option').to.equal('o-TM');
    expect(p.grid.hasAttribute('country')).to.equal(false);
  });

  it('type-ahead works with Cyrillic letters', async () => {
    clock = holdClock(MISSING_GRACE_MS);
    const p = await pair({ lang: 'ru' });
    await filled(p.filter);
    await tabIn(p);
    // A Russian keyboard layout delivers these keys; the test browser's US layout cannot type them.
    const press = (key: string) => listbox(p.filter).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    press('К');
    press('ы');
    expect(activeId(p.filter)).to.equal('o-KG');
    clock.advance(PAUSE_MS);
    press('т');
    expect(activeId(p.filter)).to.equal('o-TJ');
    press('т');
    expect(activeId(p.filter)).to.equal('o-TM');
    clock.advance(PAUSE_MS);
    press('в');
    expect(activeId(p.filter)).to.equal('o-');
  });

  it('focus returns to the selected country', async () => {
    const p = await pair({ country: 'TJ' });
    await filled(p.filter);
    await tabIn(p);
    expect(activeId(p.filter)).to.equal('o-TJ');
  });

  it('focus lands on "All countries" when the grid names a code no one can name', async () => {
    const p = await pair({ country: 'XX' });
    await filled(p.filter);
    expect(selectedCodes(p.filter)).to.deep.equal([]);
    await tabIn(p);
    expect(activeId(p.filter)).to.equal('o-');
  });

  it('moving with the keyboard re-renders nothing', async () => {
    const p = await pair({ data: manyCountriesFeed() });
    await filled(p.filter);
    let renders = 0;
    const render = p.filter['render'].bind(p.filter);
    (p.filter as unknown as { render: () => unknown }).render = () => {
      renders++;
      return render();
    };
    await tabIn(p);
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'End' });
    await p.filter.updateComplete;
    expect(renders).to.equal(0);
    expect(activeId(p.filter)).to.equal(options(p.filter).at(-1)!.id);
  });
});

describe('<omj-country-filter multiple>', () => {
  it('is multiselectable: Space toggles countries, "All countries" clears', async () => {
    const p = await pair({ multiple: true });
    await filled(p.filter);
    expect(listbox(p.filter).getAttribute('aria-multiselectable')).to.equal('true');
    await tabIn(p);
    await sendKeys({ press: 'ArrowDown' }); // DE
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' }); // KZ
    await sendKeys({ press: 'ArrowDown' }); // KG
    await sendKeys({ press: 'Space' });
    expect(p.grid.getAttribute('country')).to.equal('DE KG');
    await p.filter.updateComplete;
    expect(selectedCodes(p.filter)).to.deep.equal(['DE', 'KG']);
    await expect(p.filter).to.be.accessible();
    await sendKeys({ press: 'Space' });
    expect(p.grid.getAttribute('country')).to.equal('DE');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowDown' }); // RU, toggled on
    await sendKeys({ up: 'Shift' });
    expect(p.grid.getAttribute('country')).to.equal('DE RU');
    await sendKeys({ press: 'Home' });
    const event = oneEvent(p.filter, 'omj-country-change');
    await sendKeys({ press: 'Space' });
    expect((await event).detail.countries).to.deep.equal([]);
    expect(p.grid.hasAttribute('country')).to.equal(false);
  });

  it('toggles with clicks', async () => {
    const p = await pair({ multiple: true });
    await filled(p.filter);
    const click = async (code: string) => {
      const option = root(p.filter).getElementById(`o-${code}`)!;
      option.scrollIntoView({ block: 'nearest' });
      const box = option.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + 20), Math.round(box.y + box.height / 2)] });
    };
    await click('KZ');
    await click('UZ');
    expect(p.grid.getAttribute('country')).to.equal('KZ UZ');
    await click('KZ');
    expect(p.grid.getAttribute('country')).to.equal('UZ');
  });
});

describe('<omj-country-filter> follows its grid', () => {
  it('mirrors the grid country attribute present at start (a deep link)', async () => {
    const { filter } = await pair({ country: 'KZ UZ' });
    await filled(filter);
    expect(selectedCodes(filter)).to.deep.equal(['KZ', 'UZ']);
  });

  it('follows every change of the grid country attribute (the grid reflects its filter there)', async () => {
    const { filter, grid } = await pair();
    await filled(filter);
    let fired = 0;
    filter.addEventListener('omj-country-change', () => fired++);
    grid.setAttribute('country', 'TJ'); // a deep link
    await waitUntil(() => selectedCodes(filter).join() === 'TJ');
    grid.setAttribute('country', 'RU'); // e.g. the grid's own controls or a second filter
    await waitUntil(() => selectedCodes(filter).join() === 'RU');
    grid.removeAttribute('country'); // the grid's reset
    await waitUntil(() => selectedCodes(filter).join() === '');
    expect(fired, "omj-country-change is for the visitor's choices here only").to.equal(0);
  });

  it('shows a selected country that has no films, with 0, so the visitor can clear it', async () => {
    const { filter, grid } = await pair({ country: 'FR' });
    await filled(filter);
    expect(selectedCodes(filter)).to.deep.equal(['FR']);
    expect(rows(filter)).to.include('France 0');
    root(filter).getElementById('o-')!.click();
    expect(grid.hasAttribute('country')).to.equal(false);
    await filter.updateComplete;
    expect(rows(filter)).not.to.include('France 0');
  });

  it('keeps two filter+grid pairs on one page independent', async () => {
    const page = fixtureSync<HTMLDivElement>(
      html`<div>
      <omj-country-filter for="a" .data=${centralAsiaFeed}></omj-country-filter>
      <omj-video-grid id="a"></omj-video-grid>
      <omj-country-filter for="b" lang="ru" .data=${centralAsiaFeed}></omj-country-filter>
      <omj-video-grid id="b" country="UZ"></omj-video-grid>
    </div>`,
    );
    const [fa, fb] = [...page.querySelectorAll('omj-country-filter')];
    const [ga, gb] = [...page.querySelectorAll<HTMLElement>('omj-video-grid')];
    await filled(fa!);
    await filled(fb!);
    root(fa!).getElementById('o-KG')!.click();
    expect(ga!.getAttribute('country')).to.equal('KG');
    expect(gb!.getAttribute('country')).to.equal('UZ');
    await fb!.updateComplete;
    expect(selectedCodes(fb!)).to.deep.equal(['UZ']);
    root(fb!).getElementById('o-')!.click();
    expect(gb!.hasAttribute('country')).to.equal(false);
    expect(ga!.getAttribute('country')).to.equal('KG');
    expect(names(fb!)[0]).to.equal('Все страны');
  });

  it('finds the closest ancestor grid when there is no for', async () => {
    const grid = fixtureSync<HTMLElement>(
      html`<omj-video-grid>
      <omj-country-filter .data=${centralAsiaFeed}></omj-country-filter>
    </omj-video-grid>`,
    );
    const filter = grid.querySelector('omj-country-filter')!;
    await filled(filter);
    root(filter).getElementById('o-DE')!.click();
    expect(grid.getAttribute('country')).to.equal('DE');
  });

  it('connects to a grid that appears later, without a warning', async () => {
    let filter!: OmjCountryFilter;
    clock = holdClock(MISSING_GRACE_MS);
    const held = clock;
    const warnings = await captureWarnings(async () => {
      const page = fixtureSync<HTMLDivElement>(
        html`<div>
        <omj-country-filter for="later" .data=${centralAsiaFeed}></omj-country-filter>
      </div>`,
      );
      filter = page.querySelector('omj-country-filter')!;
      await filter.updateComplete; // a framework rendering the grid a few ticks later
      const grid = document.createElement('omj-video-grid');
      grid.id = 'later';
      grid.setAttribute('country', 'KG');
      page.append(grid);
      expect(held.pending, 'the filter waits before checking for its grid').to.be.greaterThan(0);
      held.run(); // the grace period is over
    });
    expect(warnings.filter((w) => w.includes('attribute for'))).to.deep.equal([]);
    await filled(filter);
    expect(selectedCodes(filter)).to.deep.equal(['KG']);
    expect(root(filter).querySelector('[part~="empty"]')).to.equal(null);
  });

  it('for naming nothing: warns naming "attribute for", says there are no countries, never throws', async () => {
    let filter!: OmjCountryFilter;
    const warnings = await captureWarnings(async () => {
      filter = fixtureSync<OmjCountryFilter>(html`<omj-country-filter for="nope" lang="ru"></omj-country-filter>`);
      await waitUntil(() => root(filter).querySelector('[part~="empty"]') !== null, 'no empty state', { timeout: 3000 });
    });
    expect(warnings).to.deep.equal(['<omj-country-filter> attribute for: no element with id "nope"']);
    expect(root(filter).querySelector('[part~="empty"]')!.textContent).to.contain('Пока нет стран');
    await expect(filter).to.be.accessible();
    // A grid with that id and a feed arrives later: the filter lists its countries.
    const grid = document.createElement('omj-video-grid');
    grid.id = 'nope';
    grid.setAttribute('feed', new URL('./fixtures/films.json', import.meta.url).href);
    filter.after(grid);
    await filled(filter);
    grid.remove();
  });
});

describe('<omj-country-filter> feed from the grid', () => {
  const url = new URL('./fixtures/films.json', import.meta.url).href;

  it('loads the feed named by the grid feed attribute', async () => {
    const page = fixtureSync<HTMLDivElement>(
      html`<div>
      <omj-country-filter for="g"></omj-country-filter>
      <omj-video-grid id="g" feed=${url}></omj-video-grid>
    </div>`,
    );
    const filter = page.querySelector('omj-country-filter')!;
    await filled(filter);
    expect(rows(filter)).to.deep.equal(['All countries 6', 'Kazakhstan 2', 'Kyrgyzstan 3', 'Uzbekistan 1']);
  });

  it('a feed attribute on the filter wins over the grid one', async () => {
    const page = fixtureSync<HTMLDivElement>(
      html`<div>
      <omj-country-filter for="g2" feed=${url}></omj-country-filter>
      <omj-video-grid id="g2" feed="/__feed-test/500.json"></omj-video-grid>
    </div>`,
    );
    const filter = page.querySelector('omj-country-filter')!;
    await filled(filter);
    expect(rows(filter)[0]).to.equal('All countries 6');
  });
});

describe('<omj-country-filter> states are accessible', () => {
  it('loading: the shared loading status', async () => {
    const page = fixtureSync<HTMLDivElement>(
      html`<div>
      <omj-country-filter for="slow"></omj-country-filter>
      <omj-video-grid id="slow" feed="/__feed-test/slow.json?ms=4000"></omj-video-grid>
    </div>`,
    );
    const filter = page.querySelector('omj-country-filter')!;
    await filter.updateComplete;
    const status = root(filter).querySelector('[part~="loading"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.contain('Loading…');
    await expect(filter).to.be.accessible();
  });

  it('error: the shared error state with a retry button', async () => {
    const page = fixtureSync<HTMLDivElement>(
      html`<div lang="ky">
      <omj-country-filter for="bad"></omj-country-filter>
      <omj-video-grid id="bad" feed="/__feed-test/500.json"></omj-video-grid>
    </div>`,
    );
    const filter = page.querySelector('omj-country-filter')!;
    await waitUntil(() => root(filter).querySelector('[part~="error"]') !== null, 'no error state', { timeout: 5000 });
    expect(root(filter).querySelector('[part~="retry"]')).not.to.equal(null);
    await expect(filter).to.be.accessible();
  });

  it('stale: a saved copy with the shared note and a retry button (once per page section)', async () => {
    const id = `cf-${Date.now()}`;
    const feed = `/__feed-test/flaky.json?id=${id}`;
    await fetch(`/__feed-test/flaky?id=${id}&mode=up`);
    const first = fixtureSync<HTMLDivElement>(
      html`<div>
      <omj-country-filter for="s1"></omj-country-filter><omj-video-grid id="s1" feed=${feed}></omj-video-grid>
    </div>`,
    ).querySelector('omj-country-filter')!;
    await waitUntil(() => root(first).querySelector('[part~="empty"]') !== null, 'first load', { timeout: 5000 });
    await fetch(`/__feed-test/flaky?id=${id}&mode=down`);
    resetFeedCache();
    const page = fixtureSync<HTMLDivElement>(
      html`<div lang="ru">
      <omj-country-filter for="s2" feed=${feed}></omj-country-filter><omj-video-grid id="s2"></omj-video-grid>
      <omj-country-filter for="s3"></omj-country-filter><omj-video-grid id="s3" feed=${feed}></omj-video-grid>
    </div>`,
    );
    const [filter, sharing] = [...page.querySelectorAll('omj-country-filter')];
    await waitUntil(() => root(filter!).querySelector('[part~="stale"]') !== null, 'no stale note', { timeout: 8000 });
    expect(root(filter!).querySelector('[part~="stale"] [part~="retry"]')).not.to.equal(null);
    await expect(filter!).to.be.accessible();
    // Sharing the grid's feed, the filter leaves the note to the grid (no second copy of it).
    await waitUntil(() => root(sharing!).querySelector('[part~="empty"]') !== null);
    expect(root(sharing!).querySelector('[part~="stale"]')).to.equal(null);
  });

  it('empty: "No countries yet" in the visitor language', async () => {
    const { filter } = await pair({ lang: 'ru', data: noFilmsFeed });
    await waitUntil(() => root(filter).querySelector('[part~="empty"]') !== null);
    expect(root(filter).querySelector('[part~="empty"]')!.textContent).to.contain('Пока нет стран');
    expect(listbox(filter)).to.equal(null);
    await expect(filter).to.be.accessible();
  });

  // No wall-clock assertion (a busy machine made it flaky); render times are bench figures (bench/).
  it('filled with 100 countries: lists them all and scrolls inside the list', async () => {
    const data = manyCountriesFeed();
    const { filter } = await pair({ data, lang: 'ky', country: 'BE' });
    await filled(filter);
    expect(options(filter)).to.have.length(101);
    const list = listbox(filter);
    expect(list.scrollHeight).to.be.greaterThan(list.clientHeight);
    await expect(filter).to.be.accessible();
  });
});
