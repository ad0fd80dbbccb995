import { waitUntil } from '@open-wc/testing';
import type { OmjCountryFilter } from '../src/country-filter.js';

export function root(el: OmjCountryFilter): ShadowRoot {
  return el.shadowRoot!;
}

export function listbox(el: OmjCountryFilter): HTMLElement {
  return root(el).querySelector<HTMLElement>('[role="listbox"]')!;
}

export function options(el: OmjCountryFilter): HTMLElement[] {
  return [...root(el).querySelectorAll<HTMLElement>('[role="option"]')];
}

/** Visible rows as "Name count". */
export function rows(el: OmjCountryFilter): string[] {
  return options(el).map(
    (option) => `${option.querySelector('.name')!.textContent!.trim()} ${option.querySelector('[part="count"]')!.textContent!.trim()}`,
  );
}

export function names(el: OmjCountryFilter): string[] {
  return options(el).map((option) => option.querySelector('.name')!.textContent!.trim());
}

export function selectedCodes(el: OmjCountryFilter): string[] {
  return options(el)
    .filter((option) => option.getAttribute('aria-selected') === 'true')
    .map((option) => option.dataset['code'] ?? '');
}

export function activeId(el: OmjCountryFilter): string | null {
  return listbox(el).getAttribute('aria-activedescendant');
}

export async function filled(el: OmjCountryFilter): Promise<void> {
  await waitUntil(() => options(el).length > 1, 'the filter never listed countries', { timeout: 5000 });
}

export { captureWarnings } from '../../../test-support/console.js';

/**
 * The filter's clocks, held by the test so nothing depends on how busy the machine is: timers of `holdMs`
 * (the grace before a missing grid is reported) wait until `runHeld()`, and `Date.now` (type-ahead timing)
 * moves only by `advance(ms)`. Install before the element connects; `restore()` in `afterEach`.
 */
export function holdClock(holdMs: number) {
  const realSetTimeout = window.setTimeout;
  const realNow = Date.now;
  const start = realNow();
  let offset = 0;
  const held: (() => void)[] = [];
  window.setTimeout = ((run: () => void, delay?: number, ...rest: unknown[]) => {
    if (delay === holdMs) {
      held.push(run);
      return 0;
    }
    return realSetTimeout(run, delay, ...rest);
  }) as typeof window.setTimeout;
  // Frozen between advances: the typing window cannot expire between two key presses on a slow machine.
  Date.now = () => start + offset;
  return {
    /** How many held timers are waiting. */
    get held(): number {
      return held.length;
    },
    /** Runs the held timers, as if their time had come. */
    runHeld(): void {
      for (const run of held.splice(0)) run();
    },
    advance(ms: number): void {
      offset += ms;
    },
    restore(): void {
      window.setTimeout = realSetTimeout;
      Date.now = realNow;
    },
  };
}
