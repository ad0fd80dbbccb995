import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { pickText, pickTextWithLang, safeUrl, type Film, type VideoSource } from '@omj/feed';
import { filmTitle, metaLine, renderPoster, topicLabels, type CardContext } from './card.js';

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^\d{1,12}$/;

/** The third-party player URL, built only from an id that passes the same check the parser made. */
export function embedUrl(video: VideoSource, uiLocale: string): string | undefined {
  const lang = encodeURIComponent(uiLocale);
  if (video.provider === 'youtube' && YOUTUBE_ID.test(video.id)) {
    return `https://www.youtube-nocookie.com/embed/${video.id}?autoplay=1&rel=0&cc_load_policy=1&cc_lang_pref=${lang}&hl=${lang}&playsinline=1`;
  }
  if (video.provider === 'vimeo' && VIMEO_ID.test(video.id)) {
    return `https://player.vimeo.com/video/${video.id}?autoplay=1&dnt=1`;
  }
  return undefined;
}

function renderVideo(film: Film, uiLocale: string, label: string): TemplateResult | typeof nothing {
  const video = film.video;
  if (video.provider !== 'file') {
    const src = embedUrl(video, uiLocale);
    return src === undefined
      ? nothing
      : html`<iframe
          class="frame"
          src=${src}
          title=${label}
          allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
          allowfullscreen
          referrerpolicy="strict-origin-when-cross-origin"
        ></iframe>`;
  }
  const tracks = video.tracks.filter((track) => safeUrl(track.url, 'media') !== undefined);
  const preferred = tracks.find((track) => track.lang.split('-')[0]!.toLowerCase() === uiLocale);
  return html`<video class="frame" controls autoplay playsinline aria-label=${label}>
    ${video.sources
      .filter((source) => safeUrl(source.url, 'media') !== undefined)
      .map((source) => html`<source src=${source.url} type=${source.type} />`)}
    ${tracks.map(
      (track) =>
        html`<track src=${track.url} kind=${track.kind} srclang=${track.lang} label=${track.label ?? track.lang} ?default=${track === preferred} />`,
    )}
  </video>`;
}

export interface PlayerContext extends Omit<CardContext, 'open' | 'posters'> {
  readonly playing: boolean;
  readonly play: (event: Event) => void;
  readonly close: () => void;
}

/**
 * The content of the modal `<dialog>`: title, close button, the facade (poster + play button) or, once
 * the visitor pressed play, the player, then summary, facts and the transcript.
 */
export function renderPlayer(film: Film, ctx: PlayerContext): TemplateResult {
  const title = filmTitle(film, ctx);
  const summary = pickTextWithLang(film.summary, ctx.langTag, [ctx.uiLocale]);
  const transcript = pickTextWithLang(film.transcript, ctx.langTag, [ctx.uiLocale]);
  const topics = topicLabels(film, ctx);
  const playLabel = msg(str`Play: ${title.text}`);
  return html`<div class="dialog-head">
      <h2 id="player-title" lang=${title.lang ?? nothing}>${title.text}</h2>
      <button type="button" class="omj-button close" part="close" aria-label=${msg('Close')} @click=${ctx.close}>
        <span aria-hidden="true">✕</span>
      </button>
    </div>
    <div class="stage" part="player">
      ${ctx.playing
        ? renderVideo(film, ctx.uiLocale, msg(str`Video player: ${title.text}`))
        : html`${renderPoster(film, ctx, true)}
            <button type="button" class="play" part="play" aria-label=${playLabel} autofocus @click=${ctx.play}>
              <span class="play-icon" aria-hidden="true"></span>
            </button>`}
    </div>
    ${summary === undefined ? nothing : html`<p class="summary" lang=${summary.lang}>${summary.text}</p>`}
    <p class="meta" part="meta">${[metaLine(film, ctx), ...topics].join(' · ')}</p>
    ${transcript === undefined
      ? nothing
      : html`<details part="transcript">
          <summary>${msg('Transcript')}</summary>
          <p class="transcript-text" lang=${transcript.lang}>${transcript.text}</p>
        </details>`}`;
}

/** The words used in events and titles: the film's title in the visitor's language. */
export function plainTitle(film: Film, langTag: string, uiLocale: string): string {
  return pickText(film.title, langTag, [uiLocale]) ?? film.id;
}
