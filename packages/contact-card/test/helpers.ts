import type { OmjContactCard } from '../src/contact-card.js';

export const fixtureUrl = new URL('./fixtures/contacts.json', import.meta.url).href;

/** The three contacts of the 2012 Bishkek press release, as a raw JSON Feed object (fresh copy). */
export async function seedFeed(): Promise<Record<string, unknown>> {
  return (await fetch(fixtureUrl)).json();
}

/** The element's shadow text, whitespace collapsed. */
export function text(el: Element): string {
  return (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function part<T extends HTMLElement = HTMLElement>(el: OmjContactCard, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

export function parts<T extends HTMLElement = HTMLElement>(el: OmjContactCard, name: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`)];
}

export { captureWarnings as collectWarnings } from '../../../test-support/console.js';

export interface VCardLine {
  name: string;
  params: Record<string, string>;
  value: string;
}

/**
 * A tiny vCard reader for the tests: checks CRLF endings, unfolds continuation lines (CRLF + one space),
 * splits `NAME;PARAM=…:value`, and leaves the value escaped (so tests see what was written).
 */
export function parseVCard(bytes: Uint8Array): { physical: Uint8Array[]; lines: VCardLine[] } {
  const physical: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      physical.push(bytes.subarray(start, i));
      start = i + 2;
      i++;
    }
  }
  if (start !== bytes.length) throw new Error('vCard does not end with CRLF');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const logical: string[] = [];
  for (const line of physical) {
    // `fatal: true` throws if a fold split a multi-byte character.
    const value = decoder.decode(line);
    if (value.includes('\n') || value.includes('\r')) throw new Error('bare line break inside a line');
    if (value.startsWith(' ')) logical[logical.length - 1] += value.slice(1);
    else logical.push(value);
  }
  const lines = logical.map((line) => {
    const colon = line.indexOf(':');
    const [name, ...rawParams] = line.slice(0, colon).split(';');
    const params: Record<string, string> = {};
    for (const param of rawParams) {
      const [key, value] = param.split('=');
      params[key!.toUpperCase()] = value ?? '';
    }
    return { name: name!.toUpperCase(), params, value: line.slice(colon + 1) };
  });
  return { physical, lines };
}

/** Unescapes a vCard text value (`\\n`, `\\,`, `\\;`, `\\\\`). */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\,;nN])/g, (_all, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}
