// Reading what a command is given: a file, `-` (standard input) or an http(s) URL, each refused early when
// larger than the loader's limit, so the CLI gives the browser's verdict ("too large") without reading 100 MB.
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MAX_FEED_BYTES, readLimited, safeUrl } from '@omj/feed';
import { formatSize } from '@omj/feed/strict';

/** The reason for a refused input: `file is 100 MB, more than the 4 MB limit`. */
export function tooLargeReason(what: string, bytes?: number): string {
  return `${what} is ${bytes === undefined ? 'larger than the limit' : formatSize(bytes)}, more than the ${formatSize(MAX_FEED_BYTES)} limit`;
}

export class InputTooLarge extends Error {}

/** A file's text; its size is checked (fstat) before anything is read. */
export async function readFeedFile(path: string): Promise<string> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    if (size > MAX_FEED_BYTES) throw new InputTooLarge(tooLargeReason('file', size));
    return await file.readFile('utf8');
  } finally {
    await file.close();
  }
}

/** Standard input as text, counted while read: past the limit it stops reading. */
export async function readFeedStdin(stream: AsyncIterable<Buffer>): Promise<string> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of stream) {
    bytes += chunk.length;
    if (bytes > MAX_FEED_BYTES) throw new InputTooLarge(tooLargeReason('standard input'));
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A fetched answer's text, refused by Content-Length or while streaming past the limit. */
export function readFeedResponse(response: Response): Promise<string> {
  const length = Number(response.headers.get('Content-Length'));
  return readLimited(response, () => new InputTooLarge(tooLargeReason('the answer', length > 0 ? length : undefined)));
}

/**
 * A local file is checked as it will be served: its relative URLs (posters and media beside it) resolve
 * against its own location, on a stand-in http host, unless the feed has an absolute `feed_url`. A byte
 * order mark is skipped, as both parsers skip it (with it the CLI used to drop films with relative posters
 * that the browser showed).
 */
export function localBase(text: string, target: string): string | undefined {
  if (target === '-') return undefined;
  try {
    const value: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    const feedUrl = typeof value === 'object' && value !== null ? (value as { feed_url?: unknown }).feed_url : undefined;
    if (safeUrl(feedUrl, 'link') !== undefined) return undefined;
  } catch {
    return undefined; // not JSON: the parser says so
  }
  return new URL(pathToFileURL(resolve(target)).pathname, LOCAL_HOST).href;
}

/** The stand-in host local files are "served" from (see `localBase`). */
export const LOCAL_HOST = 'https://local.invalid/';

export type Input = { text: string; /** The URL fetched (after redirects), for a URL. */ url?: string } | { error: string };

/** Reads a file (or `-` for standard input) or fetches an http(s) URL; failures come back as a reason. */
export async function readInput(target: string, timeout: number, accept: string): Promise<Input> {
  if (/^https?:\/\//i.test(target)) {
    try {
      const response = await fetch(target, { signal: AbortSignal.timeout(timeout), headers: { accept } });
      if (!response.ok) return { error: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} from ${target}` };
      return { text: await readFeedResponse(response), url: response.url };
    } catch (error) {
      if (error instanceof InputTooLarge) return { error: error.message };
      const name = error instanceof Error ? error.name : '';
      if (name === 'TimeoutError' || name === 'AbortError') return { error: `no answer from ${target} within ${timeout / 1000} s` };
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
      return { error: `could not fetch ${target}${cause}` };
    }
  }
  try {
    return { text: target === '-' ? await readFeedStdin(process.stdin) : await readFeedFile(target) };
  } catch (error) {
    if (error instanceof InputTooLarge) return { error: error.message };
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? `no file ${target}` : `cannot read ${target} (${code ?? String(error)})` };
  }
}
