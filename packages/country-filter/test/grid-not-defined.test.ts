import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { OmjCountryFilter } from '../src/country-filter.js';
import { MISSING_GRACE_MS } from '../src/country-filter.js';
import { centralAsiaFeed } from '../../../stories/fixtures/country-filter.js';
import { captureWarnings, filled, holdClock, root, selectedCodes } from './helpers.js';

/** A test's held clock (see `holdClock`), put back after each test. */
let clock: ReturnType<typeof holdClock> | undefined;
afterEach(() => {
  clock?.restore();
  clock = undefined;
});

// No `<omj-video-grid>` is defined in this page: the partner's grid script has not run (yet).
describe('<omj-country-filter> with a grid that is not defined', () => {
  const url = new URL('./fixtures/films.json', import.meta.url).href;

  it('reads the feed and country of an undefined grid element and writes its choice to it', async () => {
    const page = fixtureSync<HTMLDivElement>(
      html`<div>
      <omj-country-filter for="films"></omj-country-filter>
      <omj-video-grid id="films" feed=${url} country="KZ"></omj-video-grid>
    </div>`,
    );
    const filter = page.querySelector('omj-country-filter')!;
    const grid = page.querySelector('omj-video-grid')!;
    expect(customElements.get('omj-video-grid')).to.equal(undefined);
    await filled(filter);
    expect(selectedCodes(filter)).to.deep.equal(['KZ']);
    root(filter).getElementById('o-UZ')!.click();
    expect(grid.getAttribute('country')).to.equal('UZ');
  });

  it('follows a script changing the grid country attribute (no event from an undefined grid)', async () => {
    const page = fixtureSync<HTMLDivElement>(
      html`<div>
      <omj-country-filter for="g" .data=${centralAsiaFeed}></omj-country-filter>
      <omj-video-grid id="g"></omj-video-grid>
    </div>`,
    );
    const filter = page.querySelector('omj-country-filter')!;
    await filled(filter);
    page.querySelector('omj-video-grid')!.setAttribute('country', 'TJ kg');
    await waitUntil(() => selectedCodes(filter).join(' ') === 'KG TJ');
  });

  it('follows the grid when its feed attribute is set later', async () => {
    const page = fixtureSync<HTMLDivElement>(
      html`<div>
      <omj-video-grid id="late-feed"></omj-video-grid>
      <omj-country-filter for="late-feed"></omj-country-filter>
    </div>`,
    );
    const filter = page.querySelector('omj-country-filter')!;
    await filter.updateComplete;
    expect(root(filter).querySelector('[part~="empty"]')).not.to.equal(null);
    page.querySelector('omj-video-grid')!.setAttribute('feed', url);
    await filled(filter);
  });

  it('without for, outside any grid and without a feed: warns and says there are no countries', async () => {
    let filter!: OmjCountryFilter;
    const held = (clock = holdClock(MISSING_GRACE_MS));
    const warnings = await captureWarnings(async () => {
      filter = fixtureSync<OmjCountryFilter>(html`<omj-country-filter lang="ky"></omj-country-filter>`);
      await filter.updateComplete;
      expect(held.pending, 'the filter waits before calling the page wrong').to.be.greaterThan(0);
      held.run(); // the grace period is over
      await waitUntil(() => root(filter).querySelector('[part~="empty"]') !== null, 'no empty state');
    });
    expect(warnings).to.deep.equal(['<omj-country-filter> attribute for: missing, and the filter is not inside <omj-video-grid>']);
    expect(root(filter).querySelector('[part~="empty"]')!.textContent).to.contain('Азырынча өлкөлөр жок');
    await expect(filter).to.be.accessible();
  });

  it('without a grid but with a feed of its own: works alone, fires omj-country-change, no warning', async () => {
    let filter!: OmjCountryFilter;
    const held = (clock = holdClock(MISSING_GRACE_MS));
    const warnings = await captureWarnings(async () => {
      filter = fixtureSync<OmjCountryFilter>(html`<omj-country-filter .data=${centralAsiaFeed}></omj-country-filter>`);
      await filled(filter);
      expect(held.pending, 'the filter waits before checking for its grid').to.be.greaterThan(0);
      held.run(); // the grace period is over
    });
    expect(warnings).to.deep.equal([]);
    let detail: readonly string[] | undefined;
    filter.addEventListener('omj-country-change', (event) => (detail = event.detail.countries));
    root(filter).getElementById('o-KG')!.click();
    expect(detail).to.deep.equal(['KG']);
    expect(filter.countries).to.deep.equal(['KG']);
  });

  it('moves to another grid when for changes, and lets go of the old one', async () => {
    const page = fixtureSync<HTMLDivElement>(
      html`<div>
      <omj-country-filter for="one" .data=${centralAsiaFeed}></omj-country-filter>
      <omj-video-grid id="one" country="KZ"></omj-video-grid>
      <omj-video-grid id="two" country="UZ"></omj-video-grid>
    </div>`,
    );
    const filter = page.querySelector('omj-country-filter')!;
    const [one, two] = [...page.querySelectorAll('omj-video-grid')];
    await filled(filter);
    expect(selectedCodes(filter)).to.deep.equal(['KZ']);
    filter.htmlFor = 'two';
    await waitUntil(() => selectedCodes(filter).join() === 'UZ');
    root(filter).getElementById('o-TJ')!.click();
    expect(two!.getAttribute('country')).to.equal('TJ');
    expect(one!.getAttribute('country')).to.equal('KZ');
    one!.setAttribute('country', 'RU');
    await filter.updateComplete;
    expect(selectedCodes(filter)).to.deep.equal(['TJ']);
  });
});
