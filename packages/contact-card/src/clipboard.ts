/**
 * Copies text: the async Clipboard API first, then the old `execCommand('copy')` on a hidden textarea.
 * The fallback matters here: NGO partner sites are still often served over `http:` (no Clipboard API), and
 * many young visitors open links inside messenger apps whose WebViews refuse clipboard permission. Resolves
 * `true` only when the browser says the text was copied; focus returns to where it was.
 */
export async function copyText(text: string, root: ShadowRoot): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // no API (http:) or refused: the legacy path below
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
