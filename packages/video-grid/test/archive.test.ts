import { expect, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { filmsFeed, unbrokenTitleFeed } from '../../../stories/fixtures/video-grid.js';
import { buttonByText, cardIds, cards, grid, posterBase, resetUrl, shadow } from './helpers.js';

const fixtureUrl = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;

describe('<omj-video-grid> withdrawn films stay withdrawn across the archive', () => {
  it('listed on page 1, withdrawn on page 2: removed when page 2 arrives; withdrawn on page 2, listed on page 3: never shown', async () => {
    const el = await grid(html`<omj-video-grid page-size="2" feed=${fixtureUrl('withdrawn-1.json')}></omj-video-grid>`);
    expect(cardIds(el)).to.deep.equal(['w-a', 'w-b']);
    buttonByText(el, 'Show more')!.click();
    await waitUntil(() => !cardIds(el).includes('w-b'), 'page 2 did not remove w-b');
    await waitUntil(() => cardIds(el).includes('w-d'));
    while (buttonByText(el, 'Show more')) {
      buttonByText(el, 'Show more')!.click();
      await el.updateComplete;
      await waitUntil(() => !shadow(el).querySelector('[aria-busy="true"]'));
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    await waitUntil(() => cardIds(el).includes('w-e'), 'page 3 not loaded');
    expect(cardIds(el)).to.deep.equal(['w-a', 'w-d', 'w-e']);
    expect(shadow(el).textContent).not.to.contain('Film w-c');
  });

  it('withdrawn in one merged feed: never shown from the other', async () => {
    const el = await grid(
      html`<omj-video-grid feed=${`${fixtureUrl('withdrawn-1.json')} ${fixtureUrl('withdrawn-other.json')}`}></omj-video-grid>`,
    );
    expect(cardIds(el)).to.deep.equal(['w-b', 'm-1']);
  });

  it('a deep link to a film withdrawn on a later page opens no player', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#film=w-c`);
    try {
      const el = await grid(html`<omj-video-grid feed=${fixtureUrl('withdrawn-1.json')}></omj-video-grid>`);
      await waitUntil(() => shadow(el).querySelector('.notice'), 'no notice', { timeout: 5000 });
      expect(shadow(el).querySelector('dialog')).to.equal(null);
      expect(shadow(el).querySelector('.notice')!.textContent).to.equal('This film is not available in the archive.');
    } finally {
      resetUrl();
    }
  });
});

describe('<omj-video-grid> cards for every reader', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('card headings are the titles alone; the button carries "Play: title"', async () => {
    const el = await grid(html`<omj-video-grid .data=${filmsFeed(posterBase)}></omj-video-grid>`);
    const headings = [...shadow(el).querySelectorAll('h3')];
    expect(headings).to.have.length(6);
    expect(headings[0]!.textContent!.trim()).to.equal('A second chance');
    expect(headings.every((heading) => !heading.querySelector('[aria-label]'))).to.equal(true);
    expect(cards(el)[0]!.querySelector('button.open')!.getAttribute('aria-label')).to.equal('Play: A second chance');
  });

  it('every link and button is at least 24 px at 320 px, and the card is one 44 px target', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await grid(html`<omj-video-grid search topics .data=${filmsFeed(posterBase)}></omj-video-grid>`);
    for (const target of shadow(el).querySelectorAll<HTMLElement>('button, a, input')) {
      const box = target.getBoundingClientRect();
      expect(Math.min(box.width, box.height), target.outerHTML.slice(0, 80)).to.be.at.least(24);
    }
    const open = cards(el)[0]!.querySelector('button.open')!.getBoundingClientRect();
    expect(Math.min(open.width, open.height)).to.be.at.least(44);
  });

  it('an unbroken word in a title wraps inside its card at 320 px', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await grid(html`<omj-video-grid style="display:block;width:300px" .data=${unbrokenTitleFeed()}></omj-video-grid>`);
    for (const card of cards(el)) expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
    for (const title of shadow(el).querySelectorAll('.title')) expect(getComputedStyle(title).minWidth).to.equal('0px');
  });

  it('pressed topic chips differ from the others in forced colours (check mark, border, Highlight), axe clean', async function () {
    this.timeout(30000); // axe on a machine shared by many runs; no time is asserted
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await grid(html`<omj-video-grid topics topic="disability" .data=${filmsFeed(posterBase)}></omj-video-grid>`);
      const chips = [...shadow(el).querySelectorAll<HTMLButtonElement>('.chip')];
      const pressed = chips.find((chip) => chip.getAttribute('aria-pressed') === 'true')!;
      const other = chips.find((chip) => chip.getAttribute('aria-pressed') === 'false')!;
      expect(pressed.querySelector('.check')).to.exist;
      expect(other.querySelector('.check')).to.equal(null);
      const a = getComputedStyle(pressed);
      const b = getComputedStyle(other);
      expect(a.borderTopWidth).not.to.equal(b.borderTopWidth);
      expect(a.backgroundColor).not.to.equal(b.backgroundColor);
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });
});

describe('<omj-video-grid> sort', () => {
  it('sorts by title (Intl.Collator in the page language), newest and oldest; warns about a wrong value', async () => {
    const el = await grid(html`<omj-video-grid sort="title" .data=${filmsFeed(posterBase)}></omj-video-grid>`);
    const titles = () => [...shadow(el).querySelectorAll('.title')].map((title) => title.textContent!.trim());
    const sorted = [...titles()].sort(new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare);
    expect(titles()).to.deep.equal(sorted);
    el.sort = 'newest';
    await el.updateComplete;
    expect(cardIds(el)).to.deep.equal([
      'uz-2019-ed-06',
      'kg-2018-di-05',
      'tj-2016-vi-04',
      'fr-2015-ed-03',
      'kz-2014-ed-02',
      'kg-2012-jj-01',
    ]);
    el.sort = 'oldest';
    await el.updateComplete;
    expect(cardIds(el)[0]).to.equal('kg-2012-jj-01');
  });
});
