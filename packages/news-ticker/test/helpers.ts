import { aTimeout, waitUntil } from '@open-wc/testing';
import type { OmjNewsTicker } from '../src/news-ticker.js';
import { captureWarnings as capture } from '../../../test-support/console.js';

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
  await waitUntil(() => el.shadowRoot && !el.shadowRoot.querySelector('[part~=loading]') && el.shadowRoot.querySelector('[part~=base]'), 'ticker never settled', { timeout: 5000 });
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
  return new URL(`./fixtures/${name}?t=${Date.now().toString(36)}-${counter}`, import.meta.url).href;
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

/**
 * The rotation's clock, held by the test: page timers of exactly `ms` (the ticker's `interval` in
 * milliseconds; pick one no other timer on the page uses) wait until `run()` instead of firing by
 * themselves, so a rotation never depends on how busy the machine is. `restore()` in `afterEach`.
 */
export function holdTimers(ms: number) {
  const realSetTimeout = window.setTimeout;
  const realClearTimeout = window.clearTimeout;
  const held = new Map<number, () => void>();
  // Ids far above the browser's own, so clearing one never clears a real timer.
  let next = 1e9;
  window.setTimeout = ((run: TimerHandler, delay?: number, ...rest: unknown[]) => {
    if (delay !== ms || typeof run !== 'function') return realSetTimeout(run, delay, ...rest);
    held.set(next, () => (run as (...a: unknown[]) => void)(...rest));
    return next++;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined && held.delete(id)) return;
    realClearTimeout(id);
  }) as typeof window.clearTimeout;
  return {
    /** How many held timers are armed (not yet run or cleared). */
    get pending(): number {
      return held.size;
    },
    /** Runs the armed timers, as if their time had come. */
    run(): void {
      const due = [...held.values()];
      held.clear();
      for (const run of due) run();
    },
    restore(): void {
      window.setTimeout = realSetTimeout;
      window.clearTimeout = realClearTimeout;
    },
  };
}
