/**
 * Copies text with the async Clipboard API. Resolves `true` only when the browser says the text was copied;
 * `false` where it refuses (an `http:` page, a frame without clipboard permission): the card then says so.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
