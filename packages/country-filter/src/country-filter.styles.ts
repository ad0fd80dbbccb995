import { css } from 'lit';

export const styles = css`
  :host {
    --_omj-filter-max-height: var(--omj-country-filter-max-height, 20em);
  }
  .label {
    display: block;
    margin-block-end: 0.4em;
    font-weight: 600;
  }
  .list {
    max-block-size: var(--_omj-filter-max-height);
    overflow-y: auto;
    overscroll-behavior: contain;
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
    padding: 0.35em 0.6em;
    border-radius: calc(var(--_omj-radius) - 2px);
    cursor: pointer;
    user-select: none;
  }
  .option + .option {
    margin-block-start: 2px;
  }
  .option:hover {
    background: var(--_omj-color-surface);
  }
  .option[aria-selected='true'] {
    background: var(--_omj-color-accent);
    color: var(--_omj-color-accent-text);
  }
  .list:focus .active {
    outline: 3px solid var(--_omj-color-focus);
    outline-offset: -3px;
    box-shadow: inset 0 0 0 5px var(--_omj-color-bg);
  }
  .mark {
    display: grid;
    place-items: center;
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    border: 2px solid currentColor;
    border-radius: 50%;
  }
  :host([multiple]) .mark {
    border-radius: 3px;
  }
  [aria-selected='true'] .mark::after {
    content: '';
    inline-size: 0.5em;
    block-size: 0.5em;
    border-radius: inherit;
    background: currentColor;
  }
  .name {
    flex: 1;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .count {
    padding-inline: 0.5em;
    border-radius: 1em;
    background: var(--_omj-color-surface);
    color: var(--_omj-color-muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  [aria-selected='true'] .count {
    background: transparent;
    color: inherit;
  }
`;
