// `omj-feed validate <file-or-url>`: checks a feed the way the widgets read it and prints every problem.
// Built by scripts/build-cli.mjs to packages/feed/dist/cli.js; run through packages/feed/bin/omj-feed.js.
import { parseFeedWithStats, type ParseStats } from '../strict/index.js';
import { InputTooLarge, localBase, readFeedFile, readFeedResponse, readFeedStdin } from '../strict/input.js';
import { printable } from '../strict/terminal.js';
import { followArchive } from '../strict/follow.js';
import { followLines, loadPage } from '../strict/follow-report.js';
import type { FeedProblem, ParseResult } from '../types.js';
import { reportLine, summaryLine } from './report.js';

const USAGE = `Usage: omj-feed validate <file-or-url> [--json] [--follow] [--base-url <url>] [--timeout <seconds>]

Checks an OMJ feed (JSON Feed 1.0/1.1 with _omj extensions) the way the widgets read it.
Prints each problem as "PATH: reason" (warnings end in "(warning)"), then a summary line.

Options:
  --json             print one JSON object instead of lines
  --follow           follow next_url over the whole paged archive; also reports a film withdrawn on
                     one page and listed on another, and next_url loops
  --base-url <url>   resolve relative URLs against <url> (default: the URL fetched; for a file, its
                     feed_url, else the file's own location, as if served beside its media)
  --timeout <s>      give up fetching a URL after <s> seconds (default 20)
  -h, --help         show this help

Exit status: 0 every item is usable (warnings allowed); 1 an item was dropped, or the feed cannot be
used; 2 wrong usage.`;

class UsageError extends Error {}

interface Args {
  target: string;
  json: boolean;
  follow?: boolean;
  baseUrl?: string;
  timeoutMs: number;
}

function parseArgs(argv: readonly string[]): Args | 'help' {
  if (argv.includes('-h') || argv.includes('--help') || argv[0] === 'help') return 'help';
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('missing command');
  if (command !== 'validate') throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  const args: Partial<Args> & { json: boolean; timeoutMs: number } = { json: false, timeoutMs: 20000 };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--json') args.json = true;
    else if (arg === '--follow') args.follow = true;
    else if (arg === '--base-url' || arg === '--timeout') {
      const value = rest[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      if (arg === '--base-url') args.baseUrl = value;
      else {
        const seconds = Number(value);
        if (!(seconds > 0)) throw new UsageError(`--timeout: ${JSON.stringify(value)} is not a number of seconds`);
        args.timeoutMs = seconds * 1000;
      }
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${JSON.stringify(arg)}`);
    else if (args.target === undefined) args.target = arg;
    else throw new UsageError(`one feed at a time (also got ${JSON.stringify(arg)})`);
  }
  if (args.target === undefined) throw new UsageError('validate needs a file or URL');
  return args as Args;
}

/** Reads a file (or `-` for standard input) or fetches an http(s) URL. Failures become `$` problems. */
async function readInput(args: Args): Promise<{ text: string; baseUrl?: string } | { problem: FeedProblem }> {
  const fail = (reason: string) => ({ problem: { path: '$', reason, severity: 'error' as const } });
  if (/^https?:\/\//i.test(args.target)) {
    try {
      const response = await fetch(args.target, {
        signal: AbortSignal.timeout(args.timeoutMs),
        headers: { accept: 'application/feed+json, application/json;q=0.9, */*;q=0.1' },
      });
      if (!response.ok) return fail(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} from ${args.target}`);
      return { text: await readFeedResponse(response), baseUrl: args.baseUrl ?? response.url };
    } catch (error) {
      if (error instanceof InputTooLarge) return fail(error.message);
      const name = error instanceof Error ? error.name : '';
      if (name === 'TimeoutError' || name === 'AbortError') return fail(`no answer from ${args.target} within ${args.timeoutMs / 1000} s`);
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
      return fail(`could not fetch ${args.target}${cause}`);
    }
  }
  try {
    const text = args.target === '-' ? await readFeedStdin(process.stdin) : await readFeedFile(args.target);
    return { text, baseUrl: args.baseUrl ?? localBase(text, args.target) };
  } catch (error) {
    if (error instanceof InputTooLarge) return fail(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? `no file ${args.target}` : `cannot read ${args.target} (${code ?? String(error)})`);
  }
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
    process.stdout.write(printable(`${JSON.stringify(out, null, 2)}\n`));
    return;
  }
  const lines = problems.map(reportLine);
  lines.push(result.ok ? summaryLine(stats, warnings) : 'feed not usable: nothing can be shown');
  process.stdout.write(printable(`${lines.join('\n')}\n`));
}

export async function main(argv: readonly string[]): Promise<number> {
  let args: Args | 'help';
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(printable(`omj-feed: ${error.message}\n\n${USAGE}\n`));
    return 2;
  }
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const input = await readInput(args);
  if ('problem' in input) {
    const stats = { items: 0, kept: 0, dropped: 0, withdrawn: 0 };
    print(args, { ok: false, problems: [input.problem] }, stats);
    return 1;
  }
  if (args.follow) {
    const report = await followArchive(args.target, input, (url) => loadPage(url, args.timeoutMs));
    const { text, failed } = followLines(report, args.json);
    process.stdout.write(printable(text));
    return failed ? 1 : 0;
  }
  const { result, stats } = parseFeedWithStats(input.text, { baseUrl: input.baseUrl });
  print(args, result, stats);
  const dropped = !result.ok || result.feed.problems.some((p) => p.severity === 'error');
  return dropped ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(printable(`omj-feed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`));
    process.exitCode = 1;
  },
);
