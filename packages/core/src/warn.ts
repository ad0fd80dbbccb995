import { formatProblem, type FeedProblem } from '@omj/feed';

/**
 * The one console format for bad input, naming the element and the exact field:
 * `<omj-video-grid> items[12].url: not an http(s) URL`.
 */
export function warnField(tag: string, path: string, reason: string): void {
  console.warn(`<${tag}> ${path}: ${reason}`);
}

export function warnProblems(tag: string, problems: readonly FeedProblem[], source?: string): void {
  for (const problem of problems) {
    console.warn(`<${tag}> ${source === undefined ? '' : `${source} `}${formatProblem(problem)}`);
  }
}
