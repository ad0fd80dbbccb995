// Report lines shared by the CLI and the tests (no Node APIs here).
import { formatProblem, type FeedProblem } from '@omj/feed';
import type { ParseStats } from '@omj/feed/strict';

/** `PATH: reason` for an error (the item or feed was dropped), `PATH: reason (warning)` for a warning. */
export function reportLine(problem: FeedProblem): string {
  return problem.severity === 'warning' ? `${formatProblem(problem)} (warning)` : formatProblem(problem);
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** `42 items: 40 kept, 2 dropped` (then `, 1 withdrawn` and `, 3 warnings` when there are any). */
export function summaryLine(stats: ParseStats, warnings: number): string {
  let line = `${plural(stats.items, 'item')}: ${stats.kept} kept, ${stats.dropped} dropped`;
  if (stats.withdrawn > 0) line += `, ${stats.withdrawn} withdrawn`;
  if (warnings > 0) line += `, ${plural(warnings, 'warning')}`;
  return line;
}
