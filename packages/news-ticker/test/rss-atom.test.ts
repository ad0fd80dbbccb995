// The ticker reads RSS 2.0 and Atom 1.0 through the feed package's loader (no change in the ticker):
// a hostile RSS feed runs no script and links nowhere unsafe; RSS, Atom and JSON Feed merge in one ticker.
// The XML fixtures live with the converter's own tests in packages/feed/test/xml/fixtures.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { OmjNewsTicker } from '../src/news-ticker.js';
import { $$, fixtureUrl, settled, titles } from './helpers.js';

/** Unique to this test page, so no cache of an earlier page answers (not a clock). */
const PAGE = crypto.randomUUID().slice(0, 8);

declare global {
  interface Window {
    __omjHostile?: number;
  }
}

let counter = 0;
/** A fixture of the feed package, under a URL no other test uses (the loader caches per URL). */
function xmlUrl(name: string): string {
  return new URL(`../../feed/test/xml/fixtures/${name}?x=${PAGE}-${++counter}`, import.meta.url).href;
}

async function ticker(template: ReturnType<typeof html>): Promise<OmjNewsTicker> {
  const el = await fixture<OmjNewsTicker>(template);
  await settled(el);
  return el;
}

describe('<omj-news-ticker> with RSS and Atom feeds', () => {
  it('a hostile RSS feed: no script runs, no markup is rendered, no javascript: or data: link', async () => {
    delete window.__omjHostile;
    const el = await ticker(html`<omj-news-ticker feed=${xmlUrl('hostile-rss.xml')}></omj-news-ticker>`);
    await el.updateComplete;
    expect(titles(el)).to.include.members(['Safe words', 'Data link', 'A good link']);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('script, img, iframe, svg:not([aria-hidden]), object, embed')).to.have.length(0);
    expect(root.innerHTML).to.not.match(/javascript:|data:text|onerror|onload/);
    const hrefs = [...root.querySelectorAll('[href]')].map((node) => node.getAttribute('href'));
    expect(hrefs).to.include('https://example.org/good');
    for (const href of hrefs) expect(href).to.match(/^https?:\/\//);
    // The unsafe items are shown as text without a link.
    expect($$(el, '[part=title]').map((node) => node.textContent!.trim())).to.include.members(['Safe words', 'Data link']);
    expect(window.__omjHostile).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('mixes one RSS, one Atom and one JSON feed: newest first, each item in its own language, each naming its source', async () => {
    const el = await ticker(
      html`<omj-news-ticker max-items="20" feed="${xmlUrl('rss-2.0.xml')} ${xmlUrl('atom.xml')} ${fixtureUrl('partner-a.json')}"></omj-news-ticker>`,
    );
    const shown = titles(el);
    expect(shown).to.have.members([
      'A: twentieth of March',
      'A: first of March',
      "Relative to the feed's own URL",
      'Второй шанс',
      'Films by young & old people',
      'Дети & правосудие: «второй шанс»',
      'Балдар жана сот адилеттиги',
      'Item with a date nobody can read',
      'A: no date',
    ]);
    // Newest first across formats: JSON (2024), then Atom (May 2012), … RSS (March 2012), undated last.
    expect(shown.slice(0, 4)).to.deep.equal([
      'A: twentieth of March',
      'A: first of March',
      "Relative to the feed's own URL",
      'Второй шанс',
    ]);
    expect(shown.indexOf('Балдар жана сот адилеттиги')).to.be.greaterThan(shown.indexOf('Дети & правосудие: «второй шанс»'));
    const byTitle = new Map($$(el, '[part=link], [part=title]').map((node) => [node.textContent!.trim(), node]));
    expect(byTitle.get('Второй шанс')!.getAttribute('lang')).to.equal('ru');
    expect(byTitle.get('Балдар жана сот адилеттиги')!.getAttribute('lang')).to.equal('ky');
    expect(byTitle.get('Films by young & old people')!.getAttribute('href')).to.equal('https://example.org/atom/2012/04/films');
    expect(new Set($$(el, '[part=source]').map((node) => node.textContent!.trim()))).to.deep.equal(
      new Set(['Partner A', 'Generation Insan: updates', 'Новости UNICEF Кыргызстан']),
    );
    await expect(el).to.be.accessible();
  });
});
