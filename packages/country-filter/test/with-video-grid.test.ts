import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { centralAsiaFeed } from '../../../test-support/feeds.js';
import '../src/index.js';
import '@omj/video-grid';
import { filled, root, selectedCodes } from './helpers.js';

// The real partner markup: the filter beside the real `<omj-video-grid>`, one feed URL for both.
describe('<omj-country-filter> with the real <omj-video-grid>', () => {
  const url = new URL('./fixtures/films.json', import.meta.url).href;
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('filters the grid, follows its reset, and loads the shared feed once', async () => {
    const page = fixtureSync<HTMLDivElement>(
      html`<div>
      <omj-country-filter for="films"></omj-country-filter>
      <omj-video-grid id="films" feed=${url}></omj-video-grid>
    </div>`,
    );
    const filter = page.querySelector('omj-country-filter')!;
    const grid = page.querySelector('omj-video-grid')!;
    const cards = () => grid.shadowRoot!.querySelectorAll('.card').length;
    await filled(filter);
    await waitUntil(() => cards() === 6, 'the grid never showed 6 films', { timeout: 5000 });
    expect(performance.getEntriesByType('resource').filter((entry) => entry.name === url)).to.have.length(1);

    const change = new Promise<string[]>((resolve) =>
      grid.addEventListener('omj-filter-change', (event) => resolve([...event.detail.filter.countries]), { once: true }),
    );
    root(filter).getElementById('o-KG')!.click();
    expect(await change).to.deep.equal(['KG']);
    await waitUntil(() => cards() === 3);

    grid.country = undefined; // what the grid's own "Clear filters" does
    await waitUntil(() => selectedCodes(filter).join() === '');
    await waitUntil(() => cards() === 6);
  });

  it('uses the data a script gave the grid when the grid has no feed attribute', async () => {
    const page = fixtureSync<HTMLDivElement>(
      html`<div>
      <omj-country-filter for="scripted"></omj-country-filter>
      <omj-video-grid id="scripted" .data=${centralAsiaFeed}></omj-video-grid>
    </div>`,
    );
    const filter = page.querySelector('omj-country-filter')!;
    await filled(filter);
    expect(root(filter).getElementById('o-KG')!.textContent).to.contain('12');
  });

  it('picks up data a script gives the grid later (the grid announces omj-filter-change)', async () => {
    const page = fixtureSync<HTMLDivElement>(
      html`<div>
      <omj-country-filter for="later-data"></omj-country-filter>
      <omj-video-grid id="later-data"></omj-video-grid>
    </div>`,
    );
    const filter = page.querySelector('omj-country-filter')!;
    await waitUntil(() => root(filter).querySelector('[part~="empty"]') !== null, 'no empty state first');
    page.querySelector('omj-video-grid')!.data = centralAsiaFeed;
    await filled(filter);
    expect(root(filter).getElementById('o-KG')!.textContent).to.contain('12');
  });
});
