import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import type { OmjNewsTicker } from '../src/news-ticker.js';
import { $$, settled } from './helpers.js';
import { manyItems } from './feeds.js';

/**
 * Every link and button is at least 44 × 44 px on a 320 px phone (the promise in docs/accessibility.md;
 * WCAG 2.5.8 asks 24 × 24). One-line news links were 23 px tall.
 */
describe('<omj-news-ticker> target size at 320 px', () => {
  before(() => setViewport({ width: 320, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  for (const mode of ['list', 'marquee', 'rotate']) {
    it(`${mode}: every link and button is at least 44 × 44 px`, async () => {
      // Reduced motion: nothing moves while measuring (the marquee's copies are then clickable too).
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await fixture<OmjNewsTicker>(
        html`<omj-news-ticker mode=${mode} more-url="https://example.org/news/" .data=${manyItems(4)}></omj-news-ticker>`,
      );
      await settled(el);
      const targets = $$(el, 'a, button');
      expect(targets.length).to.be.greaterThan(mode === 'rotate' ? 4 : 4);
      const small = targets
        .map((node) => ({ node, box: node.getBoundingClientRect() }))
        .filter(({ box }) => box.height < 44 || box.width < 44)
        .map(({ node, box }) => `${node.getAttribute('part')} ${Math.round(box.width)}×${Math.round(box.height)}`);
      expect(small).to.deep.equal([]);
      expect(document.documentElement.clientWidth).to.equal(320);
    });
  }
});
