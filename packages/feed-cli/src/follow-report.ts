// What `omj-feed validate --follow` prints, and how it loads each further page (Node only).
import { readFeedFile, readFeedResponse, localBase, LOCAL_HOST } from './input.js';
import type { FollowReport, PageInput } from './follow.js';
import { reportLine, summaryLine } from './report.js';

/**
 * Loads a page named by `next_url`: an http(s) URL is fetched; a URL on the stand-in host of a local file
 * (`https://local.invalid/…`, see `localBase`) is read from the file beside it, so a paged archive on disk
 * can be checked before it is published. Throws an Error whose message says what went wrong.
 */
export async function loadPage(url: string, timeoutMs: number): Promise<PageInput> {
  if (url.startsWith(LOCAL_HOST)) {
    const path = decodeURIComponent(new URL(url).pathname);
    const text = await readFeedFile(path);
    return { text, baseUrl: localBase(text, path) ?? undefined };
  }
  const response = await fetch(url, {
    signal: AbortSignal.timeout(timeoutMs),
    headers: { accept: 'application/feed+json, application/json;q=0.9, */*;q=0.1' },
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  return { text: await readFeedResponse(response), baseUrl: response.url };
}

/**
 * Lines (or one JSON object) for a followed archive: each page's problems prefixed `page N: `, its summary,
 * then the archive's own problems. `failed` when an item was dropped anywhere or a film is listed after
 * being withdrawn on another page.
 */
export function followLines(report: FollowReport, json: boolean): { text: string; failed: boolean } {
  const failed =
    report.problems.some((p) => p.severity === 'error') ||
    report.pages.some(({ result }) => !result.ok || result.feed.problems.some((p) => p.severity === 'error'));
  if (json) {
    const pages = report.pages.map(({ url, result, stats }) => ({
      url,
      ok: result.ok,
      ...stats,
      problems: result.ok ? result.feed.problems : result.problems,
    }));
    return { text: `${JSON.stringify({ ok: !failed, pages, problems: report.problems }, null, 2)}\n`, failed };
  }
  const lines: string[] = [];
  report.pages.forEach(({ url, result, stats }, i) => {
    const problems = result.ok ? result.feed.problems : result.problems;
    const warnings = problems.filter((p) => p.severity === 'warning').length;
    lines.push(`page ${i + 1}: ${url}`);
    for (const problem of problems) lines.push(`page ${i + 1}: ${reportLine(problem)}`);
    lines.push(`page ${i + 1}: ${result.ok ? summaryLine(stats, warnings) : 'feed not usable: nothing can be shown'}`);
  });
  for (const problem of report.problems) lines.push(reportLine(problem));
  lines.push(`${report.pages.length} ${report.pages.length === 1 ? 'page' : 'pages'} followed`);
  return { text: `${lines.join('\n')}\n`, failed };
}
