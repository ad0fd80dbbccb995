// `omj-feed build`: a feed from spreadsheets (CSV) or RSS/Atom. (Being written.)
import type { ParseArgsConfig } from 'node:util';
import { UsageError } from '../usage.js';

export const BUILD_USAGE = `Usage: omj-feed build <file-or-url>… --out <file> [--kind film|contact|hotline]`;

export const BUILD_OPTIONS = {
  out: { type: 'string', short: 'o' },
  kind: { type: 'string' },
} satisfies NonNullable<ParseArgsConfig['options']>;

export async function build(_values: Record<string, unknown>, _positionals: string[]): Promise<number> {
  throw new UsageError('build: not available yet');
}
