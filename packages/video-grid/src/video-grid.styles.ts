import { css } from 'lit';

/*
 * The grid relies on core's base styles (tokens that switch with the theme, `.omj-button` and its
 * `.primary` look for pressed chips, `.omj-status`, `.omj-skeleton`, `.visually-hidden`, the focus ring) and adds only its
 * own layout.
 */
export const styles = css`
  :host {
    --_gap: var(--omj-grid-gap, 1em);
    --_radius: var(--omj-card-radius, var(--_omj-radius));
  }
  /* A chosen theme brings its own surface, so dark theme's light text never lands on a light page. */
  :host([theme]) {
    background: var(--_omj-color-bg);
  }

  /* Search above the chips. Column flexboxes stretch the input to the label's width, however narrow (a
     grid would not). */
  .tools,
  label {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .tools {
    margin-block-end: var(--_gap);
  }
  label {
    max-inline-size: 30em;
  }
  input {
    font: inherit;
    min-block-size: 44px;
    padding-inline: 0.6em;
    border: 1px solid var(--_omj-color-muted);
    border-radius: var(--_omj-radius);
    background: var(--_omj-color-bg);
    color: inherit;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .chip {
    border-radius: 2em;
  }
  /* Pressed is more than a colour: a check mark and a thicker border, and the system's Highlight colours
     in forced colours (Windows high contrast drops our fills, and pressed chips looked like the others). */
  .chip[aria-pressed='true'] {
    border-width: 3px;
  }
  .check {
    margin-inline-end: 0.3em;
  }
  @media (forced-colors: active) {
    .chip[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: HighlightText;
    }
  }
  .notice {
    margin: 0 0 var(--_gap);
    padding: 0.5em 0.75em;
    border: 1px solid var(--_omj-color-border);
    border-inline-start-width: 4px;
    border-radius: var(--_omj-radius);
  }
  .hint {
    font-size: 0.875em;
    color: var(--_omj-color-muted);
  }
  .count,
  .meta {
    font-size: 0.875em;
    color: var(--_omj-color-muted);
  }
  .count {
    margin: 0 0 0.5em;
  }

  /* Cards: columns that never overflow a narrow container. Poster and badge share the first row; the
     title, meta and topics lines flow into the next rows. */
  .grid {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--omj-grid-min-card-width, 14em)), 1fr));
    gap: var(--_gap);
  }
  .card {
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    padding-block-end: 0.75em;
    overflow: hidden;
    overflow-wrap: anywhere;
    border: 1px solid var(--_omj-color-border);
    border-radius: var(--_radius);
    background: var(--_omj-color-surface);
  }
  /* min-width 0 and overflow-wrap anywhere: an unbroken 64 KB word in a title wraps instead of stretching
     the track (layout of such a word froze a phone for seconds). */
  .card > * {
    min-inline-size: 0;
  }
  .card > :not(.poster, .badge, .open) {
    margin: 0.5em 0.75em 0;
  }
  .poster,
  .badge {
    grid-area: 1/1;
  }
  .poster {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: var(--omj-poster-aspect-ratio, 16/9);
    object-fit: cover;
    background: var(--_omj-color-border);
  }
  h3 {
    font-size: 1em;
    font-weight: 600;
  }
  /* The play button covers the whole card: one target, one focus ring around the card. */
  .open {
    position: absolute;
    inset: 0;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    cursor: pointer;
  }
  .open:focus-visible {
    outline: var(--_omj-focus-ring);
    outline-offset: -3px;
  }
  .badge {
    place-self: end;
    margin: 0.5em;
    padding: 0 0.4em;
    border-radius: 4px;
    background: #1b1f24;
    color: #fff;
    font-size: 0.8em;
  }
  /* A list row: the poster on the start side, the lines beside it. */
  .list {
    grid-template-columns: minmax(0, 1fr);
  }
  .list .card {
    grid-template-columns: min(9em, 35%) minmax(0, 1fr);
  }
  .list .poster,
  .list .badge {
    grid-area: 1/1/4;
  }
  .list .poster {
    block-size: 100%;
  }
  /* Data saver: no posters, plain lines; the length follows the title. */
  .compact .card {
    display: block;
  }
  .compact .badge {
    margin-inline: 0.75em;
  }
  .more {
    display: flex;
    margin: var(--_gap) auto;
  }

  /* The player. */
  dialog {
    inline-size: 56em;
    padding: 0;
    border: 1px solid var(--_omj-color-border);
    border-radius: var(--_radius);
    background: var(--_omj-color-bg);
    color: inherit;
  }
  dialog::backdrop {
    background: #000c;
  }
  .head {
    display: flex;
    align-items: center;
    gap: 1em;
    padding: 0.75em 1em;
  }
  h2 {
    flex: 1;
    margin: 0;
    font-size: 1.25em;
  }
  /* Poster and play button (or, once playing, the player) share the 16:9 stage. */
  .stage {
    position: relative;
    display: grid;
    place-items: center;
    aspect-ratio: 16/9;
    background: #000;
  }
  .stage > * {
    grid-area: 1/1;
    block-size: 100%;
    object-fit: contain;
  }
  .play {
    inline-size: 2.2em;
    block-size: 2.2em;
    padding: 0;
    border-radius: 50%;
    font-size: 2em;
  }
  /* Absolutely filling the stage, not a percentage height in the grid: older Safari does not resolve a
     percentage against a height that comes from aspect-ratio, and the player became a thin strip. */
  .frame {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    border: 0;
  }
  dialog p,
  details {
    margin: 0.75em 1em;
  }
  details p {
    margin: 0 0 0.75em;
    white-space: pre-line;
  }
  summary {
    padding-block: 0.6em;
  }
`;
