// Normalized films for query tests, built by hand (the queries read the model, not the wire format).
import type { Film, Topic } from '@omj/feed';
import type { RawArchiveFeed } from '../../scripts/generate-archive.mjs';

let counter = 0;
export function film(parts: Partial<Film> & Pick<Film, 'title'>): Film {
  counter++;
  return {
    kind: 'film',
    id: parts.id ?? `f${counter}`,
    country: 'KG',
    topics: [],
    video: { provider: 'youtube', id: 'aBcDeFgHiJk' },
    ...parts,
  };
}

export const topics: Topic[] = [
  { key: 'juvenile-justice', label: { en: 'Juvenile justice', ru: 'Правосудие для детей', ky: 'Балдар үчүн сот адилеттиги' } },
  { key: 'violence', label: { en: 'Violence against children', ru: 'Насилие в отношении детей', ky: 'Балдарга карата зомбулук' } },
  { key: 'hiv-aids', label: { en: 'HIV and AIDS', ru: 'ВИЧ и СПИД', ky: 'ВИЧ жана СПИД' } },
];

/** The generator's raw items as normalized films (what the parser would produce), without the parser. */
export function filmsFromArchive(feed: RawArchiveFeed): Film[] {
  return feed.items.map((item) => ({
    kind: 'film',
    id: item.id,
    title: item._omj.title,
    summary: item._omj.summary,
    country: item._omj.country,
    topics: item._omj.topics,
    year: item._omj.year,
    duration: item._omj.duration,
    video: item._omj.video,
    workshop: item._omj.workshop,
    datePublished: new Date(item.date_published),
  }));
}
