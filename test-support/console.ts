/**
 * Collects `console.warn` lines (arguments joined by spaces) while `fn` runs, for browser tests that check
 * the warning naming the exact field. The original `console.warn` is back afterwards, also when `fn` throws.
 */
export async function captureWarnings(fn: () => Promise<unknown> | unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}
