// Reading what a command is given: a file, `-` (standard input) or an http(s) URL.
import { readFile } from 'node:fs/promises';

export type Input = { text: string; /** The URL fetched (after redirects), for a URL. */ url?: string } | { error: string };

/** Reads a file (or `-` for standard input) or fetches an http(s) URL; failures come back as a reason. */
export async function readInput(target: string, timeout: number, accept: string): Promise<Input> {
  if (/^https?:\/\//i.test(target)) {
    try {
      const response = await fetch(target, { signal: AbortSignal.timeout(timeout), headers: { accept } });
      if (!response.ok) return { error: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} from ${target}` };
      return { text: await response.text(), url: response.url };
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      if (name === 'TimeoutError' || name === 'AbortError') return { error: `no answer from ${target} within ${timeout / 1000} s` };
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
      return { error: `could not fetch ${target}${cause}` };
    }
  }
  try {
    return { text: target === '-' ? await readStdin() : await readFile(target, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? `no file ${target}` : `cannot read ${target} (${code ?? String(error)})` };
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
