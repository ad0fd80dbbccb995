// `omj-feed validate --follow`: validates every page of a paged archive (following `next_url`) and checks
// what only the whole archive shows: a film withdrawn on one page and listed on another (consent belongs
// to the film id across the archive: the widgets never show it), and `next_url` loops.
import { MAX_PAGES, type FeedProblem, type ParseResult } from '@omj/feed';
import { parseFeedWithStats, type ParseStats } from '@omj/feed/strict';

export interface PageInput {
  readonly text: string;
  /** What relative URLs (and `next_url`) resolve against. */
  readonly baseUrl?: string;
}

export interface FollowedPage {
  /** The page's URL as followed (the target as given for the first page). */
  readonly url: string;
  readonly result: ParseResult;
  readonly stats: ParseStats;
}

export interface FollowReport {
  readonly pages: readonly FollowedPage[];
  /** Problems of the archive as a whole: paths start with `page N`. */
  readonly problems: readonly FeedProblem[];
}

/** A URL for loop detection: without the fragment (which is never sent). */
const pageKey = (url: string): string => url.split('#')[0]!;

/**
 * Parses the first page, then each `next_url` in turn (through `load`, which may throw an Error whose
 * message becomes the page's `$` problem), until a page has none, repeats an earlier page (a loop,
 * reported as the browser reports it: `next_url: repeats URL (a loop)`), or `MAX_PAGES` is reached.
 */
export async function followArchive(firstUrl: string, first: PageInput, load: (url: string) => Promise<PageInput>): Promise<FollowReport> {
  const pages: FollowedPage[] = [];
  const problems: FeedProblem[] = [];
  const visited = new Set<string>();
  let url: string | undefined = firstUrl;
  let input: PageInput | undefined = first;
  while (url !== undefined && input !== undefined) {
    visited.add(pageKey(input.baseUrl ?? url));
    const { result, stats } = parseFeedWithStats(input.text, { baseUrl: input.baseUrl });
    pages.push({ url, result, stats });
    const next: string | undefined = result.ok ? result.feed.nextUrl : undefined;
    url = input = undefined;
    if (next === undefined) break;
    const at = `page ${pages.length} next_url`;
    if (visited.has(pageKey(next))) problems.push({ path: at, reason: `repeats ${pageKey(next)} (a loop)`, severity: 'warning' });
    else if (pages.length >= MAX_PAGES)
      problems.push({ path: at, reason: `not followed: stopped after ${MAX_PAGES} pages`, severity: 'warning' });
    else {
      url = next;
      try {
        input = await load(next);
      } catch (error) {
        problems.push({
          path: `page ${pages.length + 1} $`,
          reason: `${next}: ${error instanceof Error ? error.message : String(error)}`,
          severity: 'error',
        });
      }
    }
  }
  problems.push(...consentProblems(pages));
  return { pages, problems };
}

/** Every film listed on one page and withdrawn on another (before or after): an error, it is never shown. */
function consentProblems(pages: readonly FollowedPage[]): FeedProblem[] {
  const withdrawnOn = new Map<string, number>();
  pages.forEach((page, i) => {
    if (page.result.ok) for (const id of page.result.feed.withdrawnIds ?? []) if (!withdrawnOn.has(id)) withdrawnOn.set(id, i);
  });
  const problems: FeedProblem[] = [];
  pages.forEach((page, i) => {
    if (!page.result.ok) return;
    for (const film of page.result.feed.films) {
      const j = withdrawnOn.get(film.id);
      if (j !== undefined && j !== i) {
        problems.push({
          path: `page ${i + 1} film ${JSON.stringify(film.id)}`,
          reason: `withdrawn on page ${j + 1} (${pages[j]!.url}): never shown; remove it from this page`,
          severity: 'error',
        });
      }
    }
  });
  return problems;
}
