// `omj-feed build <input>… --out <file>`: an OMJ feed from spreadsheets (CSV) of films, contacts or
// hotlines, and from RSS/Atom news feeds, merged into one. Every problem is printed as
// `FILE:ROW:COLUMN: reason`; good rows are kept; what is written always passes `omj-feed validate`.
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { parseFeedWithStats } from '@omj/feed/strict';
import { CONTACT_COLUMNS, contactItem, HOTLINE_COLUMNS, hotlineItem } from './contacts.js';
import { readSheet } from './csv.js';
import { FILM_COLUMNS, filmItem } from './films.js';
import { formatFeed } from './format.js';
import { problemLine, type Problem } from './problems.js';
import { Row, unknownColumn, type Columns } from './row.js';
import { readXml } from './xml.js';
import { readInput } from '../input.js';
import { timeoutMs, UsageError } from '../usage.js';

export const BUILD_USAGE = `Usage: omj-feed build <file-or-url>… --out <file> [--kind film|contact|hotline]
                      [--title <text>] [--home-page-url <url>] [--feed-url <url>] [--language <tag>]

Builds one OMJ feed from spreadsheets saved as CSV (films, contacts or hotlines; comma or semicolon,
with or without BOM) and RSS 2.0 / Atom 1.0 news feeds (files or URLs), merged in the order given.
Prints each problem as "FILE:ROW:COLUMN: reason" (rows as the spreadsheet numbers them, the header is
row 1); a row with a problem is left out, the others are kept. The feed written always passes
"omj-feed validate". The columns are listed in docs/editors-spreadsheet.md.

Options:
  --out <file>, -o   where to write the feed ("-" for standard output)
  --kind <kind>      what the CSV rows are: film, contact or hotline (default: told by the columns)
  --title <text>     the feed's title (default: the first RSS/Atom feed's, else the first file's name)
  --home-page-url, --feed-url <url>   the feed's JSON Feed home_page_url and feed_url
  --language <tag>   the language of text columns without ":LANG" (default en)
  --timeout <s>      give up fetching a URL after <s> seconds (default 20)`;

export const BUILD_OPTIONS = {
  out: { type: 'string', short: 'o' },
  kind: { type: 'string' },
  title: { type: 'string' },
  'home-page-url': { type: 'string' },
  'feed-url': { type: 'string' },
  language: { type: 'string' },
  timeout: { type: 'string' },
} satisfies NonNullable<ParseArgsConfig['options']>;

type Kind = 'film' | 'contact' | 'hotline';
type ItemReader = (row: Row, language: string) => Record<string, unknown> | undefined;

const KINDS: Record<Kind, { columns: Columns; read: ItemReader }> = {
  film: { columns: FILM_COLUMNS, read: filmItem },
  contact: { columns: CONTACT_COLUMNS, read: contactItem },
  hotline: { columns: HOTLINE_COLUMNS, read: hotlineItem },
};

/** Where each item came from, for reporting what the final check finds as FILE:ROW. */
interface Source {
  readonly file: string;
  readonly row: number | string;
}

/** The kind a sheet's columns show: films have `video`, hotlines a `number`, contacts a `name` and neither. */
function guessKind(headers: readonly string[]): Kind | undefined {
  if (headers.includes('video')) return 'film';
  if (headers.includes('number')) return 'hotline';
  if (headers.some((header) => header === 'name' || header.startsWith('name:'))) return 'contact';
  return undefined;
}

/** The items of one CSV file; its problems go to `problems`. */
function readCsv(
  text: string,
  file: string,
  kindOption: Kind | undefined,
  language: string,
  problems: Problem[],
  sources: Source[],
): Record<string, unknown>[] {
  const sheet = readSheet(text, file);
  if ('reason' in sheet) {
    problems.push(sheet);
    return [];
  }
  const headers = sheet.headers.map((header) => header.toLowerCase());
  const kind = kindOption ?? guessKind(headers);
  if (kind === undefined) {
    problems.push({ file, row: 1, reason: 'cannot tell films, contacts or hotlines apart by the columns: give --kind' });
    return [];
  }
  const { columns, read } = KINDS[kind];
  // The header: an unknown or repeated column stops the file (a misspelt "titel" must not lose titles).
  let usable = true;
  headers.forEach((header, index) => {
    const letter = columnLetter(index);
    if (header === '') {
      if (sheet.rows.some(({ cells }) => (cells[index] ?? '') !== ''))
        problems.push({ file, row: 1, column: letter, reason: 'a column with values but no name in row 1' });
      else return; // an empty trailing column, as spreadsheets export them
      usable = false;
    } else if (headers.indexOf(header) !== index) {
      problems.push({
        file,
        row: 1,
        column: sheet.headers[index],
        reason: `column ${letter} repeats column ${columnLetter(headers.indexOf(header))}`,
      });
      usable = false;
    } else {
      const reason = unknownColumn(columns, header);
      if (reason !== undefined) {
        problems.push({
          file,
          row: 1,
          column: sheet.headers[index],
          reason: `${reason} for ${kind}s (columns: ${[...columns.plain, ...columns.localized, ...columns.localized.map((name) => `${name}:LANG`), ...(columns.perLanguage ?? []).map((name) => `${name}:LANG`)].join(', ')})`,
        });
        usable = false;
      }
    }
  });
  if (!usable) return [];
  const items: Record<string, unknown>[] = [];
  for (const { row, cells } of sheet.rows) {
    const named = new Map<string, string>();
    headers.forEach((header, index) => {
      const cell = cells[index] ?? '';
      if (header !== '' && cell !== '') named.set(header, cell);
    });
    for (let index = headers.length; index < cells.length; index++) {
      if (cells[index] !== '')
        problems.push({ file, row, column: columnLetter(index), reason: 'a value beyond the last named column (ignored)', warning: true });
    }
    const reader = new Row(file, row, named, language);
    const item = read(reader, language);
    problems.push(...reader.problems);
    if (item !== undefined) {
      items.push(item);
      sources.push({ file, row });
    }
  }
  return items;
}

/** `A`, `B`, … `Z`, `AA`: a column as the spreadsheet names it. */
function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export async function build(values: Record<string, unknown>, inputs: string[]): Promise<number> {
  if (inputs.length === 0) throw new UsageError('build needs at least one CSV, RSS or Atom file or URL');
  const out = values.out as string | undefined;
  if (out === undefined) throw new UsageError('build needs --out <file>');
  const kind = values.kind as string | undefined;
  if (kind !== undefined && !(kind in KINDS)) throw new UsageError(`--kind: ${JSON.stringify(kind)} is not film, contact or hotline`);
  const language = (values.language as string | undefined) ?? 'en';
  if (!/^[a-z]{2,3}(-[a-z\d]{1,8})*$/i.test(language))
    throw new UsageError(`--language: ${JSON.stringify(language)} is not a language tag`);
  const timeout = timeoutMs(values.timeout);

  const problems: Problem[] = [];
  const items: Record<string, unknown>[] = [];
  const sources: Source[] = [];
  let xmlTitle: string | undefined;
  let xmlHome: string | undefined;
  for (const target of inputs) {
    const file = target === '-' ? '(standard input)' : target;
    const input = await readInput(target, timeout, 'text/csv, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.1');
    if ('error' in input) {
      problems.push({ file, reason: input.error });
      continue;
    }
    // Told apart by content, not by name: XML starts with "<", a spreadsheet does not.
    if (/^\s*</.test(input.text.replace(/^\ufeff/, ''))) {
      const feed = readXml(input.text, file, input.url, problems);
      if (feed === undefined) continue;
      xmlTitle ??= feed.title;
      xmlHome ??= feed.homePageUrl;
      feed.items.forEach((item, index) => {
        items.push(item);
        sources.push({ file, row: `item ${index + 1}` });
      });
    } else {
      items.push(...readCsv(input.text, file, kind as Kind | undefined, language, problems, sources));
    }
  }

  // Ids are unique across every input: the second use is the problem.
  const seen = new Map<string, Source>();
  const unique: Record<string, unknown>[] = [];
  const uniqueSources: Source[] = [];
  items.forEach((item, index) => {
    const source = sources[index]!;
    const first = seen.get(String(item.id));
    if (first !== undefined) {
      problems.push({ ...source, column: 'id', reason: `"${String(item.id)}" is already used (${first.file}:${first.row})` });
      return;
    }
    seen.set(String(item.id), source);
    unique.push(item);
    uniqueSources.push(source);
  });

  const feed: Record<string, unknown> = {
    version: 'https://jsonfeed.org/version/1.1',
    title: (values.title as string | undefined) ?? xmlTitle ?? basename(inputs[0]!).replace(/\.[^.]*$/, ''),
    home_page_url: (values['home-page-url'] as string | undefined) ?? xmlHome,
    feed_url: values['feed-url'] as string | undefined,
    language,
    items: unique,
  };
  // The final word is the validator's: anything it would drop is reported against its row and left out.
  const check = parseFeedWithStats(JSON.parse(JSON.stringify(feed)), {
    baseUrl: (values['feed-url'] as string | undefined) ?? 'https://feed.invalid/',
  });
  if (!check.result.ok) {
    for (const problem of check.result.problems) problems.push({ file: out, reason: `${problem.path}: ${problem.reason}` });
  } else {
    const dropped = new Set<number>();
    for (const problem of check.result.feed.problems) {
      const match = /^items\[(\d+)\]\.?(.*)$/.exec(problem.path);
      const source = match ? uniqueSources[Number(match[1])] : undefined;
      // Warnings the sheet's own checks did not catch are reported too, but the item stays.
      if (problem.severity === 'error' && match) dropped.add(Number(match[1]));
      problems.push({
        file: source?.file ?? out,
        row: source?.row,
        column: match?.[2] || undefined,
        reason: source ? problem.reason : `${problem.path}: ${problem.reason}`,
        warning: problem.severity === 'warning',
      });
    }
    feed.items = unique.filter((_, index) => !dropped.has(index));
  }

  const text = formatFeed(feed);
  if (out === '-') process.stdout.write(text);
  else await writeFile(out, text);
  const errors = problems.filter((problem) => !problem.warning).length;
  const lines = problems.map(problemLine);
  const count = (feed.items as unknown[]).length;
  lines.push(
    `${count} ${count === 1 ? 'item' : 'items'} written to ${out}${errors > 0 ? `, ${errors} ${errors === 1 ? 'problem' : 'problems'} (rows left out)` : ''}`,
  );
  (out === '-' ? process.stderr : process.stdout).write(`${lines.join('\n')}\n`);
  return errors > 0 || !check.result.ok ? 1 : 0;
}
