#!/usr/bin/env node
// Synthetic OMJ film archive for benchmarks and tests: deterministic (seeded), valid OMJ JSON Feed 1.1,
// 100 real ISO countries, titles in en/ru/ky, every poster a relative URL to ONE local SVG.
//
//   import { generateArchive } from './generate-archive.mjs';
//   const { feed, pages } = generateArchive({ films: 3000, countries: 100, seed: 1, pageSize: 500 });
//
//   node packages/feed/scripts/generate-archive.mjs --films 3000 --out /tmp/archive [--page-size 500]
//     [--countries 100] [--seed 1]
//   writes archive.json, poster.svg and, with --page-size, archive-page-1.json … (linked by next_url).
//
// Browser-safe: Node modules are imported only when run as a CLI.

/** 100 distinct assigned ISO 3166-1 alpha-2 codes (the parser refuses user-assigned ones such as XK), partners' region first. */
export const COUNTRIES = [
  'KG',
  'AZ',
  'KZ',
  'TJ',
  'UZ',
  'TM',
  'AM',
  'GE',
  'UA',
  'MD',
  'BY',
  'RU',
  'TR',
  'RS',
  'BA',
  'ME',
  'MK',
  'AL',
  'AU',
  'RO',
  'BG',
  'HR',
  'SI',
  'HU',
  'SK',
  'CZ',
  'PL',
  'LT',
  'LV',
  'EE',
  'DE',
  'AT',
  'CH',
  'FR',
  'BE',
  'NL',
  'LU',
  'GB',
  'IE',
  'IS',
  'NO',
  'SE',
  'FI',
  'DK',
  'ES',
  'PT',
  'IT',
  'GR',
  'CY',
  'MT',
  'MN',
  'AF',
  'PK',
  'IN',
  'BD',
  'NP',
  'LK',
  'MM',
  'TH',
  'VN',
  'KH',
  'LA',
  'ID',
  'PH',
  'CN',
  'JP',
  'KR',
  'EG',
  'JO',
  'LB',
  'SY',
  'IQ',
  'IR',
  'YE',
  'SD',
  'ET',
  'KE',
  'UG',
  'TZ',
  'RW',
  'ZA',
  'ZM',
  'ZW',
  'MZ',
  'MW',
  'NG',
  'GH',
  'SN',
  'ML',
  'CM',
  'BR',
  'AR',
  'CL',
  'PE',
  'BO',
  'CO',
  'MX',
  'GT',
  'HT',
  'US',
];

/** The topic vocabulary shared with the sample feed. */
export const TOPICS = {
  'juvenile-justice': { en: 'Juvenile justice', ru: 'Правосудие для детей', ky: 'Балдар үчүн сот адилеттиги' },
  'hiv-aids': { en: 'HIV and AIDS', ru: 'ВИЧ и СПИД', ky: 'ВИЧ жана СПИД' },
  violence: { en: 'Violence against children', ru: 'Насилие в отношении детей', ky: 'Балдарга карата зомбулук' },
  'roma-children': { en: 'Roma children', ru: 'Дети рома', ky: 'Рома балдары' },
  'leave-no-child-out': { en: 'Leave No Child Out', ru: 'Ни одного забытого ребёнка', ky: 'Бир да бала сыртта калбасын' },
  peacebuilding: { en: 'Peacebuilding', ru: 'Укрепление мира', ky: 'Тынчтыкты бекемдөө' },
  'parental-care': {
    en: 'Children without parental care',
    ru: 'Дети без попечения родителей',
    ky: 'Ата-эненин камкордугусуз калган балдар',
  },
};

/** Parallel nouns for synthetic titles: "Home and road" / «Дом и дорога» / «Үй жана жол». */
const NOUNS = [
  ['home', 'дом', 'үй'],
  ['road', 'дорога', 'жол'],
  ['school', 'школа', 'мектеп'],
  ['friend', 'друг', 'дос'],
  ['mother', 'мама', 'апа'],
  ['father', 'папа', 'ата'],
  ['child', 'ребёнок', 'бала'],
  ['dream', 'мечта', 'кыял'],
  ['hope', 'надежда', 'үмүт'],
  ['light', 'свет', 'жарык'],
  ['river', 'река', 'дарыя'],
  ['mountain', 'гора', 'тоо'],
  ['window', 'окно', 'терезе'],
  ['letter', 'письмо', 'кат'],
  ['violin', 'скрипка', 'скрипка'],
  ['ball', 'мяч', 'топ'],
  ['street', 'улица', 'көчө'],
  ['rain', 'дождь', 'жамгыр'],
  ['sun', 'солнце', 'күн'],
  ['bread', 'хлеб', 'нан'],
  ['tree', 'дерево', 'дарак'],
  ['bird', 'птица', 'куш'],
  ['door', 'дверь', 'эшик'],
  ['voice', 'голос', 'үн'],
  ['heart', 'сердце', 'жүрөк'],
  ['court', 'суд', 'сот'],
  ['chance', 'шанс', 'мүмкүнчүлүк'],
  ['teenager', 'подросток', 'өспүрүм'],
];

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** The one poster every synthetic film points at (480×270, light, no text, no play mark: widgets draw their own). */
export const POSTER_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="270" viewBox="0 0 480 270">
<rect width="480" height="270" fill="#dfe9f3"/>
<circle cx="380" cy="70" r="30" fill="#a9c4e6"/>
<path d="M0 190Q120 140 240 190T480 170V270H0z" fill="#a9c4e6"/>
</svg>
`;

/** mulberry32: small, fast, good enough for test data, and the same on every platform. */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const capitalize = (text) => text.charAt(0).toLocaleUpperCase('und') + text.slice(1);

/**
 * Builds a synthetic archive. Returns `{ feed, pages }`: `feed` holds every film; `pages` is the same
 * films split into `pageSize` items per feed, linked by relative `next_url`s `archive-page-N.json`
 * (without `pageSize`, `pages` is `[feed]`). Same options, same output, byte for byte.
 * @param {{ films?: number, countries?: number, seed?: number, pageSize?: number }} [options]
 */
export function generateArchive({ films = 3000, countries = 100, seed = 1, pageSize } = {}) {
  if (!Number.isInteger(films) || films < 0) throw new RangeError('films: a whole number ≥ 0');
  if (!Number.isInteger(countries) || countries < 1 || countries > COUNTRIES.length) {
    throw new RangeError(`countries: 1 … ${COUNTRIES.length}`);
  }
  if (pageSize !== undefined && (!Number.isInteger(pageSize) || pageSize < 1)) throw new RangeError('pageSize: ≥ 1');
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const codes = COUNTRIES.slice(0, countries);
  const topicKeys = Object.keys(TOPICS);

  const items = [];
  for (let index = 0; index < films; index++) {
    // Every country at least once, then a skewed spread (a few countries hold most films, as in the real archive).
    const country = index < codes.length ? codes[index] : codes[Math.floor(codes.length * random() ** 2)];
    const [a, b] = [pick(NOUNS), pick(NOUNS)];
    const title = {
      en: `${capitalize(a[0])} and ${b[0]}`,
      ru: `${capitalize(a[1])} и ${b[1]}`,
      ky: `${capitalize(a[2])} жана ${b[2]}`,
    };
    const topics = [pick(topicKeys)];
    if (random() < 0.3) {
      const second = pick(topicKeys);
      if (second !== topics[0]) topics.push(second);
    }
    const topic = TOPICS[topics[0]];
    const year = 2002 + Math.floor(random() * 23);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    let videoId = '';
    for (let i = 0; i < 11; i++) videoId += ID_CHARS[Math.floor(random() * 64)];
    const number = String(index + 1).padStart(5, '0');
    const summary = {
      en: `A one-minute film by a young author about ${topic.en.toLowerCase()}. Synthetic film ${number}.`,
      ru: `Одноминутный фильм юного автора на тему «${topic.ru}». Тестовый фильм ${number}.`,
      ky: `Жаш автордун «${topic.ky}» темасындагы бир мүнөттүк тасмасы. Сыноо тасмасы ${number}.`,
    };
    items.push({
      id: `film-${number}`,
      title: title.en,
      content_text: summary.en,
      date_published: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T12:00:00Z`,
      _omj: {
        kind: 'film',
        title,
        summary,
        country,
        topics,
        year,
        duration: 60,
        poster: { url: 'poster.svg', width: 480, height: 270 },
        video: { provider: 'youtube', id: videoId },
        workshop: `Workshop ${country} ${year}`,
      },
    });
  }

  const head = (title) => ({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    home_page_url: 'https://example.org/oneminutesjr/',
    language: 'en',
  });
  const omj = { version: 1, topics: TOPICS, country_names: { ru: { KG: 'Кыргызстан' } } };
  const feed = { ...head(`OneMinutesJr synthetic archive (${films} films, seed ${seed})`), _omj: omj, items };
  if (pageSize === undefined) return { feed, pages: [feed] };

  const pages = [];
  const count = Math.max(1, Math.ceil(items.length / pageSize));
  for (let page = 0; page < count; page++) {
    pages.push({
      ...head(`OneMinutesJr synthetic archive, page ${page + 1} of ${count}`),
      ...(page + 1 < count ? { next_url: `archive-page-${page + 2}.json` } : {}),
      _omj: omj,
      items: items.slice(page * pageSize, (page + 1) * pageSize),
    });
  }
  return { feed, pages };
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    const number = () => {
      const parsed = Number(value);
      if (!Number.isInteger(parsed)) throw new Error(`${flag}: expected a whole number, got ${value}`);
      i++;
      return parsed;
    };
    if (flag === '--films') options.films = number();
    else if (flag === '--countries') options.countries = number();
    else if (flag === '--seed') options.seed = number();
    else if (flag === '--page-size') options.pageSize = number();
    else if (flag === '--out') {
      options.out = value;
      i++;
    } else throw new Error(`unknown option ${flag}`);
  }
  if (!options.out) throw new Error('--out <dir> is required');
  return options;
}

async function main() {
  // Specifiers in variables: browser bundlers and dev servers must not try to resolve them.
  const fsModule = 'node:fs/promises';
  const pathModule = 'node:path';
  const { mkdir, writeFile } = await import(fsModule);
  const { join } = await import(pathModule);
  const { out, ...options } = parseArgs(process.argv.slice(2));
  const { feed, pages } = generateArchive(options);
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'archive.json'), JSON.stringify(feed));
  await writeFile(join(out, 'poster.svg'), POSTER_SVG);
  if (options.pageSize !== undefined) {
    await Promise.all(pages.map((page, i) => writeFile(join(out, `archive-page-${i + 1}.json`), JSON.stringify(page))));
  }
  const bytes = Buffer.byteLength(JSON.stringify(feed));
  console.log(
    `wrote ${feed.items.length} films (${(bytes / 1024).toFixed(0)} KB) to ${join(out, 'archive.json')}` +
      (options.pageSize !== undefined ? ` and ${pages.length} pages` : ''),
  );
}

const isCli =
  typeof process !== 'undefined' &&
  Array.isArray(process.argv) &&
  /generate-archive\.mjs$/.test(process.argv[1] ?? '') &&
  import.meta.url.endsWith('/generate-archive.mjs');
if (isCli) {
  main().catch((error) => {
    console.error(`generate-archive: ${error.message}`);
    process.exit(1);
  });
}
