// Demo-page controls only (not part of the widgets): language and theme switches that a partner site
// would have anyway. The widgets follow <html lang> by themselves; the page's own words are switched here
// (every element with data-text="key", and data-label="key" for an aria-label), so nothing stays English
// on a Russian or Kyrgyz page. The theme is an attribute per widget; "System" (the default) is the widgets'
// theme="auto" and the page's prefers-color-scheme rules in demo.css.
const params = new URLSearchParams(location.search);
const widgets = () =>
  document.querySelectorAll('omj-hotline-banner, omj-country-filter, omj-video-grid, omj-news-ticker, omj-contact-card');

/** The page's own words; widgets (ticker heading included) speak for themselves. Russian «ты», Kyrgyz «сен». */
export const TEXTS = {
  en: {
    title: 'Children and Justice — one-minute films (demo partner page)',
    helpline: 'Child helpline: 111',
    demo: '· demo partner page',
    settings: 'Page settings',
    language: 'Language',
    theme: 'Theme',
    auto: 'System',
    light: 'Light',
    dark: 'Dark',
    h1: 'One-minute films on “Children and Justice”',
    lead: 'Young people from different regions of Kyrgyzstan made twenty one-minute films in a five-day workshop. Browse them with thousands of other films from the archive, by country and by topic.',
    films: 'Watch the films',
    contacts: 'For more information, please contact',
    contact: 'Galina Solodunova, UNICEF:',
    ext: '(ext. 143)',
    footer:
      'Demo page of the OMJ widgets. Sample content based on UNICEF Kyrgyzstan and Azerbaijan press releases (2012); film titles are invented samples.',
    configurator: 'Configurator',
    manual: 'Partner manual',
  },
  ru: {
    title: 'Дети и правосудие — фильмы-минутки (демо-страница партнёра)',
    helpline: 'Детский телефон доверия: 111',
    demo: '· демо-страница партнёра',
    settings: 'Настройки страницы',
    language: 'Язык',
    theme: 'Тема',
    auto: 'Как в системе',
    light: 'Светлая',
    dark: 'Тёмная',
    h1: 'Фильмы-минутки на тему «Дети и правосудие»',
    lead: 'Молодые люди из разных регионов Кыргызстана сняли двадцать фильмов-минуток за пятидневный семинар. Смотри их вместе с тысячами других фильмов архива — по странам и темам.',
    films: 'Смотреть фильмы',
    contacts: 'Контакты для дополнительной информации',
    contact: 'Галина Солодунова, ЮНИСЕФ:',
    ext: '(доб. 143)',
    footer:
      'Демо-страница виджетов OMJ. Примеры основаны на пресс-релизах ЮНИСЕФ в Кыргызстане и Азербайджане (2012); названия фильмов придуманы.',
    configurator: 'Конфигуратор',
    manual: 'Руководство для партнёров',
  },
  ky: {
    title: 'Балдар жана адилеттүүлүк — бир мүнөттүк тасмалар (өнөктөштүн демо барагы)',
    helpline: 'Балдардын ишеним телефону: 111',
    demo: '· өнөктөштүн демо барагы',
    settings: 'Барактын жөндөөлөрү',
    language: 'Тил',
    theme: 'Тема',
    auto: 'Системадагыдай',
    light: 'Жарык',
    dark: 'Караңгы',
    h1: '«Балдар жана адилеттүүлүк» темасындагы бир мүнөттүк тасмалар',
    lead: 'Кыргызстандын ар кайсы аймактарынан келген жаштар беш күндүк семинарда жыйырма бир мүнөттүк тасма тартышты. Аларды архивдеги миңдеген башка тасмалар менен бирге өлкө жана тема боюнча көр.',
    films: 'Тасмаларды көр',
    contacts: 'Кошумча маалымат үчүн байланыштар',
    contact: 'Галина Солодунова, ЮНИСЕФ:',
    ext: '(ички номер 143)',
    footer:
      'OMJ виджеттеринин демо барагы. Мисалдар ЮНИСЕФтин Кыргызстандагы жана Азербайжандагы пресс-релиздерине (2012) негизделген; тасмалардын аталыштары ойдон чыгарылган.',
    configurator: 'Конфигуратор',
    manual: 'Өнөктөштөр үчүн колдонмо',
  },
};

/** Marks the one pressed button of a group; only buttons, never the <html> element's own data attributes. */
function press(attribute, value) {
  for (const button of document.querySelectorAll(`button[${attribute}]`)) {
    button.setAttribute('aria-pressed', String(button.getAttribute(attribute) === value));
  }
}

function remember(name, value) {
  params.set(name, value);
  history.replaceState(history.state, '', `?${params}${location.hash}`);
}

function setLang(lang) {
  document.documentElement.lang = lang;
  const words = TEXTS[lang];
  for (const node of document.querySelectorAll('[data-text]')) node.textContent = words[node.dataset.text];
  for (const node of document.querySelectorAll('[data-label]')) node.setAttribute('aria-label', words[node.dataset.label]);
  press('data-lang', lang);
  remember('lang', lang);
}

function setTheme(theme) {
  document.documentElement.dataset.pageTheme = theme;
  for (const element of widgets()) element.setAttribute('theme', theme);
  press('data-theme', theme);
  remember('theme', theme);
}

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button[data-lang], button[data-theme]') : null;
  if (button?.dataset.lang) setLang(button.dataset.lang);
  if (button?.dataset.theme) setTheme(button.dataset.theme);
});

setLang(Object.hasOwn(TEXTS, params.get('lang')) ? params.get('lang') : 'en');
setTheme(['light', 'dark'].includes(params.get('theme')) ? params.get('theme') : 'auto');
