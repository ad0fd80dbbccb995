import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { NewsOpenDetail, OmjNewsTicker, TickerMotionDetail } from '../src/news-ticker.js';
import { $, $$, settled } from './helpers.js';
import { manyItems } from './feeds.js';

/** Events a partner listens to (for its own analytics, or a single-page app's routing), typed detail. */
describe('<omj-news-ticker> events', () => {
  beforeEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  async function ticker(mode = 'rotate'): Promise<OmjNewsTicker> {
    const el = await fixture<OmjNewsTicker>(html`<omj-news-ticker mode=${mode} .data=${manyItems(3)}></omj-news-ticker>`);
    await settled(el);
    return el;
  }

  it('omj-news-open: { id, url }, bubbles out of the shadow root, and preventDefault() keeps the page', async () => {
    const el = await ticker('list');
    const seen: NewsOpenDetail[] = [];
    const listener = (event: CustomEvent<NewsOpenDetail>) => {
      seen.push(event.detail);
      event.preventDefault();
    };
    document.addEventListener('omj-news-open', listener);
    try {
      const link = $$(el, '[part=link]')[1] as HTMLAnchorElement;
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      link.dispatchEvent(click);
      expect(click.defaultPrevented).to.equal(true);
      expect(seen).to.deep.equal([{ id: 'n2', url: 'https://example.org/news/2' }]);
    } finally {
      document.removeEventListener('omj-news-open', listener);
    }
  });

  it('omj-news-open does not stop navigation unless cancelled', async () => {
    const el = await ticker('list');
    const link = $$(el, '[part=link]')[0] as HTMLAnchorElement;
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    // Keep the test page itself where it is: a listener below ours cancels only after checking.
    let prevented: boolean | undefined;
    const check = (event: Event) => {
      prevented = event.defaultPrevented;
      event.preventDefault();
    };
    document.addEventListener('click', check);
    setTimeout(() => link.dispatchEvent(click));
    const { detail } = await oneEvent(el, 'omj-news-open');
    document.removeEventListener('click', check);
    expect(detail).to.deep.equal({ id: 'n1', url: 'https://example.org/news/1' });
    expect(prevented).to.equal(false);
  });

  it('omj-ticker-pause and omj-ticker-play name the reason: button, then focus', async () => {
    const el = await ticker('rotate');
    const reasons: string[] = [];
    const record = (event: CustomEvent<TickerMotionDetail>) => reasons.push(`${event.type}:${event.detail.reason}`);
    el.addEventListener('omj-ticker-pause', record);
    el.addEventListener('omj-ticker-play', record);
    $(el, '[part=toggle]')!.click();
    await el.updateComplete;
    $(el, '[part=toggle]')!.click();
    await el.updateComplete;
    await sendKeys({ press: 'Tab' }); // the toggle: stops nothing
    await sendKeys({ press: 'Tab' }); // previous: stops
    await el.updateComplete;
    expect(reasons).to.deep.equal(['omj-ticker-pause:button', 'omj-ticker-play:button', 'omj-ticker-pause:focus']);
  });

  it('omj-ticker-pause: reduced-motion when the visitor switches the setting on; none in list mode', async () => {
    const el = await ticker('rotate');
    const list = await ticker('list');
    const reasons: string[] = [];
    const record = (event: CustomEvent<TickerMotionDetail>) =>
      reasons.push(`${(event.target as Element).getAttribute('mode')}:${event.detail.reason}`);
    document.addEventListener('omj-ticker-pause', record);
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
      await waitUntil(() => reasons.length > 0, 'no omj-ticker-pause after reduced motion was switched on');
      await el.updateComplete;
      $$(list, '[part=link]')[0]!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
      expect(reasons).to.deep.equal(['rotate:reduced-motion']);
    } finally {
      document.removeEventListener('omj-ticker-pause', record);
    }
  });
});
