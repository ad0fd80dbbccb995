/**
 * Copies text: the async Clipboard API first, then the old `execCommand('copy')` on a hidden textarea (pages
 * served over http, embedded frames without clipboard permission, old WebViews). Resolves `true` only when
 * the browser says the text was copied. Focus returns to where it was.
 */
export async function copyText(text: string, root: ShadowRoot): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // fall through to the legacy path
  }
  const active = root.activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true; // no on-screen keyboard flashing up on phones
  area.className = 'visually-hidden';
  root.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    // ok stays false
  }
  area.remove();
  active?.focus();
  return ok;
}
