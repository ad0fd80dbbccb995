import { css } from 'lit';

export const styles = css`
  :host {
    --_min: var(--omj-grid-min-card-width, 14em);
    --_gap: var(--omj-grid-gap, 1em);
    --_card-radius: var(--omj-card-radius, var(--_omj-radius));
    --_ratio: var(--omj-poster-aspect-ratio, 16 / 9);
  }
  /* The dark theme brings its own surface, so its light text never lands on a light page. */
  :host([theme='dark']) {
    background: var(--_omj-color-bg);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      background: var(--_omj-color-bg);
    }
  }
  .tools {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: 0.5em 1em;
    margin-block-end: var(--_gap);
  }
  .search-label {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    max-inline-size: 30em;
    font-weight: 600;
  }
  input[type='search'] {
    font: inherit;
    font-weight: normal;
    min-block-size: 44px;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_omj-color-muted);
    border-radius: var(--_omj-radius);
    background: var(--_omj-color-bg);
    color: var(--_omj-color-text);
  }
  /* One scrollable row of chips: on a phone they do not push the films below the fold. */
  .chips {
    display: flex;
    gap: 0.5em;
    max-inline-size: 100%;
    overflow-x: auto;
    padding: 4px;
    margin: -4px;
    scrollbar-width: thin;
  }
  .chip {
    flex: none;
    min-block-size: 44px;
    padding: 0.4em 0.9em;
    border: 1px solid var(--_omj-color-border);
    border-radius: 999px;
    background: var(--_omj-color-bg);
  }
  .chip[aria-pressed='true'] {
    background: var(--_omj-color-accent);
    border-color: var(--_omj-color-accent);
    color: var(--_omj-color-accent-text);
  }
  .count {
    margin: 0 0 0.5em;
    font-size: 0.875em;
    color: var(--_omj-color-muted);
  }
  .grid {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_min)), 1fr));
    gap: var(--_gap);
  }
  .card {
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    overflow: hidden;
    border: 1px solid var(--_omj-color-border);
    border-radius: var(--_card-radius);
    background: var(--_omj-color-surface);
  }
  .poster {
    grid-area: 1 / 1;
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: var(--_ratio);
    object-fit: cover;
    background: var(--_omj-color-border);
  }
  .title {
    grid-row: 2;
    margin: 0.6em 0.75em 0;
    font-size: 1em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .open {
    padding: 0;
    border: 0;
    background: none;
    font-weight: 600;
    text-align: start;
  }
  .open::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_card-radius);
  }
  .open:focus-visible {
    outline: none;
  }
  .open:focus-visible::after {
    outline: var(--_omj-focus-ring);
    outline-offset: -3px;
  }
  .card:hover .open {
    text-decoration: underline;
  }
  .badge {
    grid-area: 1 / 1;
    align-self: end;
    justify-self: end;
    margin: 0.5em;
    padding: 0.1em 0.45em;
    border-radius: 4px;
    background: #1b1f24;
    color: #ffffff;
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
  }
  .meta {
    grid-row: 3;
    margin: 0.25em 0.75em 0.75em;
    font-size: 0.875em;
    color: var(--_omj-color-muted);
  }
  .topics {
    grid-row: 4;
    margin-block-start: -0.5em;
  }
  .list {
    grid-template-columns: minmax(0, 1fr);
  }
  .list .card {
    grid-template-columns: min(9em, 35%) minmax(0, 1fr);
  }
  .list .poster,
  .list .badge {
    grid-row: 1 / span 3;
    grid-column: 1;
  }
  .list .poster {
    block-size: 100%;
    min-block-size: 4em;
  }
  .list .title,
  .list .meta,
  .list .topics {
    grid-column: 2;
  }
  .list .title {
    grid-row: 1;
  }
  .list .meta {
    grid-row: 2;
  }
  .list .topics {
    grid-row: 3;
  }
  .compact .card {
    grid-template-columns: minmax(0, 1fr) auto;
  }
  .compact .title,
  .compact .meta,
  .compact .topics {
    grid-column: 1;
  }
  .compact .badge {
    grid-area: 1 / 2;
    align-self: start;
    margin: 0.6em 0.75em 0 0;
    margin-inline: 0 0.75em;
  }
  .more {
    display: flex;
    margin: var(--_gap) auto;
  }
  .skeleton .line {
    margin: 0.6em 0.75em 0;
    min-block-size: 1em;
    background: var(--_omj-color-border);
  }
  .skeleton .short {
    inline-size: 50%;
    margin-block-end: 0.75em;
  }
  dialog {
    inline-size: min(56em, 100% - 1em);
    max-inline-size: none;
    max-block-size: calc(100% - 1em);
    padding: 0;
    border: 1px solid var(--_omj-color-border);
    border-radius: var(--_card-radius);
    background: var(--_omj-color-bg);
    color: var(--_omj-color-text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.75);
  }
  .dialog-head {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 1em;
    padding: 0.75em 1em;
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
    align-self: center;
  }
  .stage {
    position: relative;
    aspect-ratio: 16 / 9;
    background: #000000;
  }
  .stage .poster {
    block-size: 100%;
    object-fit: contain;
  }
  .play {
    position: absolute;
    inset: 0;
    margin: auto;
    inline-size: 4.5em;
    block-size: 4.5em;
    border: 3px solid #ffffff;
    border-radius: 50%;
    background: rgb(0 0 0 / 0.75);
  }
  .play-icon {
    display: block;
    margin-inline-start: 0.4em;
    margin-inline: auto;
    inline-size: 0;
    block-size: 0;
    border-block: 0.8em solid transparent;
    border-inline-start: 1.3em solid #ffffff;
    transform: translateX(0.15em);
  }
  .play:focus-visible {
    outline-offset: 4px;
  }
  .frame {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    border: 0;
  }
  .summary,
  dialog .meta,
  details {
    margin: 0.75em 1em;
  }
  dialog .meta {
    margin-block-start: 0;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    padding-block: 0.6em;
  }
  .transcript-text {
    white-space: pre-line;
  }
`;
