/** Wrong usage: printed with the usage text, exit status 2. */
export class UsageError extends Error {}

/** `--timeout <seconds>` as milliseconds. */
export function timeoutMs(value: unknown, fallbackSeconds = 20): number {
  if (value === undefined) return fallbackSeconds * 1000;
  const seconds = Number(value);
  if (!(seconds > 0)) throw new UsageError(`--timeout: ${JSON.stringify(value)} is not a number of seconds`);
  return seconds * 1000;
}
