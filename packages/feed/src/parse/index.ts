// CONTRACT (implementation owned by the parser work): see packages/feed/src/types.ts.
import type { ParseResult } from '../types.js';

export interface ParseOptions {
  /** The feed's own URL: relative URLs in the feed resolve against it. */
  readonly baseUrl?: string;
  /** Reject inputs larger than this many UTF-16 code units (default 4 MiB). */
  readonly maxLength?: number;
}

/** Parses JSON text or an already-parsed value. Never throws. */
export function parseFeed(input: unknown, options: ParseOptions = {}): ParseResult {
  void input;
  void options;
  throw new Error('parseFeed: not implemented yet');
}
