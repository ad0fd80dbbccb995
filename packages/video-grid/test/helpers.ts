import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/index.js';
import type { OmjVideoGrid } from '../src/video-grid.js';

export const posterBase = new URL('./fixtures/poster.svg', import.meta.url).href;

export function shadow(el: OmjVideoGrid): ShadowRoot {
  return el.shadowRoot!;
}

export function cards(el: OmjVideoGrid): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('.card')];
}

export function cardIds(el: OmjVideoGrid): string[] {
  return cards(el).map((card) => card.dataset['id']!);
}

export function cardButton(el: OmjVideoGrid, id: string): HTMLButtonElement {
  const card = cards(el).find((item) => item.dataset['id'] === id);
  if (card === undefined) throw new Error(`no card ${id}`);
  return card.querySelector<HTMLButtonElement>('button.open')!;
}

export function buttonByText(el: OmjVideoGrid, text: string): HTMLButtonElement | undefined {
  return [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent?.trim() === text);
}

/** Renders a grid and waits until it left the loading state. */
export async function grid(template: TemplateResult): Promise<OmjVideoGrid> {
  const el = await fixture<OmjVideoGrid>(template);
  await waitUntil(() => !shadow(el).querySelector('.loading'), 'grid still loading', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

export { captureWarnings } from '../../../test-support/console.js';

/** Leaves the test page's URL as it was (deep-link tests write the fragment). */
export function resetUrl(): void {
  history.replaceState(null, '', `${location.pathname}${location.search}`);
}
