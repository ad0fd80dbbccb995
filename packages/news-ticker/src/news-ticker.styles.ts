import { css } from 'lit';

export const tickerStyles = css`
  :host {
    --_omj-ticker-gap: var(--omj-ticker-item-gap, 1.5em);
    --_omj-ticker-height: var(--omj-ticker-height, 2.75em);
    --_omj-ticker-separator: var(--omj-ticker-separator-color, var(--_omj-color-accent));
    --_omj-ticker-link: var(--omj-ticker-link-color, var(--_omj-color-accent));
  }
  section {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    min-inline-size: 0;
  }
  .heading {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list .item {
    margin: 0;
  }
  .title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  a.title {
    color: var(--_omj-ticker-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a.title:hover {
    text-decoration-thickness: 2px;
  }
  .meta {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    font-size: 0.875em;
    color: var(--_omj-color-muted);
  }
  .source {
    font-style: italic;
  }

  /* list */
  .list {
    display: grid;
    gap: calc(var(--_omj-ticker-gap) / 2);
  }
  .list .item {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.75em;
  }

  /* marquee and rotate bar */
  .bar {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: var(--_omj-ticker-height);
    padding-inline: 0.25em;
    border: 1px solid var(--_omj-color-border);
    border-radius: var(--_omj-radius);
    background: var(--_omj-color-surface);
  }
  .bar .omj-button {
    flex: none;
    padding: 0;
    min-inline-size: 40px;
    min-block-size: 40px;
    border-color: transparent;
    background: transparent;
  }
  .bar .omj-button:hover {
    border-color: var(--_omj-color-accent);
  }
  svg {
    inline-size: 1.1em;
    block-size: 1.1em;
    fill: currentColor;
  }
  svg.flip {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  .flip:dir(rtl) {
    transform: scaleX(-1);
  }
  .viewport {
    flex: 1;
    min-inline-size: 0;
    overflow: hidden;
  }
  .viewport.stopped {
    overflow-x: auto;
    scrollbar-width: thin;
  }
  .track {
    display: flex;
    inline-size: max-content;
  }
  .track.run {
    animation: omj-ticker-scroll var(--_omj-ticker-duration, 30s) linear infinite;
  }
  .track.run:dir(rtl) {
    animation-name: omj-ticker-scroll-rtl;
  }
  .track.paused {
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
    flex: none;
    gap: var(--_omj-ticker-gap);
    padding-block: 0.5em;
    padding-inline-end: var(--_omj-ticker-gap);
    white-space: nowrap;
  }
  .marquee .item {
    flex-wrap: nowrap;
    align-items: center;
  }
  .marquee .item::before {
    content: '';
    flex: none;
    inline-size: 0.4em;
    block-size: 0.4em;
    border-radius: 50%;
    background: var(--_omj-ticker-separator);
  }
  .marquee .title {
    overflow-wrap: normal;
  }
  .rotate .bar {
    flex-wrap: wrap;
    column-gap: 0.25em;
  }
  /* On a phone the item moves under the buttons rather than into a narrow column beside them. */
  .slide {
    flex: 1 1 14em;
    min-inline-size: 0;
    padding-block: 0.4em;
  }
  .slide .item {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.75em;
    padding-inline: 0.25em;
  }
  @media (prefers-reduced-motion: no-preference) {
    .slide .item {
      animation: omj-ticker-fade 0.4s ease-out;
    }
  }
  @keyframes omj-ticker-fade {
    from {
      opacity: 0;
    }
  }

  .more {
    align-self: flex-start;
    color: var(--_omj-ticker-link);
    font-weight: 600;
  }
  .skeleton {
    flex-direction: column;
    align-items: stretch;
  }
  .skeleton .omj-skeleton {
    min-block-size: 1.2em;
    background: var(--_omj-color-border);
  }
  .skeleton .omj-skeleton:nth-child(3) {
    inline-size: 85%;
  }
  .skeleton .omj-skeleton:nth-child(4) {
    inline-size: 60%;
  }
`;
