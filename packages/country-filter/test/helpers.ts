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

export { holdClock } from '../../../test-support/clock.js';
