import { css } from 'lit';

// Inner elements are styled through their `part` names (a stable public API) instead of extra classes.
// The gap and border tokens repeat their fallbacks rather than going through private copies: gzip makes
// the repeats nearly free, and there are no extra custom properties to resolve.
export const styles = css`
  /* A chosen theme paints its own background, so dark text never lands on a light page (or the reverse). */
  :host([theme]) {
    background: var(--_omj-color-bg);
  }
  ::slotted([slot=heading]) {
    margin-block: 0 0.5em;
  }
  ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--omj-contact-card-min-width, 18em)), 1fr));
    gap: var(--omj-contact-gap, var(--_omj-space));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Cards in one row of the grid are as tall as the tallest, with Save contact at the bottom. */
  li {
    display: grid;
  }
  [part=card] {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    max-inline-size: var(--omj-contact-card-max-width, 30em);
    padding: var(--omj-contact-gap, var(--_omj-space));
    border: 1px solid var(--omj-contact-card-border, var(--_omj-color-border));
    border-radius: var(--_omj-radius);
    background: var(--omj-contact-card-background, var(--_omj-color-bg));
    overflow-wrap: anywhere;
  }
  p,
  dd {
    margin: 0;
  }
  [part=name] {
    font-size: var(--omj-contact-name-size, 1.15em);
    font-weight: 700;
    line-height: 1.25;
  }
  [part=role],
  [part=organization],
  dt,
  [part=message] {
    color: var(--_omj-color-muted);
  }
  dt,
  [part=message],
  [part=copy] {
    font-size: 0.875em;
  }
  [href] {
    color: var(--omj-contact-link-color, var(--_omj-color-accent));
  }
  [part=name] a {
    color: inherit;
  }
  /* A phone number never breaks across lines. */
  [part=phone],
  [part=mobile] {
    white-space: nowrap;
  }
  dl {
    display: grid;
    gap: 0.35em;
    margin: 0.5em 0 0.75em;
  }
  dd {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.25em 0.5em;
  }
  /* Icons: 24-unit line drawings in the text colour; the height follows from the viewBox. */
  svg {
    inline-size: 1.1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  [part=copy] {
    padding: 0.25em 0.6em;
  }
  [part=save] {
    align-self: start;
    margin-block-start: auto;
  }
  [part=message] {
    margin-block-start: 0.5em;
  }

  /* layout="list": compact rows separated by lines instead of boxed cards. */
  :host([layout=list]) ul {
    grid-template-columns: none;
    gap: 0;
  }
  :host([layout=list]) [part=card] {
    flex-flow: row wrap;
    align-items: baseline;
    gap: 0.25em 1em;
    max-inline-size: none;
    padding: 0.6em 0;
    border-width: 0 0 1px;
    border-radius: 0;
    background: none;
  }
  :host([layout=list]) [part=name] {
    font-size: 1em;
  }
  :host([layout=list]) dl,
  :host([layout=list]) dl > div {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
    margin: 0;
  }
  :host([layout=list]) dl {
    flex-basis: 100%;
  }
  :host([layout=list]) dl > div {
    gap: 0.5em;
  }
`;
