// Demo-page controls only (not part of the widgets): language and theme switches that a partner site
// would have anyway. The widgets follow <html lang> by themselves; the theme is an attribute per element.
const params = new URLSearchParams(location.search);
const widgets = () => document.querySelectorAll('omj-hotline-banner, omj-country-filter, omj-video-grid, omj-news-ticker, omj-contact-card');

function setLang(lang) {
  document.documentElement.lang = lang;
  for (const button of document.querySelectorAll('[data-lang]')) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  params.set('lang', lang);
  history.replaceState(history.state, '', `?${params}${location.hash}`);
}

function setTheme(theme) {
  document.documentElement.dataset.theme = theme;
  for (const element of widgets()) element.setAttribute('theme', theme);
  for (const button of document.querySelectorAll('[data-theme]')) button.setAttribute('aria-pressed', String(button.dataset.theme === theme));
  params.set('theme', theme);
  history.replaceState(history.state, '', `?${params}${location.hash}`);
}

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button[data-lang], button[data-theme]') : null;
  if (button?.dataset.lang) setLang(button.dataset.lang);
  if (button?.dataset.theme) setTheme(button.dataset.theme);
});

setLang(['en', 'ru', 'ky'].includes(params.get('lang')) ? params.get('lang') : 'en');
setTheme(params.get('theme') === 'dark' ? 'dark' : 'light');
