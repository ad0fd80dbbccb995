/**
 * Copies text: the async Clipboard API first, then the old `execCommand('copy')` on a hidden textarea (pages
 * served over http, embedded frames without clipboard permission, old WebViews). Resolves `true` only when
 * the browser says the text was copied. Focus returns to where it was.
 */
export async function copyText(text: string, root: ShadowRoot | Document): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // fall through to the legacy path
  }
  const active = (root as ShadowRoot).activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.className = 'visually-hidden';
  area.setAttribute('aria-hidden', 'true');
  const parent = root instanceof Document ? root.body : root;
  parent.append(area);
  let ok = false;
  try {
    area.select();
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  active?.focus();
  return ok;
}
