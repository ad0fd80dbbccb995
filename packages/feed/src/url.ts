/**
 * The URL allowlist. Lit does not sanitize URLs in production builds, so every URL that reaches `href` or
 * `src` — from a feed or from an attribute — passes through here first.
 */

export type UrlPurpose = 'link' | 'media' | 'email' | 'phone';

const SCHEMES: Record<UrlPurpose, readonly string[]> = {
  link: ['http:', 'https:'],
  media: ['http:', 'https:'],
  email: ['mailto:'],
  phone: ['tel:'],
};

/**
 * Returns the absolute URL when `value` parses and its scheme is allowed for `purpose`, else `undefined`.
 * Relative URLs resolve against `base` (the feed's own URL); without a base they are rejected, because a
 * relative URL means something different on every partner page.
 */
export function safeUrl(value: unknown, purpose: UrlPurpose = 'link', base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > 2048) return undefined;
  let parsed: URL;
  try {
    parsed = base === undefined ? new URL(trimmed) : new URL(trimmed, base);
  } catch {
    return undefined;
  }
  if (!SCHEMES[purpose].includes(parsed.protocol)) return undefined;
  if ((purpose === 'link' || purpose === 'media') && parsed.hostname === '') return undefined;
  return parsed.href;
}

/** The reason `safeUrl` refused a value, phrased for a `PATH: reason` report. */
export function unsafeUrlReason(purpose: UrlPurpose): string {
  switch (purpose) {
    case 'email':
      return 'not a mailto: URL';
    case 'phone':
      return 'not a tel: URL';
    default:
      return 'not an http(s) URL';
  }
}
