import type { OmjHotlineBanner } from '../src/hotline-banner.js';

/** A raw JSON Feed object with hotline items, as a partner's server would send it. */
export function hotlineFeed(...items: Record<string, unknown>[]): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Child helplines',
    language: 'en',
    items,
  };
}

/** The KG child helpline item; `omj` overrides fields of its `_omj` object. */
export function kgHotline(omj: Record<string, unknown> = {}, item: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'kg-child-helpline',
    title: 'Child helpline',
    content_text: 'Free, confidential help for children and young people.',
    ...item,
    _omj: {
      kind: 'hotline',
      country: 'KG',
      name: { en: 'Child helpline', ru: 'Детский телефон доверия', ky: 'Балдардын ишеним телефону' },
      number: '111',
      free: true,
      languages: ['ky', 'ru'],
      hours: { time_zone: 'Asia/Bishkek', open: [{ days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00' }] },
      ...omj,
    },
  };
}

/** The element's visible text (shadow DOM), whitespace collapsed. */
export function text(el: OmjHotlineBanner): string {
  return (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function part(el: OmjHotlineBanner, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

export { captureWarnings as collectWarnings } from '../../../test-support/console.js';

// 2025-03-10 is a Monday; Bishkek is UTC+6.
export const MONDAY_11_BISHKEK = new Date('2025-03-10T05:00:00Z');
export const MONDAY_19_BISHKEK = new Date('2025-03-10T13:00:00Z');
export const SATURDAY_12_BISHKEK = new Date('2025-03-08T06:00:00Z');
