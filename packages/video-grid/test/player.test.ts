import { expect, fixture, html, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { filmsFeed } from '../../../stories/fixtures/video-grid.js';
import { captureWarnings, cardButton, grid, posterBase, resetUrl, shadow } from './helpers.js';
import type { OmjVideoGrid } from '../src/video-grid.js';

function dialog(el: OmjVideoGrid): HTMLDialogElement | null {
  return shadow(el).querySelector('dialog');
}

async function openWithKeyboard(el: OmjVideoGrid, id: string): Promise<HTMLDialogElement> {
  cardButton(el, id).focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => dialog(el)?.open, 'dialog did not open');
  return dialog(el)!;
}

function playButton(el: OmjVideoGrid): HTMLButtonElement {
  return shadow(el).querySelector<HTMLButtonElement>('dialog button.play')!;
}

function foreignRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => !['localhost', '127.0.0.1'].includes(new URL(name).hostname));
}

describe('<omj-video-grid> player', () => {
  afterEach(resetUrl);

  it('opens a modal dialog with Enter on a card; focus moves in; Escape closes and focus returns', async () => {
    const el = await grid(html`<omj-video-grid .data=${filmsFeed(posterBase)}></omj-video-grid>`);
    const opened = oneEvent(el, 'omj-film-open');
    const box = await openWithKeyboard(el, 'kg-2012-jj-01');
    expect((await opened).detail).to.deep.equal({ id: 'kg-2012-jj-01', title: 'A second chance' });
    expect(box.matches(':modal')).to.equal(true);
    expect(box.contains(shadow(el).activeElement)).to.equal(true);
    expect(shadow(el).activeElement).to.equal(playButton(el));
    expect(playButton(el).getAttribute('aria-label')).to.equal('Play: A second chance');
    expect(box.getAttribute('aria-labelledby')).to.equal('player-title');
    expect(box.querySelector('#player-title')!.textContent).to.equal('A second chance');
    expect(box.querySelector('details summary')!.textContent).to.equal('Transcript');
    expect(location.hash).to.equal('#film=kg-2012-jj-01');
    expect(box.querySelector('iframe')).to.equal(null);

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => dialog(el) === null, 'dialog did not close');
    await waitUntil(() => location.hash === '', 'history not restored');
    expect(shadow(el).activeElement).to.equal(cardButton(el, 'kg-2012-jj-01'));
  });

  it('has a labelled close button', async () => {
    const el = await grid(html`<omj-video-grid lang="ru" .data=${filmsFeed(posterBase)}></omj-video-grid>`);
    const box = await openWithKeyboard(el, 'kg-2018-di-05');
    const close = box.querySelector<HTMLButtonElement>('button.close')!;
    expect(close.getAttribute('aria-label')).to.equal('Закрыть');
    close.click();
    await waitUntil(() => dialog(el) === null);
    expect(shadow(el).activeElement).to.equal(cardButton(el, 'kg-2018-di-05'));
    // Closing went back in history; let that finish before the next test touches the URL.
    await waitUntil(() => location.hash === '', 'history not restored');
  });

  it('creates the youtube-nocookie iframe only when play is pressed, in the same click', async () => {
    const el = await grid(html`<omj-video-grid lang="ru" .data=${filmsFeed(posterBase)}></omj-video-grid>`);
    await openWithKeyboard(el, 'kg-2012-jj-01');
    await el.updateComplete;
    await aTimeout(0); // one task: whatever opening started has run
    expect(shadow(el).querySelectorAll('iframe')).to.have.length(0);
    expect(foreignRequests()).to.deep.equal([]);
    const played = oneEvent(el, 'omj-play');
    playButton(el).click();
    // Synchronously: no await between the click and the iframe.
    const iframe = shadow(el).querySelector('iframe')!;
    expect(iframe).to.exist;
    expect(iframe.src).to.equal(
      'https://www.youtube-nocookie.com/embed/aBcDeFgHiJk?autoplay=1&rel=0&cc_load_policy=1&cc_lang_pref=ru&hl=ru&playsinline=1',
    );
    expect(iframe.getAttribute('allow')).to.equal('autoplay; encrypted-media; picture-in-picture; fullscreen');
    expect(iframe.title).to.equal('Второй шанс');
    // The player fills the 16:9 stage (not a 150 px default iframe strip).
    const box = iframe.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(200);
    expect(Math.abs(box.height - (box.width * 9) / 16)).to.be.lessThan(2);
    expect((await played).detail).to.deep.equal({ id: 'kg-2012-jj-01', provider: 'youtube' });
  });

  it('after Play: no redundant allowfullscreen; focus stays in our document so Escape closes; the first Tab enters the player; the dialog says how to close', async () => {
    const el = await grid(html`<omj-video-grid .data=${filmsFeed(posterBase)}></omj-video-grid>`);
    const box = await openWithKeyboard(el, 'kg-2012-jj-01');
    const hint = box.querySelector(`#${box.getAttribute('aria-describedby')}`)!;
    expect(hint.textContent).to.contain('Escape');
    playButton(el).click();
    const iframe = shadow(el).querySelector('iframe')!;
    // "Allow attribute will take precedence over 'allowfullscreen'" was logged on every play.
    expect(iframe.hasAttribute('allowfullscreen')).to.equal(false);
    const stage = shadow(el).querySelector<HTMLElement>('.stage')!;
    expect(shadow(el).activeElement).to.equal(stage);
    expect(stage.contains(iframe)).to.equal(true);
    // The close button stays visible and reachable.
    const close = box.querySelector<HTMLButtonElement>('button.close')!;
    expect(close.getBoundingClientRect().height).to.be.greaterThan(23);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => dialog(el) === null, 'Escape did not close the playing dialog');
    expect(shadow(el).activeElement).to.equal(cardButton(el, 'kg-2012-jj-01'));
    await waitUntil(() => location.hash === '', 'history not restored');
  });

  it('says in Russian and Kyrgyz how to close the player', async () => {
    for (const [lang, word] of [
      ['ru', 'Закрыть'],
      ['ky', 'Жабуу'],
    ] as const) {
      const el = await grid(html`<omj-video-grid lang=${lang} .data=${filmsFeed(posterBase)}></omj-video-grid>`);
      const box = await openWithKeyboard(el, 'kg-2012-jj-01');
      expect(box.querySelector('#player-hint')!.textContent).to.contain(word);
      box.querySelector<HTMLButtonElement>('button.close')!.click();
      await waitUntil(() => dialog(el) === null);
      await waitUntil(() => location.hash === '');
    }
  });

  it('asks Vimeo not to track (dnt=1)', async () => {
    const el = await grid(html`<omj-video-grid .data=${filmsFeed(posterBase)}></omj-video-grid>`);
    await openWithKeyboard(el, 'kz-2014-ed-02');
    playButton(el).click();
    expect(shadow(el).querySelector('iframe')!.src).to.equal('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1');
  });

  it("plays self-hosted files in <video> with captions, the visitor's language by default", async () => {
    const el = await grid(html`<omj-video-grid lang="ru" .data=${filmsFeed(posterBase)}></omj-video-grid>`);
    await openWithKeyboard(el, 'fr-2015-ed-03');
    expect(shadow(el).querySelector('video')).to.equal(null);
    playButton(el).click();
    const video = shadow(el).querySelector('video')!;
    expect(video.controls).to.equal(true);
    expect(video.hasAttribute('playsinline')).to.equal(true);
    expect(video.querySelector('source')!.getAttribute('type')).to.equal('video/mp4');
    const tracks = [...video.querySelectorAll('track')];
    expect(tracks.map((track) => track.srclang)).to.deep.equal(['en', 'ru']);
    expect(tracks.map((track) => track.default)).to.deep.equal([false, true]);
    expect(shadow(el).querySelector('iframe')).to.equal(null);
  });

  it('opens the film named in the URL once the feed is loaded, and Back closes it', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#film=kg-2018-di-05`);
    const el = await fixture<OmjVideoGrid>(html`<omj-video-grid .data=${filmsFeed(posterBase)}></omj-video-grid>`);
    await waitUntil(() => dialog(el)?.open, 'deep link did not open the film');
    expect(dialog(el)!.querySelector('#player-title')!.textContent).to.equal('My wheels');
    // Closing a film the page was opened with replaces the entry (no Back into the player).
    dialog(el)!.querySelector<HTMLButtonElement>('button.close')!.click();
    await waitUntil(() => dialog(el) === null);
    expect(location.hash).to.equal('');

    // Opened from a card: Back closes it.
    cardButton(el, 'uz-2019-ed-06').click();
    await waitUntil(() => dialog(el)?.open);
    expect(location.hash).to.equal('#film=uz-2019-ed-06');
    history.back();
    await waitUntil(() => dialog(el) === null, 'Back did not close the player');
    expect(location.hash).to.equal('');
  });

  it('opens a film when a link changes the fragment to #film=…', async () => {
    const el = await grid(html`<omj-video-grid .data=${filmsFeed(posterBase)}></omj-video-grid>`);
    location.hash = 'film=uz-2019-ed-06';
    await waitUntil(() => dialog(el)?.open, 'a fragment link did not open the film');
    expect(dialog(el)!.querySelector('#player-title')!.textContent).to.equal('Letters home');
    dialog(el)!.querySelector<HTMLButtonElement>('button.close')!.click();
    await waitUntil(() => dialog(el) === null);
    expect(location.hash).to.equal('');
  });

  it("uses the element id as a prefix and keeps the partner's own fragment parts", async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#top&films.film=kz-2014-ed-02`);
    const el = await fixture<OmjVideoGrid>(html`<omj-video-grid id="films" .data=${filmsFeed(posterBase)}></omj-video-grid>`);
    await waitUntil(() => dialog(el)?.open);
    dialog(el)!.querySelector<HTMLButtonElement>('button.close')!.click();
    await waitUntil(() => dialog(el) === null);
    expect(location.hash).to.equal('#top');
    cardButton(el, 'kg-2012-jj-01').click();
    expect(location.hash).to.equal('#top&films.film=kg-2012-jj-01');
  });

  it('a deep link to a withdrawn film says it is not available, with a warning, and opens no player', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#film=kg-2013-wd-07`);
    let el!: OmjVideoGrid;
    const warnings = await captureWarnings(async () => {
      el = await grid(html`<omj-video-grid .data=${filmsFeed(posterBase)}></omj-video-grid>`);
      await el.updateComplete;
      await aTimeout(0); // one task: the deep link has been read
    });
    expect(dialog(el)).to.equal(null);
    expect(shadow(el).textContent).not.to.contain('Withdrawn film');
    expect(shadow(el).querySelector('.notice')!.textContent).to.equal('This film is not available in the archive.');
    expect(warnings).to.include('<omj-video-grid> location.hash film: "kg-2013-wd-07" is unknown or withdrawn');
    await expect(el).to.be.accessible();
  });

  it('a deep link to an unknown film looks up at most 3 further pages, then says it is not in the archive', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#film=nowhere`);
    const first = new URL('./fixtures/chain-1.json', import.meta.url).href;
    let el!: OmjVideoGrid;
    await captureWarnings(async () => {
      el = await grid(html`<omj-video-grid feed=${first}></omj-video-grid>`);
      await waitUntil(() => shadow(el).querySelector('.notice'), 'no "not available" notice', { timeout: 5000 });
    });
    const pages = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.includes('/fixtures/chain-'));
    expect(pages.map((name) => name.split('/').pop())).to.deep.equal(['chain-1.json', 'chain-2.json', 'chain-3.json', 'chain-4.json']);
    expect(dialog(el)).to.equal(null);
    expect(shadow(el).querySelector('.notice')!.textContent).to.equal('This film is not available in the archive.');
  });

  it('keeps filters in the URL with sync-url', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#country=KZ`);
    const el = await grid(html`<omj-video-grid sync-url topics .data=${filmsFeed(posterBase)}></omj-video-grid>`);
    expect(el.getAttribute('country')).to.equal('KZ');
    expect(shadow(el).querySelectorAll('.card')).to.have.length(1);
    el.setAttribute('country', 'KG');
    el.setAttribute('topic', 'disability');
    await oneEvent(el, 'omj-filter-change');
    expect(location.hash).to.equal('#country=KG&topic=disability');
  });
});
