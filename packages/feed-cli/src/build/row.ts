// Reading one spreadsheet row: each cell checked, each problem reported as FILE:ROW:COLUMN.
import { safeUrl } from '@omj/feed';
import type { Problem } from './problems.js';

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z\d]{1,8})*$/i;

/** The columns of one kind of row. */
export interface Columns {
  /** Columns taken as they are. */
  readonly plain: readonly string[];
  /** Text in the feed's language, with `NAME:LANG` columns for other languages (`title`, `title:ru`). */
  readonly localized: readonly string[];
  /** Columns that exist only per language (`captions:en`). */
  readonly perLanguage?: readonly string[];
}

/** Why a header cell is not a column of this kind, or `undefined` when it is. */
export function unknownColumn(columns: Columns, name: string): string | undefined {
  if (columns.plain.includes(name) || columns.localized.includes(name)) return undefined;
  const colon = name.lastIndexOf(':');
  const base = name.slice(0, colon);
  if (colon > 0 && (columns.localized.includes(base) || columns.perLanguage?.includes(base))) {
    return LANGUAGE_TAG.test(name.slice(colon + 1)) ? undefined : `"${name.slice(colon + 1)}" is not a language tag (en, ru, ky …)`;
  }
  return 'unknown column';
}

const YES = ['yes', 'y', 'true', '1', 'да', 'ооба', 'x'];
const NO = ['no', 'n', 'false', '0', 'нет', 'жок', ''];

export class Row {
  readonly problems: Problem[] = [];
  /** A problem that drops the row was found. */
  failed = false;

  constructor(
    readonly file: string,
    readonly row: number,
    /** Cell text by lower-case column name; empty cells are absent. */
    private readonly cells: ReadonlyMap<string, string>,
    /** The feed's language: the language of unsuffixed text columns. */
    private readonly language: string,
  ) {}

  /** The cell's text, `undefined` when empty. */
  get(column: string): string | undefined {
    return this.cells.get(column);
  }

  /** Drops the row, reporting `reason` at `column`; returns `undefined` for `return row.fail(…)`. */
  fail(column: string, reason: string): undefined {
    this.failed = true;
    this.problems.push({ file: this.file, row: this.row, column, reason });
    return undefined;
  }

  /** Keeps the row without this value. */
  warn(column: string, reason: string): undefined {
    this.problems.push({ file: this.file, row: this.row, column, reason, warning: true });
    return undefined;
  }

  /** A cell that must not be empty. */
  need(column: string): string | undefined {
    return this.get(column) ?? this.fail(column, 'missing');
  }

  /** `{ en: …, ru: … }` from `NAME` (the feed's language) and `NAME:LANG` columns; `undefined` when all are empty. */
  localized(name: string): Record<string, string> | undefined {
    const out: Record<string, string> = {};
    for (const [column, value] of this.cells) {
      if (column === name) out[this.language] = value;
    }
    for (const [column, value] of this.cells) {
      if (column.startsWith(`${name}:`)) out[column.slice(name.length + 1).toLowerCase()] = value;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }

  /** `NAME:LANG` cells of a per-language column, as [lang, value]. */
  perLanguage(name: string): [string, string, string][] {
    return [...this.cells]
      .filter(([column]) => column.startsWith(`${name}:`))
      .map(([column, value]) => [column.slice(name.length + 1).toLowerCase(), value, column]);
  }

  /** A link: absolute http(s), or relative to where the feed will be served (posters/x.jpg). */
  url(column: string, value = this.get(column), required = false): string | undefined {
    if (value === undefined) return required ? this.fail(column, 'missing') : undefined;
    return safeUrl(value, 'link', 'https://feed.invalid/') !== undefined
      ? value
      : this.fail(column, `"${value}" is not a web address (http:// or https://, or a path beside the feed)`);
  }

  /** yes/no in English, Russian or Kyrgyz (да/нет, ооба/жок), 1/0, true/false; empty is no. */
  yesNo(column: string): boolean | undefined {
    const value = (this.get(column) ?? '').toLowerCase();
    if (YES.includes(value)) return true;
    if (NO.includes(value)) return false;
    return this.fail(column, `"${this.get(column)}" is not yes or no (yes/no, да/нет, ооба/жок, 1/0)`);
  }

  /** A list separated by `;` or `|`, each entry trimmed, empty entries left out. */
  list(column: string): string[] {
    return (this.get(column) ?? '')
      .split(/[;|]/)
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
  }
}
