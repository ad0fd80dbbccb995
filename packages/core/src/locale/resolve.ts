import { toUiLocale, type UiLocale } from './locales.js';

/**
 * The language an element speaks: its own `lang`, else the closest ancestor's `lang` (crossing shadow
 * roots, so a widget inside another component follows that component's host), else the document's,
 * else English. Returns the raw tag too, for `Intl` (which can use `ru-KG` regional data).
 */
export function resolveLang(element: Element): { tag: string; locale: UiLocale } {
  let node: Element | null = element;
  while (node !== null) {
    const tagged = node.closest('[lang]');
    const value = tagged?.getAttribute('lang')?.trim();
    if (value) return { tag: value, locale: toUiLocale(value) };
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  const documentLang = element.ownerDocument?.documentElement.getAttribute('lang')?.trim();
  if (documentLang) return { tag: documentLang, locale: toUiLocale(documentLang) };
  return { tag: 'en', locale: 'en' };
}
