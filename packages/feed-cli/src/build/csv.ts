// A spreadsheet exported as CSV, as Excel, LibreOffice and Google Sheets write it: UTF-8 with or without
// a BOM, CRLF or LF, comma, semicolon (Russian-locale Excel) or tab between cells, quoted cells with
// delimiters, quotes and line breaks inside. Parsed by csv-parse; only the delimiter is guessed here.
import { parse } from 'csv-parse/sync';
import type { Problem } from './problems.js';

export interface Sheet {
  /** Column names as written in row 1 (trimmed), one per column; '' for an empty header cell. */
  readonly headers: readonly string[];
  /** Data rows with their row number as the spreadsheet shows it (the header is row 1). */
  readonly rows: readonly { readonly row: number; readonly cells: readonly string[] }[];
}

/** The delimiter of the header line: whichever of `;`, `,` and tab it has most of (outside quotes). */
export function detectDelimiter(text: string): string {
  const header = text
    .replace(/^\ufeff/, '')
    .split(/\r?\n/, 1)[0]!
    .replace(/"[^"]*"/g, '');
  const count = (delimiter: string): number => header.split(delimiter).length;
  return [';', '\t', ','].reduce((best, delimiter) => (count(delimiter) > count(best) ? delimiter : best), ',');
}

/** Reads CSV text; a file csv-parse cannot read at all comes back as one problem. */
export function readSheet(text: string, file: string): Sheet | Problem {
  let records: string[][];
  try {
    records = parse(text, { bom: true, delimiter: detectDelimiter(text), relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    return { file, row: lines, reason: `not readable as CSV (${message.replace(/^Invalid [^:]*: /, '')})` };
  }
  const [header = [], ...rest] = records;
  return {
    headers: header.map((cell) => cell.trim()),
    // Row numbers count records, as a spreadsheet numbers its rows (a cell with a line break is one row).
    rows: rest
      .map((cells, index) => ({ row: index + 2, cells: cells.map((cell) => cell.trim()) }))
      .filter(({ cells }) => cells.some((cell) => cell !== '')),
  };
}
