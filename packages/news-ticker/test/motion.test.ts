import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/index.js';
import type { OmjNewsTicker } from '../src/news-ticker.js';
import { $, $$, focused, holdClock, offset, requireVisiblePage, settled, toggleLabel } from './helpers.js';
import { manyItems } from './feeds.js';

/** A ticker in a 360px column (a phone), so the marquee's items overflow and move. */
async function ticker(mode: string, extra: { interval?: number; lang?: string; dir?: string } = {}): Promise<OmjNewsTicker> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: 360px" dir=${extra.dir ?? 'ltr'}>
      <omj-news-ticker mode=${mode} interval=${extra.interval ?? 6} lang=${extra.lang ?? 'en'} .data=${manyItems(6)}></omj-news-ticker>
    </div>`,
  );
  const el = wrapper.querySelector('omj-news-ticker')!;
  await settled(el);
  if (mode !== 'list') await waitUntil(() => $(el, '[part=toggle]'), 'no toggle', { timeout: 3000 });
  return el;
}

function track(el: OmjNewsTicker): HTMLElement {
  return $(el, '.track')!;
}

function playState(el: OmjNewsTicker): string {
  return getComputedStyle(track(el)).animationPlayState;
}

/** The marquee's scroll animation (a CSS animation: the test seeks it instead of waiting for it). */
function scroll(el: OmjNewsTicker): CSSAnimation {
  return track(el).getAnimations()[0] as CSSAnimation;
}

/** The marquee's offset at `ms` into its animation: motion on the test's clock, not the machine's. */
function offsetAt(el: OmjNewsTicker, ms: number): number {
  scroll(el).currentTime = ms;
  return offset(el);
}

/** Two animation frames: layout, resize observers and the element's update after them have run. */
async function frames(): Promise<void> {
  await nextFrame();
  await nextFrame();
}

/** The title of the item shown in rotate mode. */
function shown(el: OmjNewsTicker): string {
  return $(el, '.slide [part=link]')!.textContent!.trim();
}

async function moveMouseTo(el: Element): Promise<void> {
  const rect = el.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)] });
}

async function moveMouseAway(): Promise<void> {
  await sendMouse({ type: 'move', position: [790, 590] });
}

/** Tabs from the start of the page; returns what gets focus inside the ticker, in order, until focus leaves it. */
async function tabThrough(el: OmjNewsTicker, limit = 30): Promise<Element[]> {
  const seen: Element[] = [];
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    const node = focused(el);
    if (node === null) break;
    seen.push(node);
  }
  return seen;
}

describe('<omj-news-ticker> marquee motion', () => {
  beforeEach(async () => {
    requireVisiblePage();
    await emulateMedia({ reducedMotion: 'no-preference' });
    await moveMouseAway();
    (document.activeElement as HTMLElement | null)?.blur?.();
  });

  it('scrolls with a CSS animation on transform whose duration follows the speed', async () => {
    const el = await ticker('marquee');
    expect(playState(el)).to.equal('running');
    const animation = track(el).getAnimations()[0] as CSSAnimation;
    expect(animation.animationName).to.equal('omj-ticker-scroll');
    const listWidth = $(el, '[part=list]')!.offsetWidth;
    const duration = parseFloat(getComputedStyle(track(el)).animationDuration);
    expect(duration).to.be.closeTo(listWidth / 40, 0.05);
    el.speed = 80;
    await el.updateComplete;
    expect(parseFloat(getComputedStyle(track(el)).animationDuration)).to.be.closeTo(listWidth / 80, 0.05);
    expect(offsetAt(el, 300)).to.be.lessThan(offsetAt(el, 0)); // moving leftwards
    await expect(el).to.be.accessible();
  });

  it('Tab reaches the pause button first; Enter toggles its label and the animation', async () => {
    const el = await ticker('marquee');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal($(el, '[part=toggle]'));
    expect(toggleLabel(el)).to.equal('Pause news');
    expect(playState(el)).to.equal('running'); // focus on the button itself does not stop anything
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggleLabel(el)).to.equal('Play news');
    expect(playState(el)).to.equal('paused');
    expect(scroll(el).playState).to.equal('paused'); // its clock stands still: the bar holds where it is
    const frozen = offset(el);
    await frames();
    expect(offset(el)).to.equal(frozen);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggleLabel(el)).to.equal('Pause news');
    expect(playState(el)).to.equal('running');
    expect(focused(el)).to.equal($(el, '[part=toggle]')); // focus stays on the button
  });

  it('keyboard focus on an item stops the motion, and it does not restart when focus leaves', async () => {
    const el = await ticker('marquee');
    await sendKeys({ press: 'Tab' }); // toggle
    await sendKeys({ press: 'Tab' }); // first link
    await el.updateComplete;
    expect(focused(el)).to.equal($$(el, '[part=link]')[0]);
    expect(toggleLabel(el)).to.equal('Play news');
    // the focused item sits where it naturally is, visible in the bar
    expect(offset(el)).to.equal(0);
    const link = focused(el)!.getBoundingClientRect();
    const bar = $(el, '.viewport')!.getBoundingClientRect();
    expect(link.left).to.be.within(bar.left - 1, bar.right - 20);
    (focused(el) as HTMLElement).blur();
    await frames(); // no timer restarts the motion: what follows the blur has run by now
    await el.updateComplete;
    expect(playState(el)).to.equal('paused');
    expect(toggleLabel(el)).to.equal('Play news');
  });

  it('hovering holds the motion; moving away resumes it', async () => {
    const el = await ticker('marquee');
    await moveMouseTo($(el, '.viewport')!);
    await el.updateComplete;
    expect(playState(el)).to.equal('paused');
    expect(toggleLabel(el)).to.equal('Pause news'); // a hold, not a stop
    await moveMouseAway();
    await el.updateComplete;
    expect(playState(el)).to.equal('running');
  });

  it('a hover does not restart what the button stopped', async () => {
    const el = await ticker('marquee');
    $(el, '[part=toggle]')!.click();
    await el.updateComplete;
    await moveMouseTo($(el, '.viewport')!);
    await moveMouseAway();
    await el.updateComplete;
    expect(playState(el)).to.equal('paused');
  });

  it('a press on the moving bar (a tap on a phone) stops it for good; the button starts it again', async () => {
    const el = await ticker('marquee');
    el.shadowRoot!.addEventListener('click', (event) => event.preventDefault()); // the press may land on a link: stay on the page
    await moveMouseTo($(el, '.viewport')!);
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'up' });
    await moveMouseAway();
    await el.updateComplete;
    expect(toggleLabel(el)).to.equal('Play news');
    expect(playState(el)).to.equal('paused');
    await moveMouseTo($(el, '[part=toggle]')!);
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'up' });
    await moveMouseAway();
    await el.updateComplete;
    expect(toggleLabel(el)).to.equal('Pause news');
    expect(playState(el)).to.equal('running');
  });

  it('copies for the loop are aria-hidden and inert, and Tab never reaches them', async () => {
    const el = await ticker('marquee');
    const lists = $$(el, '.track > ul');
    expect(lists).to.have.length(2);
    const [original, copy] = lists as [HTMLElement, HTMLElement];
    expect(original.getAttribute('aria-hidden')).to.equal(null);
    expect(copy.getAttribute('aria-hidden')).to.equal('true');
    expect(copy.inert).to.equal(true);
    // the copy carries the same parts, so a partner's ::part() styles look the same all along the loop
    const parts = (list: HTMLElement) => [...list.querySelectorAll('[part]')].map((node) => node.getAttribute('part'));
    expect(parts(copy)).to.deep.equal(parts(original));
    expect(copy.textContent).to.equal(original.textContent);
    for (const link of copy.querySelectorAll('a')) expect(link.getAttribute('tabindex')).to.equal('-1');
    for (const link of original.querySelectorAll('a')) expect(link.hasAttribute('tabindex')).to.equal(false);
    const reached = await tabThrough(el);
    expect(reached[0]).to.equal($(el, '[part=toggle]'));
    expect(reached.slice(1)).to.deep.equal([...original.querySelectorAll('a')]);
    expect(reached.some((node) => copy.contains(node))).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('does not move when everything fits, and then shows no button', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 1200px"><omj-news-ticker mode="marquee" .data=${manyItems(1)}></omj-news-ticker></div>`,
    );
    const el = wrapper.querySelector('omj-news-ticker')!;
    await settled(el);
    await frames(); // the size observer has measured the bar
    await el.updateComplete;
    expect($(el, '[part=toggle]')).to.equal(null);
    expect(track(el).getAnimations()).to.have.length(0);
    expect($$(el, '.track > ul')).to.have.length(1);
  });

  it('scrolls the other way for right-to-left pages and feeds', async () => {
    const el = await ticker('marquee', { dir: 'rtl' });
    expect((track(el).getAnimations()[0] as CSSAnimation).animationName).to.equal('omj-ticker-scroll-rtl');
    expect(offsetAt(el, 300)).to.be.greaterThan(offsetAt(el, 0));
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 360px"><omj-news-ticker mode="marquee" .data=${manyItems(6, { language: 'he' })}></omj-news-ticker></div>`,
    );
    const hebrew = wrapper.querySelector('omj-news-ticker')!;
    await settled(hebrew);
    await waitUntil(() => $(hebrew, '.track.run'));
    expect((track(hebrew).getAnimations()[0] as CSSAnimation).animationName).to.equal('omj-ticker-scroll-rtl');
    await expect(hebrew).to.be.accessible();
  });

  it('reduced motion: nothing moves; the button offers "Play news"', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await ticker('marquee', { lang: 'ru' });
      expect(toggleLabel(el)).to.equal('Продолжить прокрутку');
      expect(playState(el)).to.equal('paused');
      await frames();
      expect(offset(el)).to.equal(0);
      const running = track(el)
        .getAnimations()
        .filter((animation) => animation.playState === 'running');
      expect(running).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('stops when the visitor switches reduced motion on while it moves', async () => {
    const el = await ticker('marquee');
    expect(toggleLabel(el)).to.equal('Pause news');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      await waitUntil(() => toggleLabel(el) === 'Play news', 'no stop', { timeout: 2000 });
      await el.updateComplete;
      expect(playState(el)).to.equal('paused');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

describe('<omj-news-ticker> rotate motion', () => {
  /** The rotation interval here, in seconds: its timers are held by the test (no other timer is 2 s long). */
  const INTERVAL = 2;
  let timers: ReturnType<typeof holdClock>;
  beforeEach(async () => {
    requireVisiblePage();
    await emulateMedia({ reducedMotion: 'no-preference' });
    await moveMouseAway();
    timers = holdClock(INTERVAL * 1000);
  });
  afterEach(() => timers.restore());

  /** The interval passes: the armed rotation timer runs, and the ticker renders what it did. */
  async function interval(el: OmjNewsTicker): Promise<void> {
    timers.run();
    await el.updateComplete;
  }

  it('shows one item at a time and moves on every `interval` seconds; aria-live off while moving', async () => {
    const el = await ticker('rotate', { interval: INTERVAL });
    expect($$(el, '[part=item]')).to.have.length(1);
    expect(shown(el)).to.equal('Story number 1 about young film makers');
    expect($(el, '.slide')!.getAttribute('aria-live')).to.equal('off');
    expect(timers.pending, 'one rotation timer of `interval` seconds').to.equal(1);
    await interval(el);
    expect(shown(el)).to.equal('Story number 2 about young film makers');
    expect(timers.pending, 'the next step is armed').to.equal(1);
    await interval(el);
    expect(shown(el)).to.equal('Story number 3 about young film makers');
    expect($$(el, '[part=item]')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('Tab reaches the pause button first; Enter stops the rotation and says so; aria-live becomes polite', async () => {
    const el = await ticker('rotate', { interval: INTERVAL, lang: 'ky' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal($(el, '[part=toggle]'));
    expect(toggleLabel(el)).to.equal('Жаңылыктарды токтотуу');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggleLabel(el)).to.equal('Жаңылыктарды улантуу');
    expect($(el, '.slide')!.getAttribute('aria-live')).to.equal('polite');
    expect(timers.pending, 'no rotation timer while stopped').to.equal(0);
    const current = shown(el);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '.slide')!.getAttribute('aria-live')).to.equal('off');
    expect(timers.pending, 'the rotation is armed again').to.equal(1);
    await interval(el);
    expect(shown(el)).to.not.equal(current);
  });

  it('previous and next buttons step through the items; focusing them stops the rotation for good', async () => {
    const el = await ticker('rotate', { interval: INTERVAL });
    await sendKeys({ press: 'Tab' }); // toggle
    await sendKeys({ press: 'Tab' }); // previous
    expect(focused(el)).to.equal($(el, '[part=prev]'));
    await el.updateComplete;
    expect(toggleLabel(el)).to.equal('Play news');
    await sendKeys({ press: 'Tab' }); // next
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shown(el)).to.equal('Story number 2 about young film makers');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shown(el)).to.equal('Story number 6 about young film makers'); // wraps around
    (focused(el) as HTMLElement).blur();
    await el.updateComplete;
    expect(timers.pending, 'no rotation timer after focus left').to.equal(0);
    expect(shown(el)).to.equal('Story number 6 about young film makers');
    expect($(el, '.slide')!.getAttribute('aria-live')).to.equal('polite');
  });

  it('hovering holds the rotation and leaving resumes it', async () => {
    const el = await ticker('rotate', { interval: INTERVAL });
    expect(timers.pending).to.equal(1);
    await moveMouseTo($(el, '.slide')!);
    await el.updateComplete;
    expect($(el, '.slide')!.getAttribute('aria-live')).to.equal('polite');
    expect(timers.pending, 'no rotation timer while hovered').to.equal(0);
    expect(shown(el)).to.equal('Story number 1 about young film makers');
    await moveMouseAway();
    await el.updateComplete;
    expect(timers.pending, 'the rotation is armed again').to.equal(1);
    await interval(el);
    expect(shown(el)).to.equal('Story number 2 about young film makers');
  });

  it('reduced motion: no rotation until the visitor asks for it', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await ticker('rotate', { interval: INTERVAL });
      expect(toggleLabel(el)).to.equal('Play news');
      expect($(el, '.slide')!.getAttribute('aria-live')).to.equal('polite');
      expect(timers.pending, 'no rotation timer').to.equal(0);
      expect(shown(el)).to.equal('Story number 1 about young film makers');
      expect(el.shadowRoot!.getAnimations()).to.have.length(0); // nothing animates at all
      await expect(el).to.be.accessible();
      $(el, '[part=toggle]')!.click();
      await el.updateComplete;
      expect(timers.pending, 'the visitor asked: it rotates').to.equal(1);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
