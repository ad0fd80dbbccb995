import { expect, fixture, html } from '@open-wc/testing';
import { render, html as litHtml } from 'lit';
import { customElement } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { FeedError } from '@omj/feed';
import { OmjElement } from '../src/element.js';
import { withLocale } from '../src/locale/catalog.js';
import { feedErrorMessage, inLang, renderStale } from '../src/status.js';
import { countryNamer, hasIntlData, intlFallbackLang, plural, pluralCategory, type RegionNamesApi } from '../src/intl.js';
import { warnOnce } from '../src/warn.js';

/** A widget with text of its own and no feed needed. */
@customElement('omj-test-label')
class Label extends OmjElement {
  protected override hasInlineContent(): boolean {
    return true;
  }
  override render() {
    return litHtml`<p>${msg('Loading…')}</p>`;
  }
}

/** A widget that needs a feed, like the grid and the ticker. */
@customElement('omj-test-needs-feed')
class NeedsFeed extends OmjElement {
  override render() {
    return litHtml`<p part="empty">${this.feedState.status}</p>`;
  }
}

function captureWarnings() {
  const lines: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  return { lines, restore: () => (console.warn = original) };
}

/** One macrotask: the missing-feed warning waits for the page's own script to set data first. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

function rgb(colour: string): [number, number, number] {
  const [r, g, b] = colour.match(/\d+(\.\d+)?/g)!.map(Number);
  return [r!, g!, b!];
}
function luminance([r, g, b]: [number, number, number]): number {
  const linear = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(rgb(a)), luminance(rgb(b))].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}
/** The colour actually behind `el`: its own background, else the first ancestor's that is not transparent. */
function backgroundBehind(el: Element): string {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour;
  }
  return 'rgb(255, 255, 255)';
}

describe('theme: a chosen theme paints its own surface', () => {
  it('keeps a dark widget readable on a white page (text contrast at least 4.5:1)', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div style="background:#fff;color:#000">
      <omj-test-label theme="dark"></omj-test-label><omj-test-label theme="light"></omj-test-label>
    </div>`,
    );
    const [dark, light] = [...page.querySelectorAll<Label>('omj-test-label')];
    await dark!.updateComplete;
    for (const el of [dark!, light!]) {
      const text = getComputedStyle(el.shadowRoot!.querySelector('p')!).color;
      expect(contrast(text, backgroundBehind(el)), el.getAttribute('theme')!).to.be.at.least(4.5);
    }
    expect(getComputedStyle(dark!).backgroundColor).to.equal('rgb(21, 24, 29)');
  });

  it('stays transparent without a theme (it blends into the partner page)', async () => {
    const el = await fixture<Label>(html`<omj-test-label></omj-test-label>`);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });

  it('keeps a light widget readable on a dark page', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="background:#111"><omj-test-label theme="light"></omj-test-label></div>`);
    const el = page.querySelector<Label>('omj-test-label')!;
    const text = getComputedStyle(el.shadowRoot!.querySelector('p')!).color;
    expect(contrast(text, backgroundBehind(el))).to.be.at.least(4.5);
  });
});

describe('lang on UI text', function () {
  this.timeout(60_000); // axe's first run on a busy machine
  it('marks English strings on a page in a language we do not ship (kk)', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="kk"><omj-test-label></omj-test-label></div>`);
    const el = page.querySelector<Label>('omj-test-label')!;
    await el.updateComplete;
    const ui = el.shadowRoot!.querySelector('[part=ui]')!;
    expect(ui.getAttribute('lang')).to.equal('en');
    expect(ui.querySelector('p')!.textContent).to.equal('Loading…');
    await expect(el).to.be.accessible();
  });

  it('adds no lang where the strings are in the page language (ru-KG, ky, en-GB)', async () => {
    for (const lang of ['ru-KG', 'ky', 'en-GB']) {
      const el = await fixture<Label>(html`<omj-test-label lang=${lang}></omj-test-label>`);
      expect(el.shadowRoot!.querySelector('[part=ui]')!.hasAttribute('lang'), lang).to.equal(false);
    }
  });

  it('follows a language change of the page', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="kk"><omj-test-label></omj-test-label></div>`);
    const el = page.querySelector<Label>('omj-test-label')!;
    page.setAttribute('lang', 'ru');
    await new Promise(requestAnimationFrame);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=ui]')!.hasAttribute('lang')).to.equal(false);
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Загрузка…');
  });

  it('marks values Intl formatted in a fallback language (ky -> ru on a browser without Kyrgyz)', () => {
    expect(intlFallbackLang('ru-KG')).to.equal(undefined);
    expect(intlFallbackLang('en')).to.equal(undefined);
    expect(intlFallbackLang('ky')).to.equal(hasIntlData('ky') ? undefined : 'ru');
    const host = document.createElement('div');
    render(litHtml`${inLang('5 мин. назад', 'ru', 'ky')} ${inLang('5 min ago', 'en-GB', 'en')}`, host);
    expect(host.querySelector('span')!.getAttribute('lang')).to.equal('ru');
    expect(host.querySelectorAll('span')).to.have.length(1);
  });
});

describe('country names without feed overrides', () => {
  /** A stand-in for Intl.DisplayNames: `speaksKyrgyz` plays Chrome (true) or Debian's Chromium (false). */
  function fakeIntl(speaksKyrgyz: boolean): RegionNamesApi {
    const names: Record<string, Record<string, string>> = {
      ky: { MK: 'Түндүк Македония (Intl)', DE: 'Германия (Intl)' },
      ru: { MK: 'Северная Македония', KG: 'Киргизия', DE: 'Германия' },
      en: { MK: 'North Macedonia', KG: 'Kyrgyzstan' },
    };
    return class {
      private readonly locale: string;
      constructor(locales: string[]) {
        this.locale = locales.map((tag) => tag.split('-')[0]!).find((tag) => tag !== 'ky' || speaksKyrgyz) ?? 'en';
      }
      static supportedLocalesOf(locales: string[]) {
        return locales.filter((tag) => tag !== 'ky' || speaksKyrgyz);
      }
      of(code: string) {
        return names[this.locale]?.[code];
      }
      resolvedOptions() {
        return { locale: this.locale };
      }
    };
  }

  it('names Kyrgyzstan «Кыргызстан» in Russian, always', () => {
    for (const tag of ['ru', 'ru-KG']) {
      expect(countryNamer(tag)('KG'), tag).to.equal('Кыргызстан');
      expect(countryNamer(tag, {}, fakeIntl(true))('KG'), tag).to.equal('Кыргызстан');
    }
    expect(countryNamer('ru')('MK')).to.equal('Северная Македония');
  });

  it('uses our Kyrgyz names where Intl has no Kyrgyz', () => {
    const names = countryNamer('ky', {}, fakeIntl(false));
    expect(
      ['MK', 'KZ', 'UZ', 'TJ', 'AZ', 'AM', 'RS', 'KG', 'AL', 'BA', 'ME', 'XK', 'GE', 'TM', 'UA', 'MD', 'BY', 'RU', 'MN', 'RO', 'BG'].map(
        names,
      ),
    ).to.deep.equal([
      'Түндүк Македония',
      'Казакстан',
      'Өзбекстан',
      'Тажикстан',
      'Азербайжан',
      'Армения',
      'Сербия',
      'Кыргызстан',
      'Албания',
      'Босния жана Герцеговина',
      'Черногория',
      'Косово',
      'Грузия',
      'Түркмөнстан',
      'Украина',
      'Молдова',
      'Беларусь',
      'Орусия',
      'Монголия',
      'Румыния',
      'Болгария',
    ]);
    // The real browser here: Debian's Chromium has no Kyrgyz, so the table answers too.
    if (!hasIntlData('ky')) expect(countryNamer('ky')('MK')).to.equal('Түндүк Македония');
  });

  it('uses Intl where it answers in Kyrgyz', () => {
    const names = countryNamer('ky', {}, fakeIntl(true));
    expect(names('MK')).to.equal('Түндүк Македония (Intl)');
    expect(names('DE')).to.equal('Германия (Intl)');
  });

  it('lets the feed override every built-in name', () => {
    const feed = { ru: { KG: 'Киргизская Республика' }, ky: { MK: 'Македония' } };
    expect(countryNamer('ru', feed)('KG')).to.equal('Киргизская Республика');
    expect(countryNamer('ky', feed, fakeIntl(false))('MK')).to.equal('Македония');
    expect(countryNamer('ky', feed, fakeIntl(true))('MK')).to.equal('Македония');
  });
});

describe("core's strings in Russian and Kyrgyz", () => {
  const saved = new Date(2026, 11, 4, 21, 3);
  it('says when a stored copy was saved, with date and time', () => {
    const stale = (tag: 'ru' | 'ky' | 'en') => {
      const host = document.createElement('div');
      withLocale(tag, () => render(renderStale(saved, tag), host));
      return host.querySelector('p')!.textContent!.replace(/\s+/g, ' ').trim();
    };
    expect(stale('ru')).to.equal('Показана копия, сохранённая 4 дек. 2026 г. в 21:03. Свежую версию загрузить не удалось.');
    expect(stale('ky')).to.equal('Сакталган көчүрмө көрсөтүлүүдө (2026-ж., 4-дек., саат 21:03). Акыркы версияны жүктөө мүмкүн болбоду.');
    expect(stale('en')).to.equal('Showing a saved copy from Dec 4, 2026 at 9:03 PM. The latest version could not be loaded.');
  });

  it('speaks informally (ты / сен) and plainly about failures', () => {
    const network = new FeedError('network', '/x', 'offline');
    const timeout = new FeedError('timeout', '/x', 'slow');
    expect(withLocale('ru', () => feedErrorMessage(network))).to.equal('Не удалось загрузить материалы. Проверь подключение к интернету.');
    expect(withLocale('ky', () => feedErrorMessage(network))).to.equal(
      'Материалдарды жүктөө мүмкүн болбоду. Интернет байланышыңды текшер.',
    );
    expect(withLocale('ky', () => feedErrorMessage(timeout))).to.equal('Материалдарды жүктөө өтө көп убакыт алды.');
    expect(withLocale('ru', () => feedErrorMessage(timeout))).to.equal('Материалы загружаются слишком долго.');
  });
});

describe('plural helper', () => {
  it('gives Russian one/few/many and Kyrgyz one/other', () => {
    expect([1, 3, 5, 21, 1.5].map((n) => pluralCategory(n, 'ru'))).to.deep.equal(['one', 'few', 'many', 'one', 'other']);
    expect([1, 2, 21].map((n) => pluralCategory(n, 'ky'))).to.deep.equal(['one', 'other', 'other']);
    expect([1, 2].map((n) => pluralCategory(n, 'en-GB'))).to.deep.equal(['one', 'other']);
    expect(pluralCategory(2, 'en_US')).to.equal('other');
  });

  it('picks the form, falling back to other', () => {
    const forms = { one: 'фильм', few: 'фильма', many: 'фильмов', other: 'фильма' };
    expect([1, 2, 5, 11].map((n) => plural(n, 'ru', forms))).to.deep.equal(['фильм', 'фильма', 'фильмов', 'фильмов']);
    expect(plural(5, 'ky', { one: 'тасма', other: 'тасма' })).to.equal('тасма');
    expect(plural(5, 'ru', { other: 'x' })).to.equal('x');
  });
});

describe('warn once', () => {
  it('says each problem once per element', () => {
    const { lines, restore } = captureWarnings();
    try {
      const a = document.createElement('omj-x');
      const b = document.createElement('omj-x');
      warnOnce(a, 'attribute theme', '"pink" is not light, dark or auto');
      warnOnce(a, 'attribute theme', '"pink" is not light, dark or auto');
      warnOnce(a, 'attribute lang', '"xx" is unknown');
      warnOnce(b, 'attribute theme', '"pink" is not light, dark or auto');
    } finally {
      restore();
    }
    expect(lines).to.deep.equal([
      '<omj-x> attribute theme: "pink" is not light, dark or auto',
      '<omj-x> attribute lang: "xx" is unknown',
      '<omj-x> attribute theme: "pink" is not light, dark or auto',
    ]);
  });
});

describe('a missing feed', () => {
  it('warns once and shows the fallback content instead of the empty state', async () => {
    const { lines, restore } = captureWarnings();
    let el!: NeedsFeed;
    try {
      el = await fixture<NeedsFeed>(html`<omj-test-needs-feed><a href="tel:111">Helpline 111</a></omj-test-needs-feed>`);
      el.requestUpdate();
      await el.updateComplete;
      await nextTask();
    } finally {
      restore();
    }
    expect(lines).to.deep.equal([
      '<omj-test-needs-feed> attribute feed: missing (removed by the page editor?); showing the fallback content',
    ]);
    expect(el.shadowRoot!.querySelector('[part~=empty]')).to.equal(null);
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Helpline 111']);
    await expect(el).to.be.accessible();
    // Data given later brings the widget back.
    el.data = { version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [] };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~=empty]')!.textContent).to.equal('ready');
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
  });

  it('is not missing when a script sets data right after creating the element', async () => {
    const { lines, restore } = captureWarnings();
    try {
      const el = await fixture<NeedsFeed>(html`<omj-test-needs-feed></omj-test-needs-feed>`);
      el.data = { version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [] };
      await el.updateComplete;
      await nextTask();
      expect(el.shadowRoot!.querySelector('[part~=empty]')!.textContent).to.equal('ready');
    } finally {
      restore();
    }
    expect(lines).to.deep.equal([]);
  });

  it('does not apply to a widget with inline content', async () => {
    const { lines, restore } = captureWarnings();
    try {
      const el = await fixture<Label>(html`<omj-test-label></omj-test-label>`);
      await nextTask();
      expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Loading…');
    } finally {
      restore();
    }
    expect(lines).to.deep.equal([]);
  });
});
