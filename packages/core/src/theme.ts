import { css, unsafeCSS } from 'lit';

/**
 * Design tokens. Public, documented tokens are `--omj-*` and may be set by a partner on `:root`, on a
 * container, or on the element itself. Inside, every rule reads the private `--_omj-*` copy, which falls
 * back to our light or dark default. Sizes use `em`/`px`, never `rem`: a host page with a huge root font
 * size must not blow the widget up.
 *
 * `theme="light"` (default), `theme="dark"`, or `theme="auto"` (follows the visitor's OS setting).
 */
const light = {
  bg: '#ffffff',
  surface: '#f5f7fa',
  text: '#1b1f24',
  muted: '#4d5661',
  border: '#c9d1db',
  accent: '#0a5fb4',
  'accent-text': '#ffffff',
  danger: '#b3261e',
  success: '#1f7a3a',
  focus: '#1a73e8',
};
const dark = {
  bg: '#15181d',
  surface: '#20252c',
  text: '#eef1f5',
  muted: '#b4bdc8',
  border: '#3b4450',
  accent: '#7cb8f7',
  'accent-text': '#0b1a2b',
  danger: '#ff8a80',
  success: '#7fd69a',
  focus: '#8ab4f8',
};

function colourTokens(palette: Record<string, string>) {
  return unsafeCSS(
    Object.entries(palette)
      .map(([name, value]) => `--_omj-color-${name}: var(--omj-color-${name}, ${value});`)
      .join('\n'),
  );
}

/** Names of the public colour tokens, for docs and the token test. */
export const COLOR_TOKENS = Object.keys(light).map((name) => `--omj-color-${name}`);

export const baseStyles = css`
  :host {
    ${colourTokens(light)}
    --_omj-radius: var(--omj-radius, 8px);
    --_omj-space: var(--omj-space, 12px);
    --_omj-font-family: var(--omj-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_omj-font-size: var(--omj-font-size, 16px);
    --_omj-focus-ring: 3px solid var(--_omj-color-focus);
    color-scheme: light;
    display: block;
    box-sizing: border-box;
    font-family: var(--_omj-font-family);
    font-size: var(--_omj-font-size);
    line-height: 1.45;
    color: var(--_omj-color-text);
    text-align: start;
  }
  :host([hidden]) {
    display: none !important;
  }
  /* A chosen theme paints its own surface: dark theme's light text on a partner's white page would be
     unreadable (1.13:1), and light theme's dark text on a dark page the same. Without a theme the widget
     stays transparent and blends into the page. Widgets need no rule of their own. */
  :host([theme]) {
    background: var(--_omj-color-bg);
  }
  /* Feed text (titles, summaries, names, roles, country names, topics, news titles): isolated from its
     neighbours, so a stray right-to-left override in a title cannot reorder the year beside it (#12).
     Inline pieces of a joined line use <bdi>, which isolates by default. */
  .omj-feed {
    unicode-bidi: isolate;
  }
  /* The wrapper Lit renders into (element.ts); it only carries the UI's lang. */
  .omj-ui {
    display: contents;
  }
  :host([theme='dark']) {
    ${colourTokens(dark)}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${colourTokens(dark)}
      color-scheme: dark;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: var(--_omj-focus-ring);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .omj-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0.5em 1em;
    border: 1px solid var(--_omj-color-border);
    border-radius: var(--_omj-radius);
    background: var(--_omj-color-surface);
    color: var(--_omj-color-text);
    font-size: 1em;
    line-height: 1.2;
    text-decoration: none;
  }
  .omj-button:hover {
    border-color: var(--_omj-color-accent);
  }
  .omj-button.primary {
    background: var(--_omj-color-accent);
    border-color: var(--_omj-color-accent);
    color: var(--_omj-color-accent-text);
  }
  .omj-status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
    padding: var(--_omj-space);
    border: 1px solid var(--_omj-color-border);
    border-radius: var(--_omj-radius);
    background: var(--_omj-color-surface);
    color: var(--_omj-color-text);
  }
  .omj-status.error {
    border-color: var(--_omj-color-danger);
  }
  .omj-status.quiet {
    border-color: var(--_omj-color-border);
    color: var(--_omj-color-muted);
  }
  .omj-status p {
    margin: 0;
    flex: 1 1 16em;
  }
  .omj-stale {
    margin: 0 0 0.5em;
    font-size: 0.875em;
    color: var(--_omj-color-muted);
  }
  .omj-skeleton {
    display: block;
    border-radius: var(--_omj-radius);
    background: var(--_omj-color-surface);
    min-block-size: 1.5em;
  }
  .omj-spinner {
    inline-size: 2.5em;
  }
  @media (prefers-reduced-motion: no-preference) {
    .omj-skeleton {
      animation: omj-pulse 1.6s ease-in-out infinite;
    }
  }
  @keyframes omj-pulse {
    50% {
      opacity: 0.55;
    }
  }
`;
