import { css } from 'lit';

export const styles = css`
  :host {
    --_omj-contact-bg: var(--omj-contact-card-background, var(--_omj-color-bg));
    --_omj-contact-border: var(--omj-contact-card-border, var(--_omj-color-border));
    --_omj-contact-gap: var(--omj-contact-gap, var(--_omj-space));
    --_omj-contact-link: var(--omj-contact-link-color, var(--_omj-color-accent));
  }
  /* A chosen theme paints its own background, so dark text never lands on a light page (or the reverse). */
  :host([theme]) {
    background: var(--_omj-color-bg);
  }
  ::slotted([slot='heading']) {
    margin-block: 0 0.5em;
  }
  .contacts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--omj-contact-card-min-width, 18em)), 1fr));
    gap: var(--_omj-contact-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .contacts > li {
    display: flex;
  }
  .card {
    flex: 1;
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-inline-size: 0;
    padding: var(--_omj-contact-gap);
    border: 1px solid var(--_omj-contact-border);
    border-radius: var(--_omj-radius);
    background: var(--_omj-contact-bg);
    overflow-wrap: anywhere;
  }
  p {
    margin: 0;
  }
  .name {
    font-size: var(--omj-contact-name-size, 1.15em);
    font-weight: 700;
    line-height: 1.25;
  }
  .role,
  .organization,
  dt {
    color: var(--_omj-color-muted);
  }
  a {
    color: var(--_omj-contact-link);
    text-underline-offset: 0.15em;
  }
  .name a {
    color: inherit;
  }
  .rows {
    display: grid;
    gap: 0.35em;
    margin: 0.5em 0 0;
  }
  dt {
    font-size: 0.875em;
  }
  dd {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.25em 0.5em;
    margin: 0;
  }
  .value {
    /* Phone numbers and addresses stay left-to-right inside right-to-left pages (dir="ltr" in the markup). */
    unicode-bidi: isolate;
    min-inline-size: 0;
  }
  .num,
  .single {
    max-inline-size: var(--omj-contact-card-max-width, 30em);
  }
  .ext {
    white-space: nowrap;
  }
  .icon {
    inline-size: 1.1em;
    block-size: 1.1em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .copy {
    min-block-size: 44px;
    padding: 0.25em 0.6em;
    font-size: 0.875em;
  }
  .save {
    align-self: flex-start;
    margin-block-start: auto;
  }
  .rows + .save {
    margin-block-start: 0.75em;
  }
  .message:empty {
    display: none;
  }
  .message {
    margin-block-start: 0.5em;
    font-size: 0.875em;
    color: var(--_omj-color-muted);
  }

  /* layout="list": compact rows separated by lines instead of boxed cards. */
  :host([layout='list']) .contacts {
    grid-template-columns: 1fr;
    gap: 0;
  }
  :host([layout='list']) .card {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 1em;
    padding: 0.6em 0;
    border: 0;
    border-block-end: 1px solid var(--_omj-contact-border);
    border-radius: 0;
    background: none;
  }
  :host([layout='list']) .name {
    font-size: 1em;
  }
  :host([layout='list']) .rows {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    flex-basis: 100%;
  }
  :host([layout='list']) .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  :host([layout='list']) dd {
    justify-content: start;
  }
  :host([layout='list']) .single {
    max-inline-size: none;
  }
  :host([layout='list']) .rows + .save {
    margin: 0;
  }
`;
