// `omj-feed validate <file-or-url>`: checks a feed the way the widgets read it and prints every problem.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ParseArgsConfig } from 'node:util';
import { safeUrl, type FeedProblem, type ParseResult } from '@omj/feed';
import { parseFeedWithStats, type ParseStats } from '@omj/feed/strict';
import { readInput } from './input.js';
import { reportLine, summaryLine } from './report.js';
import { timeoutMs, UsageError } from './usage.js';

export const VALIDATE_USAGE = `Usage: omj-feed validate <file-or-url> [--json] [--base-url <url>] [--timeout <seconds>]

Checks an OMJ feed (JSON Feed 1.0/1.1 with _omj extensions) the way the widgets read it.
Prints each problem as "PATH: reason" (warnings end in "(warning)"), then a summary line.

Options:
  --json             print one JSON object instead of lines
  --base-url <url>   resolve relative URLs against <url> (default: the URL fetched; for a file, its
                     feed_url, else the file's own location, as if served beside its media)
  --timeout <s>      give up fetching a URL after <s> seconds (default 20)
  -h, --help         show this help`;

export const VALIDATE_OPTIONS = {
  json: { type: 'boolean' },
  'base-url': { type: 'string' },
  timeout: { type: 'string' },
} satisfies NonNullable<ParseArgsConfig['options']>;

interface Args {
  target: string;
  json: boolean;
  baseUrl?: string;
  timeoutMs: number;
}

/**
 * A local file is checked as it will be served: its relative URLs (posters and media beside it) resolve
 * against its own location, on a stand-in http host, unless the feed has an absolute `feed_url`.
 */
function localBase(text: string, target: string): string | undefined {
  if (target === '-') return undefined;
  try {
    const value: unknown = JSON.parse(text);
    const feedUrl = typeof value === 'object' && value !== null ? (value as { feed_url?: unknown }).feed_url : undefined;
    if (safeUrl(feedUrl, 'link') !== undefined) return undefined;
  } catch {
    return undefined; // not JSON: the parser says so
  }
  return new URL(pathToFileURL(resolve(target)).pathname, 'https://local.invalid/').href;
}

function print(args: Args, result: ParseResult, stats: ParseStats): void {
  const problems = result.ok ? result.feed.problems : result.problems;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  if (args.json) {
    const out = {
      ok: result.ok,
      ...stats,
      warnings,
      feed: result.ok ? { title: result.feed.title, version: result.feed.version, nextUrl: result.feed.nextUrl, films: result.feed.films.length, news: result.feed.news.length, contacts: result.feed.contacts.length, hotlines: result.feed.hotlines.length } : undefined,
      problems,
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  const lines = problems.map(reportLine);
  lines.push(result.ok ? summaryLine(stats, warnings) : 'feed not usable: nothing can be shown');
  process.stdout.write(`${lines.join('\n')}\n`);
}

export async function validate(values: Record<string, unknown>, positionals: string[]): Promise<number> {
  const [target, ...more] = positionals;
  if (target === undefined) throw new UsageError('validate needs a file or URL');
  if (more.length > 0) throw new UsageError(`one feed at a time (also got ${JSON.stringify(more[0])})`);
  const args: Args = { target, json: values.json === true, baseUrl: values['base-url'] as string | undefined, timeoutMs: timeoutMs(values.timeout) };
  const input = await readInput(target, args.timeoutMs, 'application/feed+json, application/json;q=0.9, */*;q=0.1');
  if ('error' in input) {
    const problem: FeedProblem = { path: '$', reason: input.error, severity: 'error' };
    print(args, { ok: false, problems: [problem] }, { items: 0, kept: 0, dropped: 0, withdrawn: 0 });
    return 1;
  }
  const baseUrl = args.baseUrl ?? input.url ?? localBase(input.text, target);
  const { result, stats } = parseFeedWithStats(input.text, { baseUrl });
  print(args, result, stats);
  const dropped = !result.ok || result.feed.problems.some((p) => p.severity === 'error');
  return dropped ? 1 : 0;
}
