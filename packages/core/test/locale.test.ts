import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { msg, str } from '@lit/localize';
import { customElement } from 'lit/decorators.js';
import { html as litHtml } from 'lit';
import { OmjElement } from '../src/element.js';
import { registerCatalogs, withLocale } from '../src/locale/catalog.js';
import { resolveLang } from '../src/locale/resolve.js';
import { toUiLocale } from '../src/locale/locales.js';
import { feedErrorMessage } from '../src/status.js';
import { FeedError } from '@omj/feed';

// Catalogs as scripts/catalogs.mjs compiles them: keyed by an explicit id or by the English source, whose
// `str` parts are joined by {}; {N} in a translation is the Nth source value, in any order.
registerCatalogs({
  ru: { s_test_hello: 'Привет', 'Film {} of {}': 'Всего {1}, это фильм {0}', 'Hi {}': 'Привет, {0}' },
  ky: { s_test_hello: 'Салам' },
});

@customElement('omj-test-greeting')
class Greeting extends OmjElement {
  // Renders without a feed (a widget with inline content), so the missing-feed fallback does not apply.
  protected override hasInlineContent(): boolean {
    return true;
  }
  override render() {
    return litHtml`<p>${msg('Hello', { id: 's_test_hello' })}</p><span>${this.langTag}</span>`;
  }
}

function text(el: Greeting): string {
  return el.shadowRoot!.querySelector('p')!.textContent!;
}

describe('locale resolution', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('maps BCP 47 tags to the UI languages by primary subtag', () => {
    expect(toUiLocale('ru-KG')).to.equal('ru');
    expect(toUiLocale('KY')).to.equal('ky');
    expect(toUiLocale('de')).to.equal('en');
    expect(toUiLocale(undefined)).to.equal('en');
  });

  it('prefers the element, then the closest [lang], then the document', async () => {
    document.documentElement.setAttribute('lang', 'ky');
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ru-KG"><span id="inner"></span><span lang="en" id="own"></span></div>`);
    expect(resolveLang(wrapper.querySelector('#inner')!)).to.deep.equal({ tag: 'ru-KG', locale: 'ru' });
    expect(resolveLang(wrapper.querySelector('#own')!)).to.deep.equal({ tag: 'en', locale: 'en' });
    const loose = document.createElement('span');
    document.body.append(loose);
    expect(resolveLang(loose).locale).to.equal('ky');
    loose.remove();
  });

  it('crosses shadow roots to the host language', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="ky"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    expect(resolveLang(inner).locale).to.equal('ky');
  });
});

describe('per-element msg()', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('renders two elements on one page in two languages', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
      <omj-test-greeting lang="ru"></omj-test-greeting>
      <omj-test-greeting lang="ky"></omj-test-greeting>
      <omj-test-greeting></omj-test-greeting>
    </div>`,
    );
    const [ru, ky, en] = [...page.querySelectorAll<Greeting>('omj-test-greeting')];
    await Promise.all([ru!.updateComplete, ky!.updateComplete, en!.updateComplete]);
    expect(text(ru!)).to.equal('Привет');
    expect(text(ky!)).to.equal('Салам');
    expect(text(en!)).to.equal('Hello');
  });

  it("looks translations up by own key only: msg('toString') is never a member of Object.prototype (#12)", () => {
    for (const key of ['toString', 'constructor', '__proto__', 'valueOf']) {
      expect(
        withLocale('ru', () => msg(key)),
        key,
      ).to.equal(key);
      expect(
        withLocale('ky', () => msg(str`${key}`)),
        key,
      ).to.equal(key);
    }
  });

  it('re-renders when the document language changes at run time', async () => {
    const el = await fixture<Greeting>(html`<omj-test-greeting></omj-test-greeting>`);
    expect(text(el)).to.equal('Hello');
    document.documentElement.setAttribute('lang', 'ky');
    await nextFrame();
    await el.updateComplete;
    expect(text(el)).to.equal('Салам');
    el.setAttribute('lang', 'ru-KG');
    await nextFrame();
    await el.updateComplete;
    expect(text(el)).to.equal('Привет');
    expect(el.shadowRoot!.querySelector('span')!.textContent).to.equal('ru-KG');
  });

  it('withLocale restores the previous locale, also when the callback throws', () => {
    const inner = withLocale('ru', () => withLocale('ky', () => msg('Hello', { id: 's_test_hello' })));
    expect(inner).to.equal('Салам');
    expect(() =>
      withLocale('ru', () => {
        throw new Error('boom');
      }),
    ).to.throw('boom');
    expect(msg('Hello', { id: 's_test_hello' })).to.equal('Hello');
  });

  it('looks str templates up by their English parts and fills the values by index', () => {
    const film = (n: number, of: number) => msg(str`Film ${n} of ${of}`);
    expect(withLocale('ru', () => film(2, 9))).to.equal('Всего 9, это фильм 2');
    // No Kyrgyz translation: English, with the values in place.
    expect(withLocale('ky', () => film(2, 9))).to.equal('Film 2 of 9');
    expect(withLocale('en', () => film(2, 9))).to.equal('Film 2 of 9');
    // A value that looks like a placeholder is text, not a second substitution.
    expect(withLocale('ru', () => msg(str`Hi ${'{0}'}`))).to.equal('Привет, {0}');
    expect(withLocale('ru', () => msg('Not in any catalog'))).to.equal('Not in any catalog');
  });

  it('gives the shared error messages in Russian and Kyrgyz', () => {
    const error = new FeedError('http', '/x.json', 'HTTP 500', { status: 500 });
    expect(withLocale('ru', () => feedErrorMessage(error))).to.equal('Сервер не смог передать материалы (ошибка 500).');
    expect(withLocale('ky', () => feedErrorMessage(error))).to.equal('Сервер материалдарды бере алган жок (ката 500).');
    expect(withLocale('en', () => feedErrorMessage(new FeedError('timeout', '/x', 't')))).to.equal('The content took too long to load.');
  });
});

describe('the msg() hook of @lit/localize', () => {
  // catalog.ts installs our lookup through @lit/localize's `_installMsgImplementation` (see there why not
  // configureReentrantLocalization). A Lit upgrade that renames, removes or bypasses that hook fails here.
  it('still exports the hook, and msg() from @lit/localize answers through our catalogs', async () => {
    const install = await import('@lit/localize/init/install.js');
    expect(install._installMsgImplementation).to.be.a('function');
    expect(withLocale('ru', () => msg('Hello', { id: 's_test_hello' }))).to.equal('Привет');
    expect(withLocale('ky', () => msg('Hello', { id: 's_test_hello' }))).to.equal('Салам');
    // Core's own catalogs, registered by status.ts.
    expect(withLocale('ru', () => msg('Loading…'))).to.equal('Загрузка…');
  });
});

void Greeting;
