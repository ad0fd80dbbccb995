import { css } from 'lit';

// Inner elements are styled through their `part` names (a stable public API) instead of extra classes.
export const styles = css`
  /* A chosen theme paints its own background, so dark text never lands on a light page (or the reverse). */
  :host([theme]) {
    background: var(--_omj-color-bg);
  }
  /* Cards wrap in a grid, at least --omj-contact-card-min-width wide; one column on a phone. */
  ul {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--omj-contact-card-min-width, 18em)), 1fr));
    gap: var(--omj-contact-gap, var(--_omj-space));
    margin: 0 0 0.5em;
    padding: 0;
  }
  li {
    display: block;
    max-inline-size: 30em;
    padding: var(--omj-contact-gap, var(--_omj-space));
    border: 1px solid var(--_omj-color-border);
    border-radius: var(--_omj-radius);
    background: var(--_omj-color-bg);
    overflow-wrap: anywhere;
  }
  p,
  dd {
    margin: 0;
  }
  [part='name'] {
    font-weight: 700;
  }
  [part='role'],
  [part='organization'],
  dt {
    color: var(--_omj-color-muted);
  }
  [href] {
    color: var(--_omj-color-accent);
  }
  /* A phone number never breaks across lines. */
  [part='phone'],
  [part='mobile'] {
    white-space: nowrap;
  }
  dl {
    margin: 0.5em 0;
  }
  /* The link, its copy button and the "Copied" beside that button on one line when they fit. */
  dd {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5em;
  }
  .actions {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5em;
  }
  /* Every link is a 44 × 44 px target (docs/accessibility.md; WCAG 2.5.8 asks 24): tel:/mailto: were 19 px. */
  a {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    min-inline-size: 44px;
  }

  /* layout="list": full-width rows separated by lines instead of boxed cards. */
  :host([layout='list']) ul {
    display: block;
  }
  :host([layout='list']) li {
    max-inline-size: none;
    padding-inline: 0;
    border-width: 0 0 1px;
    border-radius: 0;
  }
`;
