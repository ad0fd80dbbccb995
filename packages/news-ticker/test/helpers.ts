import { aTimeout, waitUntil } from '@open-wc/testing';
import type { OmjNewsTicker } from '../src/news-ticker.js';
import { captureWarnings as capture } from '../../../test-support/console.js';

/** Unique to this test page, so no cache of an earlier page answers (not a clock). */
const PAGE = crypto.randomUUID().slice(0, 8);

export function $(el: OmjNewsTicker, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function $$(el: OmjNewsTicker, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** Visible text of the item titles in the (original) list, in order. */
export function titles(el: OmjNewsTicker): string[] {
  return $$(el, '[part=link], [part=title]').map((node) => node.textContent!.trim());
}

/** Waits until the element left the loading state. */
export async function settled(el: OmjNewsTicker): Promise<void> {
  await waitUntil(
    () => el.shadowRoot && !el.shadowRoot.querySelector('[part~=loading]') && el.shadowRoot.querySelector('[part~=base]'),
    'ticker never settled',
    { timeout: 5000 },
  );
  await el.updateComplete;
}

/** Collects console.warn lines while `fn` runs and one task after (the ticker warns after its render). */
export function captureWarnings(fn: () => Promise<unknown> | unknown): Promise<string[]> {
  return capture(async () => {
    await fn();
    await aTimeout(0);
  });
}

/** The accessible name of the toggle (its visually hidden text). */
export function toggleLabel(el: OmjNewsTicker): string | undefined {
  return $(el, '[part=toggle]')?.textContent?.trim();
}

/** The element focused inside the ticker's shadow root, or null. */
export function focused(el: OmjNewsTicker): Element | null {
  return el.shadowRoot!.activeElement;
}

/** The marquee's current horizontal offset in pixels (from the computed transform). */
export function offset(el: OmjNewsTicker): number {
  const track = $(el, '.track');
  if (track === null) return 0;
  const transform = getComputedStyle(track).transform;
  return transform === 'none' ? 0 : new DOMMatrixReadOnly(transform).m41;
}

/** Unique URL of a fixture file (the loader caches by URL for the page's life). */
let counter = 0;
export function fixtureUrl(name: string): string {
  counter++;
  return new URL(`./fixtures/${name}?t=${PAGE}-${counter}`, import.meta.url).href;
}

/**
 * Motion pauses on a hidden page by design, and a hidden page gets no animation frames. Chromium hides
 * every tab but the newest of a window, so the runner must open each test page in its own browser
 * context (web-test-runner.config.js `createPage`); say so plainly instead of timing out.
 */
export function requireVisiblePage(): void {
  if (document.visibilityState === 'hidden') {
    throw new Error(
      'The test page is hidden (a background tab): motion holds and animation frames stop. Open each test page in its own browser context in web-test-runner.config.js.',
    );
  }
}

export { holdClock } from '../../../test-support/clock.js';
