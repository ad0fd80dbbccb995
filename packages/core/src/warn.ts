import { formatProblem, type FeedProblem } from '@omj/feed';

/**
 * The one console format for bad input, naming the element and the exact field:
 * `<omj-video-grid> items[12].url: not an http(s) URL`.
 */
export function warnField(tag: string, path: string, reason: string): void {
  console.warn(`<${tag}> ${path}: ${reason}`);
}

/** What each element has said already; weak, so a removed element takes its memory with it. */
const warned = new WeakMap<Element, Set<string>>();

/**
 * `warnField`, once per element for the same field and reason: elements render again and again (language,
 * feed pages, a copy button), and a wrong attribute must not print a line each time. Every widget uses
 * this one instead of keeping its own set.
 */
export function warnOnce(element: Element, path: string, reason: string): void {
  let said = warned.get(element);
  if (said === undefined) warned.set(element, (said = new Set()));
  const key = `${path}\n${reason}`;
  if (said.has(key)) return;
  said.add(key);
  warnField(element.localName, path, reason);
}

/** Problems shown one by one; the rest are counted in one line (a feed with one systematic mistake in 3,000
 * items would otherwise print 3,000 lines, and each costs time on a slow phone). */
export const MAX_WARNINGS = 20;

export function warnProblems(tag: string, problems: readonly FeedProblem[], source?: string): void {
  const prefix = `<${tag}> ${source === undefined ? '' : `${source} `}`;
  for (const problem of problems.slice(0, MAX_WARNINGS)) console.warn(prefix + formatProblem(problem));
  const more = problems.length - MAX_WARNINGS;
  if (more > 0) console.warn(`${prefix}and ${more} more problems (npx omj-feed validate lists them all)`);
}
