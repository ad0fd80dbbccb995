import { css } from 'lit';

export const tickerStyles = css`
  section {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .heading {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  .list {
    display: grid;
    gap: calc(var(--omj-ticker-item-gap, 1.5em) / 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.75em;
  }
  .title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  a {
    color: var(--omj-ticker-link-color, var(--_omj-color-accent));
  }
  /* Every link is a 44 × 44 px target (docs/accessibility.md; WCAG 2.5.8 asks 24): a one-line title was 23 px. */
  a {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    min-inline-size: 44px;
  }
  .more {
    align-self: start;
  }
  .meta {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    font-size: 0.875em;
    color: var(--_omj-color-muted);
  }

  /* marquee and rotate bar */
  .bar {
    display: flex;
    align-items: center;
    gap: 0.25em;
    min-block-size: var(--omj-ticker-height, 2.75em);
    padding-inline: 0.25em;
    border: 1px solid var(--_omj-color-border);
    border-radius: var(--_omj-radius);
    background: var(--_omj-color-surface);
  }
  .bar button {
    padding: 0;
    background: none;
  }
  .bar button:not(:hover) {
    border-color: transparent;
  }
  svg {
    inline-size: 1.1em;
    fill: currentColor;
  }
  .step {
    font-size: 1.5em;
  }
  .viewport {
    flex: 1;
    min-inline-size: 0;
    overflow: hidden;
  }
  .stopped {
    overflow-x: auto;
  }
  .track {
    display: flex;
    inline-size: max-content;
  }
  .run {
    animation: omj-ticker-scroll var(--_omj-ticker-duration) linear infinite;
  }
  .run:dir(rtl) {
    animation-name: omj-ticker-scroll-rtl;
  }
  .paused {
    animation-play-state: paused;
  }
  /* A keyboard user reaches every item where it naturally sits (the bar scrolls to it). */
  .viewport:has(:focus-visible) .track {
    animation: none;
  }
  @keyframes omj-ticker-scroll {
    to {
      transform: translateX(-50%);
    }
  }
  @keyframes omj-ticker-scroll-rtl {
    to {
      transform: translateX(50%);
    }
  }
  .marquee .list {
    display: flex;
    gap: var(--omj-ticker-item-gap, 1.5em);
    padding-inline-end: var(--omj-ticker-item-gap, 1.5em);
    white-space: nowrap;
  }
  .marquee .item {
    flex-wrap: nowrap;
  }
  .marquee .item::before {
    /* The first line for browsers without alternative text in content (Safari < 17.4, Firefox < 128). */
    content: '•';
    content: '•' / '';
    color: var(--omj-ticker-separator-color, var(--_omj-color-accent));
  }
  /* On a phone the item moves under the buttons rather than into a narrow column beside them. */
  .rotate .bar {
    flex-wrap: wrap;
  }
  .slide {
    flex: 1 1 14em;
    padding-block: 0.4em;
  }
`;
