/** The CSP partners are told to send (docs/security.md), with the script on the page's own origin. Keep the two in step. */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self'",
  'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
  "require-trusted-types-for 'script'",
  "trusted-types lit-html omj-widgets 'allow-duplicates'",
].join('; ');
