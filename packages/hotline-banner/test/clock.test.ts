import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { OmjHotlineBanner } from '../src/hotline-banner.js';

describe('<omj-hotline-banner> clock', () => {
  const realSetTimeout = window.setTimeout;
  const realClearTimeout = window.clearTimeout;
  let scheduled: { id: number; delay: number; run: () => void }[];
  let cleared: number[];

  beforeEach(() => {
    scheduled = [];
    cleared = [];
    let next = 1_000_000;
    // Only the minute timer (delays near a minute) is captured; everything else runs for real.
    window.setTimeout = ((fn: () => void, delay?: number, ...rest: unknown[]) => {
      if (delay !== undefined && delay > 1000) {
        const id = next++;
        scheduled.push({ id, delay, run: fn });
        return id;
      }
      return realSetTimeout(fn, delay, ...rest);
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined) cleared.push(id);
      realClearTimeout(id);
    }) as typeof window.clearTimeout;
  });
  afterEach(() => {
    window.setTimeout = realSetTimeout;
    window.clearTimeout = realClearTimeout;
  });

  it('re-renders at the start of each minute while connected, and stops when removed', async () => {
    const el = await fixture<OmjHotlineBanner>(html`<omj-hotline-banner number="111"></omj-hotline-banner>`);
    expect(scheduled).to.have.length(1);
    const first = scheduled[0]!;
    expect(first.delay).to.be.within(50, 60_050);
    let updates = 0;
    const original = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<typeof el.requestUpdate>) => {
      updates++;
      original(...args);
    };
    first.run();
    expect(updates).to.equal(1);
    expect(scheduled).to.have.length(2); // the next minute is scheduled
    el.remove();
    expect(cleared).to.include(scheduled[1]!.id);
  });
});
