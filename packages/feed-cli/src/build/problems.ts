/** A problem in an input: `FILE:ROW:COLUMN: reason` (row and column when known). */
export interface Problem {
  readonly file: string;
  /** The row as the spreadsheet shows it (header = 1), or the item number of an RSS/Atom feed. */
  readonly row?: number | string;
  readonly column?: string;
  readonly reason: string;
  /** A warning keeps the row (without the bad value); anything else drops it. */
  readonly warning?: boolean;
}

export function problemLine({ file, row, column, reason, warning }: Problem): string {
  return `${[file, row, column].filter((part) => part !== undefined && part !== '').join(':')}: ${reason}${warning ? ' (warning)' : ''}`;
}
