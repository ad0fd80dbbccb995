// `omj-feed validate <file-or-url>`: checks a feed the way the widgets read it and prints every problem.
import type { ParseArgsConfig } from 'node:util';
import type { FeedProblem, ParseResult } from '@omj/feed';
import { parseFeedWithStats, type ParseStats } from '@omj/feed/strict';
import { localBase, readInput } from './input.js';
import { followArchive } from './follow.js';
import { followLines, loadPage } from './follow-report.js';
import { printable } from './terminal.js';
import { reportLine, summaryLine } from './report.js';
import { timeoutMs, UsageError } from './usage.js';

export const VALIDATE_USAGE = `Usage: omj-feed validate <file-or-url> [--json] [--follow] [--base-url <url>] [--timeout <seconds>]

Checks an OMJ feed (JSON Feed 1.0/1.1 with _omj extensions) the way the widgets read it.
Prints each problem as "PATH: reason" (warnings end in "(warning)"), then a summary line.

Options:
  --json             print one JSON object instead of lines
  --follow           follow next_url over the whole paged archive; also reports a film withdrawn on
                     one page and listed on another, and next_url loops
  --base-url <url>   resolve relative URLs against <url> (default: the URL fetched; for a file, its
                     feed_url, else the file's own location, as if served beside its media)
  --timeout <s>      give up fetching a URL after <s> seconds (default 20)
  -h, --help         show this help`;

export const VALIDATE_OPTIONS = {
  json: { type: 'boolean' },
  follow: { type: 'boolean' },
  'base-url': { type: 'string' },
  timeout: { type: 'string' },
} satisfies NonNullable<ParseArgsConfig['options']>;

interface Args {
  target: string;
  json: boolean;
  follow: boolean;
  baseUrl?: string;
  timeoutMs: number;
}

function print(args: Args, result: ParseResult, stats: ParseStats): void {
  const problems = result.ok ? result.feed.problems : result.problems;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  if (args.json) {
    const out = {
      ok: result.ok,
      ...stats,
      warnings,
      feed: result.ok
        ? {
            title: result.feed.title,
            version: result.feed.version,
            nextUrl: result.feed.nextUrl,
            films: result.feed.films.length,
            news: result.feed.news.length,
            contacts: result.feed.contacts.length,
            hotlines: result.feed.hotlines.length,
          }
        : undefined,
      problems,
    };
    process.stdout.write(printable(`${JSON.stringify(out, null, 2)}\n`));
    return;
  }
  const lines = problems.map(reportLine);
  lines.push(result.ok ? summaryLine(stats, warnings) : 'feed not usable: nothing can be shown');
  process.stdout.write(printable(`${lines.join('\n')}\n`));
}

export async function validate(values: Record<string, unknown>, positionals: string[]): Promise<number> {
  const [target, ...more] = positionals;
  if (target === undefined) throw new UsageError('validate needs a file or URL');
  if (more.length > 0) throw new UsageError(`one feed at a time (also got ${JSON.stringify(more[0])})`);
  const args: Args = {
    target,
    json: values.json === true,
    follow: values.follow === true,
    baseUrl: values['base-url'] as string | undefined,
    timeoutMs: timeoutMs(values.timeout),
  };
  const input = await readInput(target, args.timeoutMs, 'application/feed+json, application/json;q=0.9, */*;q=0.1');
  if ('error' in input) {
    const problem: FeedProblem = { path: '$', reason: input.error, severity: 'error' };
    print(args, { ok: false, problems: [problem] }, { items: 0, kept: 0, dropped: 0, withdrawn: 0 });
    return 1;
  }
  const baseUrl = args.baseUrl ?? input.url ?? localBase(input.text, target);
  if (args.follow) {
    const report = await followArchive(target, { text: input.text, baseUrl }, (url) => loadPage(url, args.timeoutMs));
    const { text, failed } = followLines(report, args.json);
    process.stdout.write(printable(text));
    return failed ? 1 : 0;
  }
  const { result, stats } = parseFeedWithStats(input.text, { baseUrl });
  print(args, result, stats);
  const dropped = !result.ok || result.feed.problems.some((p) => p.severity === 'error');
  return dropped ? 1 : 0;
}
