import { css } from 'lit';

/*
 * Buttons take core's `.omj-button` (44 px targets, focus ring) and change only what differs. The layout
 * follows the banner's own width (a container), not the screen's: a phone or a narrow sidebar gets the
 * compact layout, the number beside Quick exit. Text always wraps: nothing a child should read is cut.
 */
export const styles = css`
  :host {
    container-type: inline-size;
    min-inline-size: min(100%, 18em);
  }
  :host([sticky]) {
    position: sticky;
    z-index: var(--omj-hotline-z-index, 10);
  }
  :host([sticky='top']) {
    top: 0;
  }
  :host([sticky='bottom']) {
    bottom: 0;
  }
  /* On a short screen (a phone held sideways) a stuck banner would hide the page: let it scroll away. */
  @media (max-height: 30em) {
    :host([sticky]) {
      position: static;
    }
  }
  .banner {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto auto;
    align-items: center;
    gap: 0.5em var(--_omj-space);
    padding: var(--_omj-space);
    background: var(--_omj-color-surface);
    border: 1px solid var(--_omj-color-border);
    border-inline-start: 6px solid var(--_omj-color-accent);
    border-radius: var(--_omj-radius);
  }
  /* Notches and rounded corners (pages with viewport-fit=cover) matter only at the screen's edge. */
  :host([sticky]) .banner {
    border-radius: 0;
    padding-inline: max(var(--_omj-space), env(safe-area-inset-left, 0px)) max(var(--_omj-space), env(safe-area-inset-right, 0px));
  }
  :host([sticky='top']) .banner {
    padding-top: max(var(--_omj-space), env(safe-area-inset-top, 0px));
  }
  :host([sticky='bottom']) .banner {
    padding-bottom: max(var(--_omj-space), env(safe-area-inset-bottom, 0px));
  }
  p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .name {
    font-weight: 700;
    font-size: 1.125em;
  }
  /* Plain inline flow: the badge and "Closed now" share a line, the rest of the hours wraps after them. */
  .meta {
    font-size: 0.875em;
  }
  .badge {
    display: inline-block;
    margin-inline-end: 0.5em;
    padding: 0 0.5em;
    border: 1px solid;
    border-radius: 1em;
  }
  .badge,
  .state {
    font-weight: 600;
  }
  /* "Closed now" and a time ("9:00 AM", "18:00гө") never break inside. */
  .state,
  .time {
    white-space: nowrap;
  }
  .languages {
    font-size: 0.875em;
  }
  /* "Open now" is text; the dot only repeats it (empty alternative text: not read out). */
  .open::before {
    content: '● ';
    content: '● '/'';
  }
  .badge,
  .open::before {
    color: var(--_omj-color-success);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  /* Without the banner (loading, failed, no helpline) Quick exit sits under the partner's fallback. */
  slot ~ .actions {
    margin-top: 0.5em;
  }
  /* "1 of 3" on its own line under the buttons (it must not squeeze the number); no room until Shift is pressed. */
  .exit-count {
    flex-basis: 100%;
    font-weight: 700;
  }
  .exit-count:empty {
    position: absolute;
  }
  /* Core's primary button, bigger. */
  .number {
    padding: 0.2em 0.7em;
    font-size: 1.5em;
    font-weight: 700;
    white-space: nowrap;
  }
  .number:hover {
    text-decoration: underline;
  }
  svg {
    inline-size: 0.9em;
    fill: currentColor;
  }
  /* Top corner, beside the name, whatever the width. */
  .dismiss {
    grid-area: 1/-2;
    align-self: start;
    padding: 0;
    border: 0;
    background: none;
    font-size: 1.75em;
    line-height: 1;
  }
  slot + .omj-status {
    margin-top: 0.5em;
  }
  @container (max-width: 34em) {
    .actions {
      grid-column: 1/-1;
    }
    .number {
      flex: 1;
    }
    /* A stuck banner on a phone keeps to the essentials so it does not cover the page. */
    :host([sticky]) .message {
      display: none;
    }
  }
`;
