import { expect } from '@open-wc/testing';
import { countryNamer, formatMediumDate, intlLocales, needsKyrgyzFallback, safeLocale } from '../src/intl.js';

describe('shared Intl helpers', () => {
  it('never throws on a malformed language tag', () => {
    expect(safeLocale('en_US')).to.equal('en');
    expect(intlLocales('en_US')).to.deep.equal(['en', 'en']);
  });

  it('names countries from own keys only: a language or code named like an Object member reads nothing inherited (#12)', () => {
    const overrides = { ru: { KG: 'Кыргызстан' } };
    for (const tag of ['toString', 'constructor', '__proto__', 'valueOf']) {
      const name = countryNamer(tag, overrides);
      expect(name('KG'), tag).to.equal('Kyrgyzstan');
      for (const code of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
        expect(name(code), `${tag} ${code}`).to.equal(undefined);
    }
    // Ours (Russian «Кыргызстан») and the feed's spellings still apply.
    expect(countryNamer('ru', overrides)('constructor')).to.equal(undefined);
    expect(countryNamer('ru', { ru: { KG: 'Кыргызская Республика' } })('KG')).to.equal('Кыргызская Республика');
  });

  it('asks Intl for Russian after Kyrgyz', () => {
    expect(intlLocales('ky-KG')).to.deep.equal(['ky-KG', 'ru', 'en']);
    expect(intlLocales('ru')).to.deep.equal(['ru', 'en']);
  });

  it('formats in English on a page in a language without UI strings, like the English sentences around', () => {
    expect(intlLocales('kk-KZ')).to.deep.equal(['en']);
    expect(intlLocales('en-GB')).to.deep.equal(['en-GB', 'en']);
    expect(formatMediumDate(new Date(2024, 2, 20), 'kk')).to.equal('Mar 20, 2024');
    expect(countryNamer('kk')('KG')).to.equal('Kyrgyzstan');
  });

  it('names countries with the feed override first, in Russian and Kyrgyz', () => {
    const overrides = { ru: { KG: 'Кыргызстан' } };
    expect(countryNamer('ru', overrides)('KG')).to.equal('Кыргызстан');
    expect(countryNamer('ru', {})('KG')).to.equal('Кыргызстан');
    expect(countryNamer('ru', {})('MK')).to.equal('Северная Македония');
    expect(countryNamer('ky', overrides)('KG')).to.equal('Кыргызстан');
    expect(countryNamer('en', overrides)('KG')).to.equal('Kyrgyzstan');
    // A Kyrgyz page never shows English names: Russian where no Kyrgyz name is known.
    expect(countryNamer('ky', {})('DE')).to.match(/^[А-Яа-яЁё ]+$/);
    expect(countryNamer('en', {})('QQ')).to.equal(undefined);
  });

  it('formats medium dates in Kyrgyz even where the browser lacks Kyrgyz data', () => {
    const date = new Date(2012, 3, 20);
    if (needsKyrgyzFallback('ky')) expect(formatMediumDate(date, 'ky')).to.equal('2012-ж., 20-апр.');
    else expect(formatMediumDate(date, 'ky')).to.contain('2012');
    expect(formatMediumDate(date, 'ru')).to.contain('2012');
    expect(formatMediumDate(date, 'en')).to.equal('Apr 20, 2012');
  });
});

describe('the stale-copy note', () => {
  it('never prints an English date inside a Kyrgyz sentence', async () => {
    const { render } = await import('lit');
    const { renderStale } = await import('../src/status.js');
    const { withLocale } = await import('../src/locale/catalog.js');
    const host = document.createElement('div');
    withLocale('ky', () => render(renderStale(new Date(2026, 0, 15, 10, 30), 'ky'), host));
    const text = host.textContent!;
    expect(text).to.contain('Сакталган көчүрмө');
    expect(text).not.to.match(/Jan|January/);
  });
});
