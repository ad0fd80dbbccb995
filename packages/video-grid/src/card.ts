import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Film } from '@omj/feed';
import type { Texts } from './texts.js';

/** "Play: <title>", on the card's button and on the player's play button. */
export const playLabel = (title: string): string => msg(str`Play: ${title}`);

/** "Kyrgyzstan · 2012": the line under a title; the country name (the feed may spell it) isolated in a <bdi>. */
export const metaLine = (film: Film, t: Texts): TemplateResult => {
  const country = t.country(film.country);
  return html`${country ? html`<bdi>${country}</bdi>` : nothing}${country && film.year ? ' · ' : ''}${film.year || nothing}`;
};

/** Topic labels (feed text), each isolated, joined by `separator`. */
export const topicList = (film: Film, t: Texts, separator: string): TemplateResult[] =>
  film.topics.map((key, index) => html`${index ? separator : ''}<bdi>${t.topic(key)}</bdi>`);

/**
 * The poster (from the feed's host only: the parser allowlisted it), or a neutral box of the same shape.
 * `loading` is a static attribute written before the bound `src`, so an off-screen poster never loads.
 */
export const renderPoster = (film: Film, t: Texts): TemplateResult =>
  film.poster
    ? html`<img class="poster" part="poster" loading="lazy" decoding="async" alt=${t.pick(film.poster.alt)?.text ?? ''}
        width=${film.poster.width} height=${film.poster.height} src=${film.poster.url} />`
    : html`<span class="poster" part="poster"></span>`;

/**
 * One card: about 7 elements. The heading is the film's title alone (a heading list reads titles, not
 * "Play: …" 21 times); the button after it carries the action ("Play: <title>") and stretches over the
 * whole card, so a tap anywhere on it opens the player. The badge comes after the title, so it is read after it.
 */
export function renderCard(film: Film, t: Texts, posters: boolean, open: (film: Film) => void): TemplateResult {
  const title = t.pick(film.title)!;
  return html`<li class="card" part="card" data-id=${film.id}>
    ${posters ? renderPoster(film, t) : nothing}
    <h3 class="title omj-feed" part="title" lang=${title.lang ?? nothing}>${title.text}</h3>
    <button type="button" class="open" aria-label=${playLabel(title.text)} @click=${() => open(film)}></button>
    ${film.duration ? html`<span class="badge" part="badge" dir="auto">${t.duration(film.duration)}</span>` : nothing}
    <p class="meta" part="meta">${metaLine(film, t)}</p>
    ${film.topics.length ? html`<p class="meta topics" part="meta topics">${topicList(film, t, ', ')}</p>` : nothing}
  </li>`;
}

/** A grey card of the first page's size while the feed loads, so nothing jumps when the films arrive. */
export const renderSkeletonCard = (): TemplateResult =>
  html`<li class="card"><span class="poster omj-skeleton"></span><span class="omj-skeleton"></span></li>`;
