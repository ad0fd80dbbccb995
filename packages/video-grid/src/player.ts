import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Film } from '@omj/feed';
import { metaLine, playLabel, renderPoster, topicList } from './card.js';
import type { Texts } from './texts.js';

/**
 * The player itself, created only when the visitor presses play. The parser has already checked the
 * video ids and allowlisted every source and track URL. Third parties are asked to track less:
 * youtube-nocookie with captions on in the visitor's language, Vimeo with `dnt=1`.
 */
function renderVideo(film: Film, ui: string, label: string): TemplateResult {
  const video = film.video;
  if (video.provider === 'file') {
    const preferred = video.tracks.find((track) => track.lang.split('-')[0]!.toLowerCase() === ui);
    return html`<video class="frame" controls autoplay playsinline aria-label=${label}>
      ${video.sources.map((source) => html`<source src=${source.url} type=${source.type} />`)}
      ${video.tracks.map(
        (track) =>
          html`<track src=${track.url} kind=${track.kind} srclang=${track.lang} label=${track.label ?? track.lang} ?default=${track === preferred} />`,
      )}
    </video>`;
  }
  const src =
    video.provider === 'youtube'
      ? `https://www.youtube-nocookie.com/embed/${video.id}?autoplay=1&rel=0&cc_load_policy=1&cc_lang_pref=${ui}&hl=${ui}&playsinline=1`
      : `https://player.vimeo.com/video/${video.id}?autoplay=1&dnt=1`;
  return html`<iframe class="frame" src=${src} title=${label} allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
    referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
}

/**
 * The content of the modal `<dialog>`: title, close button, the facade (poster + play button) or, once
 * the visitor pressed play, the player; then summary, facts and the transcript.
 */
export function renderPlayer(film: Film, t: Texts, ui: string, playing: boolean, play: () => void, close: () => void): TemplateResult {
  const title = t.pick(film.title)!;
  const summary = t.pick(film.summary);
  const transcript = t.pick(film.transcript);
  return html`<div class="head">
      <h2 id="player-title" class="omj-feed" lang=${title.lang ?? nothing}>${title.text}</h2>
      <button type="button" class="omj-button close" part="close" aria-label=${msg('Close')} @click=${close}><span aria-hidden="true">✕</span></button>
    </div>
    <p id="player-hint" class="hint">${msg('Close with Escape or the Close button; from inside the video, Shift+Tab leads back to it.')}</p>
    <div class="stage" part="player" role="group" tabindex="-1" aria-label=${title.text}>
      ${
        playing
          ? renderVideo(film, ui, title.text)
          : html`${renderPoster(film, t)}<button type="button" class="omj-button primary play" part="play" aria-label=${playLabel(title.text)} autofocus @click=${play}><span aria-hidden="true">▶\uFE0E</span></button>`
      }
    </div>
    ${summary ? html`<p class="omj-feed" lang=${summary.lang ?? nothing}>${summary.text}</p>` : nothing}
    <p class="meta" part="meta">${metaLine(film, t)}${film.topics.length ? ' · ' : ''}${topicList(film, t, ' · ')}</p>
    ${
      transcript
        ? html`<details part="transcript">
          <summary>${msg('Transcript')}</summary>
          <p class="omj-feed" lang=${transcript.lang ?? nothing}>${transcript.text}</p>
        </details>`
        : nothing
    }`;
}
