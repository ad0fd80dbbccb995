// The configurator: pick a widget, set its options, see it live, copy the snippet.
// Plain module, no framework, no innerHTML: the preview element is built with DOM calls, and the snippet
// is built as TEXT (escaped) and shown with textContent, never parsed as HTML. Works under the strict CSP
// (no inline script or style).

/** The main attributes of each widget: [attribute, kind, label, help, choices or default]. */
const WIDGETS = {
  'omj-hotline-banner': {
    help: 'The child helpline of a country, ready to call.',
    fields: [
      ['country', 'text', 'Country code', 'ISO 3166-1 code of the helpline in the feed, e.g. KG.', 'KG'],
      ['number', 'text', 'Number (inline)', 'Overrides the feed, e.g. 111.'],
      ['name', 'text', 'Name (inline)', 'Overrides the feed.'],
      ['free', 'boolean', 'Free call badge'],
      ['dismissible', 'boolean', 'Can be closed'],
      ['sticky', 'choice', 'Sticks to the screen edge', '', ['', 'top', 'bottom']],
      [
        'no-exit',
        'boolean',
        'Turn quick exit off',
        'Not recommended: quick exit is on by default because a child may need to leave the page fast.',
      ],
      ['exit-url', 'text', 'Quick exit goes to', 'An http(s) address, e.g. https://www.google.com/'],
    ],
  },
  'omj-video-grid': {
    help: 'The film archive: cards, filters and a privacy-friendly player.',
    fields: [
      ['country', 'text', 'Countries', 'Space-separated codes, e.g. "KG KZ"; empty for all.'],
      ['topic', 'text', 'Topics', 'Space-separated topic keys of the feed.'],
      ['year', 'number', 'Year', 'One year, e.g. 2012.'],
      ['page-size', 'number', 'Cards per page', '1 to 72 (default 24).'],
      ['layout', 'choice', 'Layout', '', ['grid', 'list']],
      ['sort', 'choice', 'Order', 'Default: the feed’s order.', ['', 'newest', 'oldest', 'title']],
      ['search', 'boolean', 'Search box', '', true],
      ['topics', 'boolean', 'Topic chips'],
      ['sync-url', 'boolean', 'Keep filters in the address'],
      ['data-saver', 'boolean', 'No posters until asked (data saver)'],
    ],
  },
  'omj-country-filter': {
    help: 'A country list that filters a video grid (the snippet includes the grid).',
    fields: [
      ['variant', 'choice', 'Style', 'A select suits a narrow sidebar with many countries.', ['list', 'select']],
      ['multiple', 'boolean', 'Several countries at once'],
      ['label', 'text', 'Label', 'Default: "Country" in the visitor’s language.'],
    ],
  },
  'omj-news-ticker': {
    help: 'The latest news from any JSON Feed.',
    fields: [
      ['mode', 'choice', 'Mode', 'List has no motion; marquee and rotate have a pause button.', ['list', 'marquee', 'rotate']],
      ['max-items', 'number', 'How many items', 'Default 10.'],
      ['same-language', 'boolean', 'Only news in the widget’s language', 'Items of a mixed-language feed in other languages are left out.'],
      ['interval', 'number', 'Seconds per item (rotate)', 'Default 6.'],
      ['speed', 'number', 'Speed in px per second (marquee)', 'Default 40.'],
      ['heading', 'text', 'Heading', 'Default: "Latest news" in the visitor’s language.'],
      ['heading-level', 'choice', 'Heading level', '', ['2', '3', '4', '5', '6']],
      ['more-url', 'text', '"More news" link', 'An http(s) address.'],
      ['more-label', 'text', '"More news" text'],
    ],
  },
  'omj-contact-card': {
    help: 'Press and programme contacts from the feed, or one contact written inline.',
    fields: [
      ['contact', 'text', 'Contact ids', 'Space-separated ids of contacts in the feed.'],
      ['organization', 'text', 'Organization id', 'Every contact of this organization_id, e.g. unicef-kg.'],
      ['layout', 'choice', 'Layout', '', ['card', 'list']],
      ['name', 'text', 'Name (inline, no feed)'],
      ['job-title', 'text', 'Job title (inline)'],
      ['phone', 'text', 'Phone (inline)', 'International, e.g. +996 312 61 12 11.'],
      ['email', 'text', 'Email (inline)'],
    ],
  },
};

const $ = (id) => document.getElementById(id);
const form = $('options');
const widgetSelect = $('widget');
const feedInput = $('feed');
const preview = $('preview');
const snippetOut = $('snippet');
// Where the built files and the sample feed are: the repository layout by default; the release folder's
// copy of this page (npm run release) sets these two attributes on <html> to its own layout.
const bundleBase = new URL(document.documentElement.dataset.bundleBase ?? '../../dist/', location.href);
const sampleFeed = new URL(document.documentElement.dataset.sampleFeed ?? '../../packages/feed/sample/omj-sample.json', location.href).href;
/** The page-type file each widget needs (scripts/bundles.mjs): one request, only that page's elements. */
const PAGE_TYPE = {
  'omj-hotline-banner': 'hotline',
  'omj-video-grid': 'archive',
  'omj-country-filter': 'archive',
  'omj-news-ticker': 'ticker',
  'omj-contact-card': 'contact',
};
let sri = { files: {}, version: '0.1.0' };

/** Attribute values for the snippet: text only, with the characters that matter in HTML escaped. */
export function escapeAttribute(value) {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
export function escapeText(value) {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Builds the per-widget fields with DOM calls (labels tied to inputs, help text described-by). */
function renderFields(tag) {
  const box = $('widget-options');
  for (const node of [...box.children]) if (node.localName !== 'legend') node.remove();
  const { fields, help } = WIDGETS[tag];
  $('widget-help').textContent = help;
  for (const [name, kind, label, hint, extra] of fields) {
    const id = `opt-${name}`;
    const input = kind === 'choice' ? document.createElement('select') : document.createElement('input');
    input.id = id;
    input.name = name;
    input.dataset.attribute = name;
    if (kind === 'choice') {
      for (const value of extra) {
        const option = document.createElement('option');
        option.value = value;
        option.textContent = value === '' ? '(none)' : value;
        input.append(option);
      }
    } else if (kind === 'boolean') {
      input.type = 'checkbox';
      input.checked = extra === true;
    } else {
      input.type = kind === 'number' ? 'number' : 'text';
      if (kind === 'number') input.inputMode = 'numeric';
      input.spellcheck = false;
      input.autocomplete = 'off';
      if (typeof extra === 'string') input.value = extra;
    }
    const labelEl = document.createElement('label');
    labelEl.htmlFor = id;
    if (kind === 'boolean') {
      labelEl.className = 'check';
      labelEl.append(input, document.createTextNode(` ${label}`));
      box.append(labelEl);
    } else {
      labelEl.textContent = label;
      box.append(labelEl, input);
    }
    if (hint) {
      const p = document.createElement('p');
      p.className = 'help';
      p.id = `${id}-help`;
      p.textContent = hint;
      input.setAttribute('aria-describedby', p.id);
      box.append(p);
    }
  }
}

/** The chosen configuration: the tag and its attributes, in a stable order (defaults left out). */
function readConfig() {
  const tag = widgetSelect.value;
  const attributes = [];
  const feed = feedInput.value.trim();
  const lang = $('lang').value;
  const theme = $('theme').value;
  const format = form.elements.namedItem('format').value;
  for (const input of $('widget-options').querySelectorAll('[data-attribute]')) {
    const name = input.dataset.attribute;
    if (input.type === 'checkbox') {
      if (input.checked) attributes.push([name, '']);
    } else {
      const value = input.value.trim();
      const first = input.localName === 'select' ? input.options[0]?.value : undefined;
      if (value !== '' && value !== first) attributes.push([name, value]);
    }
  }
  const inlineContact = tag === 'omj-contact-card' && attributes.some(([name]) => name === 'name');
  const common = [];
  if (feed !== '' && !inlineContact) common.push(['feed', feed]);
  if (lang !== '') common.push(['lang', lang]);
  if (theme !== 'light') common.push(['theme', theme]);
  return { tag, format, theme, attributes: [...common, ...attributes] };
}

/** The elements the snippet and the preview hold (the filter comes with its grid). */
function elementsOf(config) {
  if (config.tag !== 'omj-country-filter') return [{ tag: config.tag, attributes: config.attributes }];
  const shared = config.attributes.filter(([name]) => name === 'lang' || name === 'theme');
  const own = config.attributes.filter(([name]) => name !== 'feed');
  const feed = config.attributes.filter(([name]) => name === 'feed');
  return [
    { tag: 'omj-country-filter', attributes: [['for', 'films'], ...own] },
    { tag: 'omj-video-grid', attributes: [['id', 'films'], ...feed, ...shared] },
  ];
}

/** The snippet as text. */
function snippetText(config) {
  const file = fileOf(config);
  const info = sri.files?.[file];
  const url = info?.url ?? `/omj-widgets@${sri.version}/${file}`;
  const integrity = info?.integrity ?? 'sha384-…';
  const script =
    config.format === 'module'
      ? `<script type="module" src="${escapeAttribute(url)}"\n        integrity="${escapeAttribute(integrity)}" crossorigin="anonymous"></script>`
      : `<script src="${escapeAttribute(url)}"\n        integrity="${escapeAttribute(integrity)}" crossorigin="anonymous" defer></script>`;
  const elements = elementsOf(config).map(({ tag, attributes }) => {
    const attrs = attributes.map(([name, value]) => (value === '' ? name : `${name}="${escapeAttribute(value)}"`));
    const open =
      attrs.length <= 2 ? `<${tag}${attrs.map((a) => ` ${a}`).join('')}>` : `<${tag}\n${attrs.map((a) => `  ${a}`).join('\n')}\n>`;
    return `${open}${fallbackOf(tag, attributes)}</${tag}>`;
  });
  return `${script}\n\n${elements.join('\n')}\n`;
}

/**
 * The file for the snippet: the page type of the chosen widget; as a module, the one-language file when a
 * language is chosen (English pages carry no Russian or Kyrgyz strings), else the file with all three.
 */
export function fileOf(config) {
  const type = PAGE_TYPE[config.tag] ?? 'widgets';
  if (config.format !== 'module') return `omj-${type}.iife.js`;
  const lang = config.attributes.find(([name]) => name === 'lang')?.[1];
  return ['en', 'ru', 'ky'].includes(lang) ? `omj-${type}.${lang}.js` : `omj-${type}.js`;
}

/**
 * Content shown until the element upgrades, and for good when an editor strips the script (docs/README.md,
 * "Fallback content"): a link to the archive or the news page, the helpline's or the contact's number.
 * Partners replace the addresses; the widget hides this content once it renders.
 */
function fallbackOf(tag, attributes) {
  const value = (key) => attributes.find(([name]) => name === key)?.[1];
  if (tag === 'omj-hotline-banner') {
    const number = value('number') ?? '111';
    const dial = number.replace(/[^\d+]/g, '');
    const name = value('name') ?? 'Child helpline';
    return `\n  <a href="tel:${escapeAttribute(dial)}">${escapeText(name)}: ${escapeText(number)}</a>\n`;
  }
  if (tag === 'omj-video-grid') return '\n  <a href="/films/">Watch the films made by young people</a>\n';
  if (tag === 'omj-news-ticker') return `\n  <a href="${escapeAttribute(value('more-url') ?? '/news/')}">Latest news</a>\n`;
  if (tag === 'omj-contact-card') {
    const phone = value('phone') ?? '+996 312 61 12 11';
    return `\n  <p>Press contact: <a href="tel:${escapeAttribute(phone.replace(/[^\d+]/g, ''))}">${escapeText(phone)}</a></p>\n`;
  }
  return '';
}

/** Rebuilds the live preview with DOM calls (setAttribute: values are never parsed as HTML). */
function renderPreview(config) {
  preview.replaceChildren();
  preview.classList.toggle('dark', config.theme === 'dark');
  for (const { tag, attributes } of elementsOf(config)) {
    const el = document.createElement(tag);
    for (const [name, value] of attributes) {
      // Preview ids must not clash with the page; the snippet keeps the partner's id.
      if (name === 'id') el.id = 'configurator-films';
      else if (name === 'for') el.setAttribute('for', 'configurator-films');
      else el.setAttribute(name, value);
    }
    // A sticky banner would cover the configurator itself: the snippet keeps `sticky`, the preview not.
    if (tag === 'omj-hotline-banner') el.removeAttribute('sticky');
    preview.append(el);
  }
}

function update() {
  const config = readConfig();
  renderPreview(config);
  snippetOut.textContent = snippetText(config);
  $('copy-status').textContent = '';
  writeHash(config);
}

/** The configuration in the address (#widget=…&feed=…), so a setup can be shared as a link. */
function writeHash(config) {
  const params = new URLSearchParams();
  params.set('widget', config.tag.replace(/^omj-/, ''));
  params.set('format', config.format);
  for (const [name, value] of config.attributes) params.set(name, value);
  history.replaceState(null, '', `#${params}`);
}

function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  const tag = `omj-${params.get('widget') ?? ''}`;
  if (WIDGETS[tag] !== undefined) widgetSelect.value = tag;
  renderFields(widgetSelect.value);
  if (params.has('feed')) feedInput.value = params.get('feed');
  if (params.has('lang')) $('lang').value = params.get('lang');
  if (params.has('theme')) $('theme').value = params.get('theme');
  if (params.get('format') === 'classic') form.elements.namedItem('format').value = 'classic';
  if (params.has('widget')) {
    for (const input of $('widget-options').querySelectorAll('[data-attribute]')) {
      const name = input.dataset.attribute;
      if (input.type === 'checkbox') input.checked = params.has(name);
      else if (params.has(name)) input.value = params.get(name);
    }
  }
}

async function copySnippet() {
  const text = snippetOut.textContent;
  const status = $('copy-status');
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied. Paste it into your page.';
  } catch {
    // No clipboard permission (or an old browser): select the code so Ctrl+C / Cmd+C copies it.
    const range = document.createRange();
    range.selectNodeContents(snippetOut);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    status.textContent = 'Selected. Press Ctrl+C (Cmd+C on a Mac) to copy.';
  }
}

async function loadSri() {
  try {
    const response = await fetch(new URL(document.documentElement.dataset.sri ?? 'omj-widgets.sri.json', bundleBase), {
      cache: 'no-store',
    });
    if (!response.ok) throw new Error(String(response.status));
    sri = await response.json();
    $('sri-note').textContent =
      `The integrity hash is that of omj-widgets ${sri.version} as built here. Each release folder has its own sri.json.`;
  } catch {
    $('sri-note').textContent = 'No build found (dist/omj-widgets.sri.json): the integrity value is a placeholder. Run npm run build.';
  }
}

feedInput.value = sampleFeed;
readHash();
widgetSelect.addEventListener('change', () => {
  renderFields(widgetSelect.value);
  update();
});
form.addEventListener('input', (event) => {
  if (event.target !== widgetSelect) update();
});
form.addEventListener('submit', (event) => event.preventDefault());
$('copy').addEventListener('click', copySnippet);
await loadSri();
update();
