import { css } from 'lit';

export const styles = css`
  /* A chosen theme brings its own surface, so dark theme's light label never lands on a light page. */
  :host([theme]) {
    background: var(--_omj-color-bg);
  }
  .label {
    display: block;
    margin-block-end: 0.4em;
    font-weight: 600;
  }
  .list {
    max-block-size: var(--omj-country-filter-max-height, 20em);
    overflow-y: auto;
    padding: 4px;
    border: 1px solid var(--_omj-color-border);
    border-radius: var(--_omj-radius);
    background: var(--_omj-color-bg);
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-block-size: 44px;
    padding-inline: 0.6em;
    border-radius: var(--_omj-radius);
    cursor: pointer;
  }
  .option:hover {
    background: var(--_omj-color-surface);
  }
  .option[aria-selected='true'] {
    background: var(--_omj-color-accent);
    color: var(--_omj-color-accent-text);
  }
  .list:focus .active {
    outline: var(--_omj-focus-ring);
    outline-offset: -3px;
    box-shadow: inset 0 0 0 5px var(--_omj-color-bg);
  }
  /* A radio circle, or a checkbox square with multiple; a dot inside when selected (not colour alone). */
  .mark {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    border: 2px solid;
    border-radius: 50%;
  }
  :host([multiple]) .mark {
    border-radius: 3px;
  }
  [aria-selected='true'] .mark {
    background: currentColor;
    box-shadow: inset 0 0 0 0.2em var(--_omj-color-accent);
  }
  .name {
    flex: 1;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .count {
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  /* Selected is more than a colour in forced colours too (Windows high contrast drops fills and the
     dot's shadow, and the chosen country looked like the others): system Highlight colours, a filled mark. */
  @media (forced-colors: active) {
    .option[aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    [aria-selected='true'] .mark {
      background: HighlightText;
      box-shadow: inset 0 0 0 0.2em Highlight;
    }
  }
  /* The native variant: the platform's own control, full width, a 44 px target. */
  .select {
    display: block;
    inline-size: 100%;
    min-block-size: 44px;
    font: inherit;
    color: inherit;
    background: var(--_omj-color-bg);
    border: 1px solid var(--_omj-color-muted);
    border-radius: var(--_omj-radius);
    padding-inline: 0.4em;
  }
  .select[multiple] {
    max-block-size: var(--omj-country-filter-max-height, 20em);
  }
`;
