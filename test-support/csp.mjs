// The Content-Security-Policy partners are told to send (docs/security.md quotes it; test/csp-docs.node.test.mjs
// keeps the quote and this constant equal). The demo's /strict/ pages, the bundle tests and the configurator
// test all serve exactly this policy, so what we test is what we document.
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self'",
  'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
  "require-trusted-types-for 'script'",
  "trusted-types lit-html omj-widgets 'allow-duplicates'",
];

export const STRICT_CSP = CSP_DIRECTIVES.join('; ');
