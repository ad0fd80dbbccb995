// A film row of the spreadsheet as an OMJ feed item (docs/feed.md, "Film").
import type { Columns, Row } from './row.js';
import { countryCode, date, firstText } from './values.js';

export const FILM_COLUMNS: Columns = {
  plain: [
    'id',
    'country',
    'year',
    'topics',
    'video',
    'duration',
    'poster',
    'poster:width',
    'poster:height',
    'date',
    'withdrawn',
    'workshop',
    'url',
  ],
  localized: ['title', 'summary', 'transcript', 'poster:alt'],
  perLanguage: ['captions', 'subtitles'],
};

/** Poster size when the sheet gives none: the 16:9 size of the sample posters (the grid uses the ratio). */
const POSTER = { width: 480, height: 270 };

type Video =
  | { provider: 'youtube' | 'vimeo'; id: string }
  | { provider: 'file'; sources: { url: string; type: string }[]; tracks: { url: string; lang: string; label: string; kind: string }[] };

/** A YouTube or Vimeo page (any of their usual URL forms), or a self-hosted MP4/WebM file. */
function video(row: Row): Video | undefined {
  const value = row.need('video');
  if (value === undefined) return undefined;
  const youtube =
    /^(?:https?:\/\/)?(?:www\.|m\.)?(?:youtube(?:-nocookie)?\.com\/(?:watch\?(?:.*&)?v=|embed\/|shorts\/|live\/|v\/)|youtu\.be\/)([\w-]{11})(?:[?&#/]|$)/i.exec(
      value,
    );
  if (youtube) return { provider: 'youtube', id: youtube[1]! };
  const vimeo = /^(?:https?:\/\/)?(?:www\.|player\.)?vimeo\.com\/(?:video\/|channels\/[\w-]+\/)?(\d{1,15})(?:[?#/]|$)/i.exec(value);
  if (vimeo) return { provider: 'vimeo', id: vimeo[1]! };
  const type = /\.(mp4|m4v)([?#]|$)/i.test(value) ? 'video/mp4' : /\.webm([?#]|$)/i.test(value) ? 'video/webm' : undefined;
  if (type === undefined) return row.fail('video', `"${value}" is not a YouTube or Vimeo page, nor an .mp4 or .webm file`);
  const url = row.url('video', value);
  return url === undefined ? undefined : { provider: 'file', sources: [{ url, type }], tracks: [] };
}

/** `1:05`, `01:05`, `1:02:03`, or seconds (`65`, `65.5`). */
function duration(row: Row): number | undefined {
  const value = row.get('duration');
  if (value === undefined) return undefined;
  const parts = value.split(':');
  const valid =
    parts.length <= 3 &&
    parts.every((part, i) => (i === 0 ? /^\d+(\.\d+)?$/ : /^[0-5]\d(\.\d+)?$/).test(part)) &&
    (parts.length === 1 || /^\d+$/.test(parts[0]!));
  const seconds = parts.reduce((total, part) => total * 60 + Number(part), 0);
  return valid && seconds >= 1 && seconds <= 36000
    ? seconds
    : row.fail('duration', `"${value}" is not a length as m:ss or seconds (1 s to 10 h)`);
}

function year(row: Row): number | undefined {
  const value = row.get('year');
  if (value === undefined) return undefined;
  const last = new Date().getUTCFullYear() + 1;
  return /^\d{4}$/.test(value) && Number(value) >= 1900 && Number(value) <= last
    ? Number(value)
    : row.fail('year', `"${value}" is not a year (1900 to ${last})`);
}

/** A language's name in itself, capitalized: `English`, `Русский`, `Кыргызча`. */
function languageName(lang: string): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang);
  } catch {
    // not a tag Intl knows: the tag itself
  }
  name ??= lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

export function filmItem(row: Row, language: string): Record<string, unknown> | undefined {
  const id = row.need('id');
  const title = row.localized('title') ?? row.fail('title', 'missing (a title in at least one language)');
  const country = countryCode(row);
  const film = video(row);
  const tracks = [
    ...row.perLanguage('captions').map((track) => [...track, 'captions'] as const),
    ...row.perLanguage('subtitles').map((track) => [...track, 'subtitles'] as const),
  ];
  for (const [lang, value, column, kind] of tracks) {
    if (film !== undefined && film.provider !== 'file')
      row.fail(column, `${kind} go with a self-hosted video (.mp4); YouTube and Vimeo show their own`);
    else if (!/\.vtt([?#]|$)/i.test(value)) row.fail(column, `"${value}" is not a WebVTT file (.vtt)`);
    else {
      const url = row.url(column, value);
      if (url !== undefined && film?.provider === 'file') film.tracks.push({ url, lang, label: languageName(lang), kind });
    }
  }
  const posterUrl = row.url('poster');
  const size = (column: 'poster:width' | 'poster:height'): number | undefined => {
    const value = row.get(column);
    if (value === undefined) return POSTER[column === 'poster:width' ? 'width' : 'height'];
    return /^\d{1,5}$/.test(value) && Number(value) > 0 ? Number(value) : row.fail(column, `"${value}" is not a size in pixels`);
  };
  const alt = row.localized('poster:alt');
  const poster = posterUrl === undefined ? undefined : { url: posterUrl, width: size('poster:width'), height: size('poster:height'), alt };
  if (posterUrl === undefined && alt !== undefined) row.warn('poster:alt', 'no poster to describe (left out)');
  const summary = row.localized('summary');
  const withdrawn = row.yesNo('withdrawn');
  const item = {
    id,
    title: title && firstText(title, language),
    content_text: firstText(summary ?? title, language),
    date_published: date(row, 'date'),
    url: row.url('url'),
    _omj: {
      kind: 'film',
      title,
      summary,
      country,
      topics: row.list('topics'),
      year: year(row),
      duration: duration(row),
      poster,
      video: film,
      transcript: row.localized('transcript'),
      workshop: row.get('workshop'),
      withdrawn: withdrawn || undefined,
    },
  };
  return row.failed ? undefined : item;
}
