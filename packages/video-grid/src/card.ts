import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { pickText, pickTextWithLang, type Film, type ParsedFeed } from '@omj/feed';
import { countryName, durationText } from './format.js';

/** What a card needs besides the film: the language and the feed's vocabularies. */
export interface CardContext {
  readonly feed: ParsedFeed;
  readonly langTag: string;
  readonly uiLocale: string;
  readonly posters: boolean;
  readonly open: (film: Film) => void;
}

export function filmTitle(film: Film, ctx: Pick<CardContext, 'langTag' | 'uiLocale'>): { text: string; lang?: string } {
  const picked = pickTextWithLang(film.title, ctx.langTag, [ctx.uiLocale]) ?? { text: film.id, lang: '' };
  const same = picked.lang === '' || picked.lang.split('-')[0] === ctx.uiLocale;
  return { text: picked.text, lang: same ? undefined : picked.lang };
}

export function topicLabels(film: Film, ctx: Pick<CardContext, 'feed' | 'langTag' | 'uiLocale'>): string[] {
  return film.topics.map((key) => {
    const topic = ctx.feed.topics.find((candidate) => candidate.key === key);
    return pickText(topic?.label, ctx.langTag, [ctx.uiLocale]) ?? key;
  });
}

/** "Kyrgyzstan · 2012": the line under a title. */
export function metaLine(film: Film, ctx: Pick<CardContext, 'feed' | 'langTag' | 'uiLocale'>): string {
  return [countryName(film.country, ctx.langTag, ctx.uiLocale, ctx.feed), film.year === undefined ? '' : String(film.year)]
    .filter(Boolean)
    .join(' · ');
}

/**
 * The poster (from the feed only), or a neutral box of the same shape. `loading` and `decoding` are
 * static attributes of the template, so they are in place before `src` is set (set after, a lazy
 * image would already have started loading).
 */
export function renderPoster(film: Film, ctx: Pick<CardContext, 'langTag' | 'uiLocale'>, eager = false): TemplateResult {
  const poster = film.poster;
  if (poster === undefined) return html`<span class="poster placeholder" part="poster"></span>`;
  const alt = pickText(poster.alt, ctx.langTag, [ctx.uiLocale]) ?? '';
  return eager
    ? html`<img class="poster" part="poster" decoding="async" alt=${alt} width=${poster.width} height=${poster.height} src=${poster.url} />`
    : html`<img class="poster" part="poster" loading="lazy" decoding="async" alt=${alt} width=${poster.width} height=${poster.height} src=${poster.url} />`;
}

/**
 * One card: about 7 elements. The title's button opens the player; it stretches over the whole card, so
 * a tap anywhere on it works, and its accessible name is "Play: <title>".
 */
export function renderCard(film: Film, ctx: CardContext): TemplateResult {
  const title = filmTitle(film, ctx);
  const topics = topicLabels(film, ctx);
  return html`<li class="card" part="card" data-id=${film.id}>
    ${ctx.posters ? renderPoster(film, ctx) : nothing}
    <h3 class="title" part="title" lang=${title.lang ?? nothing}>
      <button type="button" class="open" aria-label=${msg(str`Play: ${title.text}`)} @click=${() => ctx.open(film)}>
        ${title.text}
      </button>
    </h3>
    ${film.duration === undefined ? nothing : html`<span class="badge" part="badge">${durationText(film.duration, ctx.langTag, ctx.uiLocale)}</span>`}
    <p class="meta" part="meta">${metaLine(film, ctx)}</p>
    ${topics.length === 0 ? nothing : html`<p class="meta topics" part="meta topics">${topics.join(', ')}</p>`}
  </li>`;
}

/** A grey card of the same size, while the feed loads. */
export function renderSkeletonCard(): TemplateResult {
  return html`<li class="card skeleton" aria-hidden="true">
    <span class="poster placeholder omj-skeleton"></span>
    <span class="omj-skeleton line"></span>
    <span class="omj-skeleton line short"></span>
  </li>`;
}
