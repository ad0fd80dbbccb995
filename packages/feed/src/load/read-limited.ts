import { DEFAULT_MAX_LENGTH } from '../limits.js';

/** Answers of more bytes than this are refused (`feed too large`) without being read to the end. */
export const MAX_FEED_BYTES = DEFAULT_MAX_LENGTH;

/**
 * A response body as text, refusing more than `MAX_FEED_BYTES`: first by `Content-Length`, then by
 * counting while streaming, cancelling the download past the limit (a 100 MB answer used to be read in
 * full before the parser's length check). Throws `tooLarge()`. Used by the browser's loader and the CLI.
 */
export async function readLimited(response: Response, tooLarge: () => Error): Promise<string> {
  if (Number(response.headers.get('Content-Length')) > MAX_FEED_BYTES) {
    response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  const reader = response.body?.getReader();
  if (reader === undefined) return '';
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > MAX_FEED_BYTES) {
      reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}
