import { css } from 'lit';

export const styles = css`
  :host {
    --_omj-hotline-bg: var(--omj-hotline-bg, var(--_omj-color-surface));
    --_omj-hotline-text: var(--omj-hotline-text, var(--_omj-color-text));
    --_omj-hotline-accent: var(--omj-hotline-accent, var(--_omj-color-accent));
    --_omj-hotline-accent-text: var(--omj-hotline-accent-text, var(--_omj-color-accent-text));
    /* The layout follows the banner's own width (a phone, or a narrow sidebar on a wide screen). */
    container-type: inline-size;
    min-inline-size: min(100%, 18em);
  }
  :host([sticky]) {
    position: sticky;
    z-index: var(--omj-hotline-z-index, 10);
  }
  :host([sticky='top']) {
    inset-block-start: 0;
  }
  :host([sticky='bottom']) {
    inset-block-end: 0;
  }
  /* On a short screen (a phone held sideways) a stuck banner would hide the page: let it scroll away. */
  @media (max-height: 30em) {
    :host([sticky]) {
      position: static;
    }
  }
  .banner {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em var(--_omj-space);
    padding: var(--_omj-space);
    background: var(--_omj-hotline-bg);
    color: var(--_omj-hotline-text);
    border: 1px solid var(--_omj-color-border);
    border-inline-start: 6px solid var(--_omj-hotline-accent);
    border-radius: var(--_omj-radius);
  }
  :host([dismissible]) .banner {
    padding-inline-end: calc(44px + var(--_omj-space));
  }
  :host([sticky]) .banner {
    border-radius: 0;
    padding-left: max(var(--_omj-space), env(safe-area-inset-left));
    padding-right: max(var(--_omj-space), env(safe-area-inset-right));
  }
  :host([sticky='top']) .banner {
    padding-top: max(var(--_omj-space), env(safe-area-inset-top));
  }
  :host([sticky='bottom']) .banner {
    padding-bottom: max(var(--_omj-space), env(safe-area-inset-bottom));
  }
  .text {
    flex: 1 1 16em;
    min-inline-size: 0;
  }
  p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .name {
    font-weight: 700;
    font-size: 1.125em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin-block-start: 0.25em;
    font-size: 0.9375em;
  }
  .meta:empty {
    display: none;
  }
  .badge {
    padding: 0.1em 0.6em;
    border: 1px solid currentColor;
    border-radius: 1em;
    color: var(--_omj-color-success);
    font-weight: 600;
  }
  .state {
    font-weight: 600;
  }
  .state::before {
    content: '';
    display: inline-block;
    inline-size: 0.6em;
    block-size: 0.6em;
    margin-inline-end: 0.35em;
    border-radius: 50%;
    background: var(--_omj-color-muted);
  }
  .state.open::before {
    background: var(--_omj-color-success);
  }
  .languages {
    color: var(--_omj-color-muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .number {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: 48px;
    min-inline-size: 48px;
    padding: 0.3em 0.9em;
    border-radius: var(--_omj-radius);
    background: var(--_omj-hotline-accent);
    color: var(--_omj-hotline-accent-text);
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.2;
    text-decoration: none;
    white-space: nowrap;
  }
  .number:hover {
    text-decoration: underline;
  }
  .number svg {
    flex: none;
    inline-size: 0.9em;
    block-size: 0.9em;
    fill: currentColor;
  }
  .dismiss {
    position: absolute;
    inset-block-start: 2px;
    inset-inline-end: 2px;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: 44px;
    block-size: 44px;
    padding: 0;
    border: 0;
    border-radius: var(--_omj-radius);
    background: transparent;
  }
  .dismiss:hover {
    background: var(--_omj-color-bg);
  }
  .dismiss svg {
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
  }
  .problem {
    color: var(--_omj-color-danger);
  }
  /* Loading and error stay quiet beside the partner's fallback number: that number is what matters. */
  .omj-status {
    font-size: 0.875em;
  }
  slot + .omj-status {
    margin-block-start: 0.5em;
  }
  .omj-status.error {
    border-color: var(--_omj-color-border);
  }
  @container (max-width: 30em) {
    .actions,
    .number {
      flex: 1 1 100%;
    }
    /* A stuck banner on a phone keeps to the essentials so it does not cover the page. */
    :host([sticky]) .message,
    :host([sticky]) .languages {
      display: none;
    }
  }
`;
