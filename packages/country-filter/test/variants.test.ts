import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { emit, parseCountryList } from '@omj/core';
import '../src/index.js';
import type { OmjCountryFilter } from '../src/country-filter.js';
import { centralAsiaFeed } from '../../../stories/fixtures/country-filter.js';
import { captureWarnings, filled, options, root } from './helpers.js';

/** A stand-in grid, as in country-filter.test.ts: it announces every change of its `country` attribute. */
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

async function pair(attrs: { lang?: string; variant?: string; multiple?: boolean; country?: string } = {}) {
  const page = fixtureSync<HTMLDivElement>(
    html`<div lang=${attrs.lang ?? 'en'}>
    <omj-country-filter for="films" variant=${attrs.variant ?? 'list'} ?multiple=${attrs.multiple ?? false} .data=${centralAsiaFeed}></omj-country-filter>
    <omj-video-grid id="films"></omj-video-grid>
  </div>`,
  );
  const filter = page.querySelector<OmjCountryFilter>('omj-country-filter')!;
  const grid = page.querySelector<HTMLElement>('omj-video-grid')!;
  if (attrs.country) grid.setAttribute('country', attrs.country);
  await filter.updateComplete;
  return { filter, grid };
}

/** What a screen reader hears for each option: its text without the aria-hidden parts. */
function spoken(filter: OmjCountryFilter): string[] {
  return options(filter).map((option) =>
    [...option.querySelectorAll(':scope > span:not([aria-hidden="true"])')]
      .map((span) => span.textContent)
      .join('')
      .trim(),
  );
}

function select(filter: OmjCountryFilter): HTMLSelectElement {
  return root(filter).querySelector('select')!;
}

describe('<omj-country-filter> counts have nouns', () => {
  it('says "Kyrgyzstan, 12 films" and "Turkmenistan, 1 film" (the number alone is hidden from screen readers)', async () => {
    const { filter } = await pair();
    await filled(filter);
    const heard = spoken(filter);
    expect(heard).to.include('Kyrgyzstan, 12 films');
    expect(heard).to.include('Turkmenistan, 1 film');
    expect(heard[0]).to.equal('All countries, 39 films');
  });

  it('Russian plurals through Intl.PluralRules: 1 фильм, 2 фильма, 5 фильмов, 12 фильмов', async () => {
    const { filter } = await pair({ lang: 'ru' });
    await filled(filter);
    const heard = spoken(filter);
    expect(heard).to.include('Туркменистан, 1 фильм');
    expect(heard).to.include('Германия, 2 фильма');
    expect(heard).to.include('Таджикистан, 5 фильмов');
    expect(heard).to.include('Кыргызстан, 12 фильмов');
  });

  it('Kyrgyz says «тасма»: 1 тасма, 12 тасма', async () => {
    const { filter } = await pair({ lang: 'ky' });
    await filled(filter);
    const heard = spoken(filter).join('\n');
    expect(heard).to.contain('Кыргызстан, 12 тасма');
    expect(heard).to.contain(', 1 тасма');
    expect(heard).not.to.contain('фильм');
  });
});

describe('<omj-country-filter> forced colours and target size', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('the selected country differs from the others in forced colours (Highlight), axe clean', async function () {
    this.timeout(30000); // axe on a machine shared by many runs; no time is asserted
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const { filter } = await pair({ country: 'KG' });
      await filled(filter);
      await waitUntil(() =>
        options(filter).some((option) => option.getAttribute('aria-selected') === 'true' && option.dataset['code'] === 'KG'),
      );
      const chosen = options(filter).find((option) => option.dataset['code'] === 'KG')!;
      const other = options(filter).find((option) => option.dataset['code'] === 'KZ')!;
      expect(getComputedStyle(chosen).backgroundColor).not.to.equal(getComputedStyle(other).backgroundColor);
      const mark = (option: HTMLElement) => getComputedStyle(option.querySelector('.mark')!).backgroundColor;
      expect(mark(chosen)).not.to.equal(mark(other));
      await expect(filter).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('every option is a 44 px target at 320 px', async () => {
    await setViewport({ width: 320, height: 800 });
    const { filter } = await pair();
    await filled(filter);
    for (const option of options(filter)) expect(option.getBoundingClientRect().height).to.be.at.least(44);
  });
});

describe('<omj-country-filter variant="select">', () => {
  it('is a labelled native select whose options say the count in words; choosing sets the grid and fires omj-country-change', async () => {
    const { filter, grid } = await pair({ variant: 'select' });
    await waitUntil(() => select(filter)?.options.length > 1, 'no select options', { timeout: 5000 });
    const box = select(filter);
    expect(box.labels![0]!.textContent!.trim()).to.equal('Country');
    expect([...box.options].map((option) => option.textContent!.trim())).to.include.members([
      'All countries (39 films)',
      'Kyrgyzstan (12 films)',
      'Turkmenistan (1 film)',
    ]);
    expect(box.value).to.equal('');
    const changed = oneEvent(filter, 'omj-country-change');
    box.value = 'KG';
    box.dispatchEvent(new Event('change'));
    expect((await changed).detail).to.deep.equal({ countries: ['KG'] });
    expect(grid.getAttribute('country')).to.equal('KG');
    box.value = '';
    box.dispatchEvent(new Event('change'));
    expect(grid.hasAttribute('country')).to.equal(false);
    await expect(filter).to.be.accessible();
  });

  it('follows the grid (a deep link), speaks Russian, allows several with multiple', async () => {
    const { filter, grid } = await pair({ variant: 'select', lang: 'ru', multiple: true, country: 'KZ' });
    await waitUntil(() => select(filter)?.options.length > 1, 'no select options', { timeout: 5000 });
    const box = select(filter);
    expect(box.multiple).to.equal(true);
    expect([...box.selectedOptions].map((option) => option.value)).to.deep.equal(['KZ']);
    expect([...box.options].map((option) => option.textContent!.trim())).to.include('Кыргызстан (12 фильмов)');
    for (const option of box.options) option.selected = option.value === 'KZ' || option.value === 'UZ';
    box.dispatchEvent(new Event('change'));
    expect(grid.getAttribute('country')).to.equal('KZ UZ');
  });

  it('warns about an unknown variant and shows the list', async () => {
    let filter!: OmjCountryFilter;
    const warnings = await captureWarnings(async () => {
      ({ filter } = await pair({ variant: 'dropdown' }));
      await filled(filter);
    });
    expect(warnings).to.include('<omj-country-filter> attribute variant: "dropdown" is not list or select');
    expect(root(filter).querySelector('[role="listbox"]')).to.exist;
  });
});
