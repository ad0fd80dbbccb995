import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { filmsFeed } from '../../../stories/fixtures/video-grid.js';
import { cardButton, grid, posterBase, resetUrl, shadow } from './helpers.js';
import type { OmjVideoGrid } from '../src/video-grid.js';

describe('<omj-video-grid> accessibility (axe)', () => {
  afterEach(resetUrl);

  it('loading: skeleton cards with reserved size and a status', async () => {
    const url = new URL('/__feed-test/slow.json?ms=3000&grid-a11y', location.href).href;
    const el = await fixture<OmjVideoGrid>(html`<omj-video-grid feed=${url}></omj-video-grid>`);
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="status"].loading')!.textContent).to.contain('Loading…');
    const skeleton = shadow(el).querySelector('.card .poster')!;
    expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(50);
    await expect(el).to.be.accessible();
  });

  it('error: message and retry', async () => {
    const url = new URL('./fixtures/missing.json', import.meta.url).href;
    const el = await grid(html`<omj-video-grid feed=${url}></omj-video-grid>`);
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'));
    expect(shadow(el).querySelector('[role="alert"] button')!.textContent).to.equal('Try again');
    await expect(el).to.be.accessible();
  });

  it('empty archive', async () => {
    const el = await grid(
      html`<omj-video-grid .data=${{ version: 'https://jsonfeed.org/version/1.1', title: 'x', items: [] }}></omj-video-grid>`,
    );
    expect(shadow(el).textContent).to.contain('No films yet.');
    await expect(el).to.be.accessible();
  });

  it('filled, with search and chips, light and dark', async () => {
    const el = await grid(html`<omj-video-grid search topics .data=${filmsFeed(posterBase)}></omj-video-grid>`);
    await expect(el).to.be.accessible();
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('filtered to nothing', async () => {
    const el = await grid(html`<omj-video-grid search country="TJ" topic="education" .data=${filmsFeed(posterBase)}></omj-video-grid>`);
    expect(shadow(el).textContent).to.contain('No films match.');
    await expect(el).to.be.accessible();
  });

  it('data saver list', async () => {
    const el = await grid(html`<omj-video-grid data-saver .data=${filmsFeed(posterBase)}></omj-video-grid>`);
    await expect(el).to.be.accessible();
  });

  it('player open (dialog), then playing a file', async () => {
    const el = await grid(html`<omj-video-grid .data=${filmsFeed(posterBase)}></omj-video-grid>`);
    cardButton(el, 'fr-2015-ed-03').click();
    await waitUntil(() => shadow(el).querySelector('dialog')?.open);
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('button.play')!.click();
    expect(shadow(el).querySelector('video')).to.exist;
    // axe's no-autoplay-audio rule preloads the media and waits for it forever when the file cannot be
    // reached (no network here). The video has controls and starts only on the visitor's press anyway.
    await expect(el).to.be.accessible({ ignoredRules: ['no-autoplay-audio'] });
    shadow(el).querySelector<HTMLButtonElement>('button.close')!.click();
    await waitUntil(() => location.hash === '', 'history not restored');
  });

  for (const lang of ['ru', 'ky']) {
    it(`${lang}: filled and player open`, async () => {
      const el = await grid(html`<omj-video-grid lang=${lang} search topics .data=${filmsFeed(posterBase)}></omj-video-grid>`);
      expect(shadow(el).querySelector('label')!.textContent!.trim()).to.equal(lang === 'ru' ? 'Поиск' : 'Издөө');
      await expect(el).to.be.accessible();
      cardButton(el, 'kg-2012-jj-01').click();
      await waitUntil(() => shadow(el).querySelector('dialog')?.open);
      await expect(el).to.be.accessible();
      shadow(el).querySelector<HTMLButtonElement>('button.close')!.click();
      await waitUntil(() => location.hash === '', 'history not restored');
    });
  }
});
