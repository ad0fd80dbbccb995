import { css } from 'lit';

// Inner elements are styled through their `part` names (a stable public API) instead of extra classes.
export const styles = css`
  /* A chosen theme paints its own background, so dark text never lands on a light page (or the reverse). */
  :host([theme]) {
    background: var(--_omj-color-bg);
  }
  /* Cards wrap in a grid; those of one row are equally tall, with Save contact at the bottom. */
  ul {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--omj-contact-card-min-width, 18em)), 1fr));
    gap: var(--omj-contact-gap, var(--_omj-space));
    margin: 0 0 0.5em;
    padding: 0;
  }
  li {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
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
  [part=name] {
    font-size: 1.15em;
    font-weight: 700;
  }
  [part=role],
  [part=organization],
  dt,
  [part=message] {
    color: var(--_omj-color-muted);
  }
  [href] {
    color: var(--_omj-color-accent);
  }
  /* A phone number never breaks across lines. */
  [part=phone],
  [part=mobile] {
    white-space: nowrap;
  }
  dl {
    margin: 0.5em 0;
  }
  dd {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.25em 0.5em;
  }
  [part=save] {
    align-self: start;
    margin-block-start: auto;
  }

  /* layout="list": full-width rows separated by lines instead of boxed cards. */
  :host([layout=list]) ul {
    display: block;
  }
  :host([layout=list]) li {
    max-inline-size: none;
    padding-inline: 0;
    border-width: 0 0 1px;
    border-radius: 0;
  }
`;
