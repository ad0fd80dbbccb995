import { expect } from '@open-wc/testing';
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, countByCountry, countByTopic, filterFilms, queryWords, sortFilms, type Film } from '@omj/feed';
import { generateArchive } from '../../scripts/generate-archive.mjs';
import { film, filmsFromArchive, topics } from './films.js';

const ids = (films: readonly Film[]) => films.map((f) => f.id);

const library: Film[] = [
  film({
    id: 'kg-second-chance',
    title: { en: 'A second chance', ru: 'Второй шанс', ky: 'Экинчи мүмкүнчүлүк' },
    summary: {
      en: 'A teenager from Osh looks back.',
      ru: 'Подросток из Оша вспоминает прошлое.',
      ky: 'Оштон келген өспүрүм өткөнүн эстейт.',
    },
    country: 'KG',
    topics: ['juvenile-justice'],
    year: 2012,
    workshop: 'Bishkek 2012',
  }),
  film({
    id: 'az-violin',
    title: { en: 'The violin', ru: 'Скрипка', ky: 'Скрипка' },
    summary: { en: 'Rasul keeps playing.', ru: 'Расул продолжает играть.', ky: 'Расул ойноону улантат.' },
    country: 'AZ',
    topics: ['violence'],
    year: 2012,
    workshop: 'Baku 2012',
  }),
  film({
    id: 'az-letter',
    title: { en: 'Letter to fathers', ru: 'Письмо отцам', ky: 'Аталарга кат' },
    summary: { en: 'Müslüm writes to his father.', ru: 'Мюслюм пишет отцу.', ky: 'Мүслүм атасына кат жазат.' },
    country: 'AZ',
    topics: ['violence', 'parental-care'],
    year: 2012,
  }),
  film({
    id: 'fr-cafe',
    title: { en: 'Café for everyone', fr: 'Le café de l’école' },
    country: 'FR',
    topics: ['hiv-aids'],
    year: 2005,
  }),
  film({
    id: 'ru-hedgehog',
    title: { en: 'The hedgehog', ru: 'Ёжик в тумане' },
    country: 'RU',
    topics: [],
    year: 2009,
  }),
  film({ id: 'no-year', title: { en: 'Untitled sketch' }, country: 'KG', topics: ['peacebuilding'] }),
];

describe('filterFilms', () => {
  it('returns every film, in order, for an empty query', () => {
    expect(ids(filterFilms(library, {}))).to.deep.equal(ids(library));
    expect(ids(filterFilms(library, { text: '   ', countries: [], topics: [], years: [] }))).to.deep.equal(ids(library));
  });

  it('filters by countries, case-insensitively, any of several', () => {
    expect(ids(filterFilms(library, { countries: ['az'] }))).to.deep.equal(['az-violin', 'az-letter']);
    expect(ids(filterFilms(library, { countries: ['FR', 'RU'] }))).to.deep.equal(['fr-cafe', 'ru-hedgehog']);
    expect(filterFilms(library, { countries: ['DE'] })).to.deep.equal([]);
  });

  it('filters by topics (any of them) and years; a film without a year never matches a year', () => {
    expect(ids(filterFilms(library, { topics: ['parental-care', 'hiv-aids'] }))).to.deep.equal(['az-letter', 'fr-cafe']);
    expect(ids(filterFilms(library, { years: [2005, 2009] }))).to.deep.equal(['fr-cafe', 'ru-hedgehog']);
    expect(ids(filterFilms(library, { years: [2012], countries: ['AZ'], topics: ['parental-care'] }))).to.deep.equal(['az-letter']);
  });

  it('matches free text case- and diacritic-insensitively (é/e, ü/u)', () => {
    expect(ids(filterFilms(library, { text: 'cafe' }))).to.deep.equal(['fr-cafe']);
    expect(ids(filterFilms(library, { text: 'CAFÉ' }))).to.deep.equal(['fr-cafe']);
    expect(ids(filterFilms(library, { text: 'ecole' }))).to.deep.equal(['fr-cafe']);
    expect(ids(filterFilms(library, { text: 'muslum' }))).to.deep.equal(['az-letter']);
    expect(ids(filterFilms(library, { text: 'MÜSLÜM' }))).to.deep.equal(['az-letter']);
  });

  it('treats ё and е alike, both ways', () => {
    expect(ids(filterFilms(library, { text: 'ежик' }))).to.deep.equal(['ru-hedgehog']);
    expect(ids(filterFilms(library, { text: 'ЁЖИК' }))).to.deep.equal(['ru-hedgehog']);
  });

  it('matches Russian and Kyrgyz, keeping Kyrgyz letters distinct (ө is not о)', () => {
    expect(ids(filterFilms(library, { text: 'Скрипка' }))).to.deep.equal(['az-violin']);
    expect(ids(filterFilms(library, { text: 'өспүрүм' }))).to.deep.equal(['kg-second-chance']);
    expect(ids(filterFilms(library, { text: 'ӨСПҮРҮМ' }))).to.deep.equal(['kg-second-chance']);
    expect(filterFilms(library, { text: 'оспурум' })).to.deep.equal([]);
    expect(ids(filterFilms(library, { text: 'мүмкүнчүлүк' }))).to.deep.equal(['kg-second-chance']);
  });

  it('requires every word, in any field and any language', () => {
    expect(ids(filterFilms(library, { text: 'second   Osh' }))).to.deep.equal(['kg-second-chance']);
    expect(ids(filterFilms(library, { text: 'шанс өспүрүм' }))).to.deep.equal(['kg-second-chance']);
    expect(ids(filterFilms(library, { text: 'second violin' }))).to.deep.equal([]);
    expect(ids(filterFilms(library, { text: 'baku 2012' }))).to.deep.equal(['az-violin']);
    expect(ids(filterFilms(library, { text: 'Bishkek' }))).to.deep.equal(['kg-second-chance']);
  });

  it("finds films by the caller's country names and by the feed’s own; makes none itself", () => {
    const intlName = (locale: string) => {
      const names = new Intl.DisplayNames(locale, { type: 'region' });
      return (code: string) => names.of(code);
    };
    expect(ids(filterFilms(library, { text: 'Azerbaijan' }, { countryName: intlName('en') }))).to.deep.equal(['az-violin', 'az-letter']);
    expect(ids(filterFilms(library, { text: 'Азербайджан' }, { countryName: intlName('ru') }))).to.deep.equal(['az-violin', 'az-letter']);
    expect(ids(filterFilms(library, { text: 'киргизия' }, { countryName: intlName('ru') }))).to.deep.equal(['kg-second-chance', 'no-year']);
    // No name function: no Intl names of the module's own (core owns country names).
    expect(filterFilms(library, { text: 'Azerbaijan' })).to.deep.equal([]);
    // «Кыргызстан» comes from the feed's `_omj.country_names` (Chromium's Russian says «Киргизия»).
    const vocabulary = { topics, countryNames: { ru: { KG: 'Кыргызстан' }, ky: { KG: 'Кыргызстан', AZ: 'Азербайжан' } } };
    expect(ids(filterFilms(library, { text: 'Кыргызстан' }, { vocabulary }))).to.deep.equal(['kg-second-chance', 'no-year']);
    expect(ids(filterFilms(library, { text: 'азербайжан' }, { vocabulary }))).to.deep.equal(['az-violin', 'az-letter']);
    expect(filterFilms(library, { text: 'азербайжан' })).to.deep.equal([]);
  });

  it('finds films by topic label in any language when given the vocabulary', () => {
    const vocabulary = { topics, countryNames: {} };
    expect(ids(filterFilms(library, { text: 'насилие' }, { vocabulary }))).to.deep.equal(['az-violin', 'az-letter']);
    expect(ids(filterFilms(library, { text: 'зомбулук' }, { vocabulary }))).to.deep.equal(['az-violin', 'az-letter']);
    expect(ids(filterFilms(library, { text: 'juvenile justice' }, { vocabulary }))).to.deep.equal(['kg-second-chance']);
    expect(filterFilms(library, { text: 'насилие' })).to.deep.equal([]);
  });

  it('bounds free text: the first 200 characters and 10 distinct words count, the rest is cut', () => {
    expect(MAX_QUERY_LENGTH).to.equal(200);
    expect(MAX_QUERY_WORDS).to.equal(10);
    // 313 KB of words (the #q= link that froze a grid): cut to at most 10 words of the first 200 characters.
    const huge = 'violin '.repeat(45_000);
    expect(queryWords(huge)).to.deep.equal(['violin']);
    const many = Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ');
    expect(queryWords(many)).to.deep.equal(Array.from({ length: 10 }, (_, i) => `w${i}`));
    expect(queryWords(`${'x'.repeat(199)} violin`)).to.deep.equal(['x'.repeat(199)]);
    // An 11th word beyond the bound does not narrow the result.
    expect(
      ids(filterFilms(library, { text: 'the violin скрипка rasul keeps playing расул продолжает играть baku nomatch' })),
    ).to.deep.equal(['az-violin']);
    expect(ids(filterFilms(library, { text: huge }))).to.deep.equal(['az-violin']);
  });

  it('looks at each film once per word: the search text is built once per film, whatever the query', () => {
    let reads = 0;
    const counted = library.map((entry) => {
      const copy = { ...entry };
      return Object.defineProperty(copy, 'title', {
        get: () => {
          reads++;
          return entry.title;
        },
      }) as Film;
    });
    filterFilms(counted, { text: 'a b c d e f g h i j' });
    filterFilms(counted, { text: 'violin' });
    expect(reads).to.equal(counted.length); // the folded text is cached per film object
  });

  it('finds any title by its own text, whatever the script (fast and full folding agree)', () => {
    const samples = [
      'Ýoly we Öý',
      'Tiếng Việt có dấu',
      'हिन्दी फ़िल्म',
      'العربية مُشَكَّلة',
      'Ελληνικά τόνος ά',
      'Қазақ тілі ұлт',
      'Қазақша and ǅemal',
      'Ҳаёт ва умед',
      'İstanbul ŞEHİR',
      'Українська ї ґ й',
      'Zürich — «quotes» ½',
    ];
    const films = samples.map((title, i) => film({ id: `s${i}`, title: { en: title } }));
    for (const [i, title] of samples.entries()) {
      expect(ids(filterFilms(films, { text: title.toUpperCase() })), title).to.include(`s${i}`);
      expect(ids(filterFilms(films, { text: title.normalize('NFD') })), title).to.include(`s${i}`);
    }
    expect(ids(filterFilms(films, { text: 'viet co dau' }))).to.deep.equal(['s1']);
    expect(ids(filterFilms(films, { text: 'istanbul sehir' }))).to.deep.equal(['s8']);
  });

  it('combines free text with the other filters', () => {
    expect(ids(filterFilms(library, { text: '2012', countries: ['KG'] }))).to.deep.equal(['kg-second-chance']);
  });
});

describe('countByCountry / countByTopic', () => {
  it('counts films per country and per topic', () => {
    expect([...countByCountry(library)]).to.deep.equal([
      ['KG', 2],
      ['AZ', 2],
      ['FR', 1],
      ['RU', 1],
    ]);
    const byTopic = countByTopic(library);
    expect(byTopic.get('violence')).to.equal(2);
    expect(byTopic.get('parental-care')).to.equal(1);
    expect(byTopic.has('roma-children')).to.equal(false);
  });

  it('counts a topic repeated on one film once', () => {
    expect(countByTopic([film({ title: { en: 'x' }, topics: ['violence', 'violence'] })]).get('violence')).to.equal(1);
  });
});

describe('sortFilms', () => {
  const titled = (titles: Record<string, string>[]) => titles.map((title, i) => film({ id: `t${i}`, title }));
  const titles = (films: readonly Film[], locale: string) => films.map((f) => f.title[locale] ?? f.title.en);

  it('sorts Kyrgyz titles in Kyrgyz alphabetical order (ң after н, ө after о, ү after у)', () => {
    const films = titled([{ ky: 'Үй' }, { ky: 'Фото' }, { ky: 'Өрүк' }, { ky: 'Уул' }, { ky: 'Орус' }, { ky: 'Ңаа' }, { ky: 'Нан' }]);
    expect(titles(sortFilms(films, 'title', 'ky'), 'ky')).to.deep.equal(['Нан', 'Ңаа', 'Орус', 'Өрүк', 'Уул', 'Үй', 'Фото']);
  });

  it('sorts Russian titles with ё among е, ignoring case, and numbers numerically', () => {
    const films = titled([{ ru: 'Жук' }, { ru: 'ёжик' }, { ru: 'Ель' }, { ru: 'Дом 10' }, { ru: 'Дом 9' }, { ru: 'арбуз' }]);
    expect(titles(sortFilms(films, 'title', 'ru'), 'ru')).to.deep.equal(['арбуз', 'Дом 9', 'Дом 10', 'ёжик', 'Ель', 'Жук']);
  });

  it('sorts by the title in the requested language, falling back to English', () => {
    const films = titled([{ en: 'Apple', ru: 'Яблоко' }, { en: 'Zebra', ru: 'Антилопа' }, { en: 'Mango' }]);
    // Russian order puts Cyrillic before Latin: Антилопа, Яблоко, Mango.
    expect(ids(sortFilms(films, 'title', 'ru'))).to.deep.equal(['t1', 't0', 't2']);
    expect(ids(sortFilms(films, 'title', 'en'))).to.deep.equal(['t0', 't2', 't1']);
  });

  it('sorts newest and oldest by year, then by date; films without either come last both ways', () => {
    const films = [
      film({ id: 'none', title: { en: 'n' } }),
      film({ id: '2012-apr', title: { en: 'a' }, year: 2012, datePublished: new Date('2012-04-20T10:00:00+06:00') }),
      film({ id: '2005', title: { en: 'b' }, year: 2005 }),
      film({ id: '2012-mar', title: { en: 'c' }, year: 2012, datePublished: new Date('2012-03-09T10:00:00+04:00') }),
      film({ id: 'dated-2009', title: { en: 'd' }, datePublished: new Date('2009-06-01T00:00:00Z') }),
    ];
    expect(ids(sortFilms(films, 'newest'))).to.deep.equal(['2012-apr', '2012-mar', 'dated-2009', '2005', 'none']);
    expect(ids(sortFilms(films, 'oldest'))).to.deep.equal(['2005', 'dated-2009', '2012-mar', '2012-apr', 'none']);
  });

  it('returns a copy and keeps feed order for ties', () => {
    const films = [film({ id: 'x', title: { en: 'Same' }, year: 2012 }), film({ id: 'y', title: { en: 'same' }, year: 2012 })];
    const sorted = sortFilms(films, 'title');
    expect(sorted).to.not.equal(films);
    expect(ids(sorted)).to.deep.equal(['x', 'y']);
    expect(ids(sortFilms(films, 'newest'))).to.deep.equal(['x', 'y']);
  });
});

describe('queries over a 3,000-film archive', () => {
  const archive = filmsFromArchive(generateArchive({ films: 3000, countries: 100, seed: 7 }).feed);

  it('builds correct results', () => {
    expect(archive).to.have.length(3000);
    expect(countByCountry(archive).size).to.equal(100);
    const kg = filterFilms(archive, { countries: ['KG'] });
    expect(kg.length).to.equal(countByCountry(archive).get('KG'));
    const teen = filterFilms(archive, { text: 'өспүрүм' });
    expect(teen.length).to.be.greaterThan(0);
    expect(teen.every((f) => f.title.ky!.toLocaleLowerCase('ky').includes('өспүрүм'))).to.equal(true);
  });

  // Timings are bench figures (bench/), never test assertions.
  it('sorts 3,000 films by Kyrgyz title', () => {
    const sorted = sortFilms(archive, 'title', 'ky');
    const collator = new Intl.Collator('ky', { sensitivity: 'base', numeric: true });
    for (let i = 1; i < sorted.length; i++) {
      expect(collator.compare(sorted[i - 1]!.title.ky!, sorted[i]!.title.ky!)).to.be.at.most(0);
    }
  });
});
