// Types for generate-archive.mjs (imported by tests and benchmarks).
export declare const COUNTRIES: readonly string[];
export declare const TOPICS: Readonly<Record<string, { en: string; ru: string; ky: string }>>;
export declare const POSTER_SVG: string;

/** A raw OMJ JSON Feed 1.1 object, as written to archive.json. */
export interface RawArchiveFeed {
  version: string;
  title: string;
  home_page_url: string;
  language: string;
  next_url?: string;
  _omj: { version: number; topics: Record<string, Record<string, string>>; country_names: Record<string, Record<string, string>> };
  items: {
    id: string;
    title: string;
    content_text: string;
    date_published: string;
    _omj: {
      kind: 'film';
      title: { en: string; ru: string; ky: string };
      summary: { en: string; ru: string; ky: string };
      country: string;
      topics: string[];
      year: number;
      duration: number;
      poster: { url: string; width: number; height: number };
      video: { provider: 'youtube'; id: string };
      workshop: string;
    };
  }[];
}

export declare function generateArchive(options?: { films?: number; countries?: number; seed?: number; pageSize?: number }): {
  feed: RawArchiveFeed;
  pages: RawArchiveFeed[];
};
