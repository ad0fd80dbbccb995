import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { OmjHotlineBanner, type ExitClock } from '../src/hotline-banner.js';
import { collectWarnings, hotlineFeed, kgHotline, part } from './helpers.js';

const feed = () => hotlineFeed(kgHotline());

/**
 * The banner with a button before it, so Tab starts from a known place. (Fixtures of the element itself:
 * a wrapper would make `fixture` wait for an animation frame, which a background tab may never give.)
 */
async function page(banner: ReturnType<typeof html>): Promise<{ el: OmjHotlineBanner; before: HTMLButtonElement }> {
  const el = await fixture<OmjHotlineBanner>(banner);
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  return { el, before };
}

/** The focused element inside the banner's shadow root. */
const focused = (el: OmjHotlineBanner) => el.shadowRoot!.activeElement;

/** A clock the test moves by hand: Shift timing never depends on how fast the machine is. */
class TestClock implements ExitClock {
  time = 1000;
  private timers = new Map<number, { at: number; run: () => void }>();
  private next = 1;
  now(): number {
    return this.time;
  }
  setTimeout(run: () => void, ms: number): number {
    this.timers.set(this.next, { at: this.time + ms, run });
    return this.next++;
  }
  clearTimeout(id: unknown): void {
    this.timers.delete(id as number);
  }
  advance(ms: number): void {
    this.time += ms;
    for (const [id, timer] of [...this.timers]) {
      if (timer.at <= this.time) {
        this.timers.delete(id);
        timer.run();
      }
    }
  }
}

let navigations: string[];
/** Whether the page was blanked (its root hidden) when each navigation started. */
let blanked: boolean[];
let clock: TestClock;
const originalNavigate = OmjHotlineBanner.navigate;
const originalClock = OmjHotlineBanner.clock;
beforeEach(() => {
  sessionStorage.clear();
  navigations = [];
  blanked = [];
  clock = new TestClock();
  OmjHotlineBanner.clock = clock;
  OmjHotlineBanner.navigate = (url) => {
    navigations.push(url);
    blanked.push(getComputedStyle(document.documentElement).display === 'none');
    document.documentElement.style.removeProperty('display'); // the test page goes on
  };
});
afterEach(() => {
  OmjHotlineBanner.navigate = originalNavigate;
  OmjHotlineBanner.clock = originalClock;
});

// Clicking or pressing Enter on a tel: link would hand the page to the phone app; the tests stop that
// default action on the host, after the element's own handler has run.
const stopNavigation = (event: Event) => event.preventDefault();

describe('<omj-hotline-banner> calling', () => {
  it('fires omj-hotline-call when the number is clicked', async () => {
    const { el } = await page(html`<omj-hotline-banner country="KG" .data=${feed()} @click=${stopNavigation}></omj-hotline-banner>`);
    const link = part(el, 'number') as HTMLAnchorElement;
    expect(link.href).to.equal('tel:111');
    setTimeout(() => link.click());
    const event = await oneEvent(el, 'omj-hotline-call');
    expect(event.detail).to.deep.equal({ id: 'kg-child-helpline', number: '111', tel: 'tel:111' });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('can be reached with Tab and called with Enter', async () => {
    const { el, before } = await page(
      html`<omj-hotline-banner country="KG" .data=${feed()} @click=${stopNavigation}></omj-hotline-banner>`,
    );
    const calls: unknown[] = [];
    el.addEventListener('omj-hotline-call', (event) => calls.push(event.detail));
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(part(el, 'number'));
    await sendKeys({ press: 'Enter' });
    expect(calls).to.have.length(1);
  });
});

describe('<omj-hotline-banner> dismissing', () => {
  it('closes with Space, fires omj-dismiss, and stays closed for the visit', async () => {
    const { el, before } = await page(html`<omj-hotline-banner dismissible country="KG" .data=${feed()}></omj-hotline-banner>`);
    const dismissals: unknown[] = [];
    el.addEventListener('omj-dismiss', (event) => dismissals.push(event.detail));
    before.focus();
    await sendKeys({ press: 'Tab' }); // the number
    await sendKeys({ press: 'Tab' }); // Quick exit
    await sendKeys({ press: 'Tab' }); // the close button
    expect(focused(el)).to.equal(part(el, 'dismiss'));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(dismissals).to.deep.equal([{ id: 'kg-child-helpline', number: '111' }]);
    expect(part(el, 'banner')).to.equal(null);
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(el.getBoundingClientRect().height).to.equal(0); // no gap left in the page

    // A new page view in the same visit: the banner stays closed.
    const again = await page(
      html`<omj-hotline-banner dismissible country="KG" .data=${feed()}><a href="tel:111">111</a></omj-hotline-banner>`,
    );
    expect(part(again.el, 'banner')).to.equal(null);
    expect(again.el.getBoundingClientRect().height).to.equal(0);
  });

  it('moves focus to the next focusable element after the banner, not to <body>', async () => {
    const { el } = await page(html`<omj-hotline-banner dismissible country="KG" .data=${feed()}></omj-hotline-banner>`);
    // After the banner: plain text, a hidden link and a disabled button (skipped), then a link.
    const after = document.createElement('div');
    after.innerHTML = '<p>Text</p><a href="#hidden" hidden>hidden</a><button disabled>off</button><a href="#next">next</a>';
    el.after(after);
    part(el, 'dismiss')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(part(el, 'banner')).to.equal(null);
    expect(document.activeElement).to.equal(after.querySelector('a[href="#next"]'));
    after.remove();
  });

  it('with nothing focusable after it, moves focus to the one before it', async () => {
    const { el, before } = await page(html`<omj-hotline-banner dismissible number="111"></omj-hotline-banner>`);
    part(el, 'dismiss')!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(document.activeElement).to.equal(before);
  });

  it('has a labelled close button only when dismissible', async () => {
    const { el } = await page(html`<omj-hotline-banner country="KG" .data=${feed()}></omj-hotline-banner>`);
    expect(part(el, 'dismiss')).to.equal(null);
    const { el: closable } = await page(html`<omj-hotline-banner dismissible country="KG" .data=${feed()}></omj-hotline-banner>`);
    expect(part(closable, 'dismiss')!.getAttribute('aria-label')).to.equal('Hide');
    const box = part(closable, 'dismiss')!.getBoundingClientRect();
    expect(Math.min(box.width, box.height)).to.be.at.least(44);
  });

  it('still closes when storage is blocked', async () => {
    const { el } = await page(html`<omj-hotline-banner dismissible number="111"></omj-hotline-banner>`);
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      part(el, 'dismiss')!.click();
      await el.updateComplete;
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(part(el, 'banner')).to.equal(null);
  });
});

describe('<omj-hotline-banner> quick exit', function () {
  this.timeout(60_000); // axe's first run on a busy machine
  const shiftThreeTimes = async () => {
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
  };

  it('is on by default: a partner who never heard of it still ships it', async () => {
    const { el } = await page(html`<omj-hotline-banner number="111"></omj-hotline-banner>`);
    expect(part(el, 'exit')!.getBoundingClientRect().height).to.be.at.least(44);
    await shiftThreeTimes();
    expect(navigations).to.deep.equal(['https://www.google.com/']);
  });

  it('is off only when turned off (exit="off" or no-exit): no button, no Shift listener', async () => {
    for (const template of [
      html`<omj-hotline-banner exit="off" number="111"></omj-hotline-banner>`,
      html`<omj-hotline-banner exit="OFF" number="111"></omj-hotline-banner>`,
      html`<omj-hotline-banner no-exit number="111"></omj-hotline-banner>`,
    ]) {
      const { el } = await page(template);
      expect(part(el, 'exit')).to.equal(null);
      await shiftThreeTimes();
      expect(navigations).to.deep.equal([]);
      el.remove();
    }
  });

  it('keeps exit="https://…" working as the address (the attribute once was only a switch), exit-url winning', async () => {
    const { el } = await page(html`<omj-hotline-banner exit="https://weather.example.org/bishkek" number="111"></omj-hotline-banner>`);
    part(el, 'exit')!.click();
    expect(navigations).to.deep.equal(['https://weather.example.org/bishkek']);
    el.setAttribute('exit-url', 'https://news.example.org/');
    await el.updateComplete;
    part(el, 'exit')!.click();
    expect(navigations[1]).to.equal('https://news.example.org/');
    const { el: bare } = await page(html`<omj-hotline-banner exit number="111"></omj-hotline-banner>`);
    part(bare, 'exit')!.click();
    expect(navigations[2]).to.equal('https://www.google.com/');
  });

  it('takes its address from the no-JavaScript exit link when no exit-url is given', async () => {
    const { el } = await page(
      html`<omj-hotline-banner number="111"
      ><a slot="exit" href="https://weather.example.org/" rel="noreferrer">Quick exit</a></omj-hotline-banner
    >`,
    );
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0); // replaced by the button
    part(el, 'exit')!.click();
    expect(navigations).to.deep.equal(['https://weather.example.org/']);
  });

  it('blanks the page before location.replace', async () => {
    const { el } = await page(html`<omj-hotline-banner number="111"></omj-hotline-banner>`);
    part(el, 'exit')!.click();
    expect(blanked).to.deep.equal([true]);
  });

  it('leaves for the exit URL when the button is pressed with Enter', async () => {
    const { el, before } = await page(
      html`<omj-hotline-banner exit country="KG" .data=${feed()} @click=${stopNavigation}></omj-hotline-banner>`,
    );
    const exit = part(el, 'exit')!;
    expect(exit.textContent!.trim()).to.equal('Quick exit');
    const hint = el.shadowRoot!.getElementById(exit.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).to.contain('history is not erased');
    before.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(exit);
    await sendKeys({ press: 'Enter' });
    expect(navigations).to.deep.equal(['https://www.google.com/']);
  });

  it('leaves when Shift is pressed three times anywhere on the page', async () => {
    const { el } = await page(html`<omj-hotline-banner exit exit-url="https://weather.example.org/" number="111"></omj-hotline-banner>`);
    const events: unknown[] = [];
    el.addEventListener('omj-quick-exit', (event) => events.push(event.detail));
    document.body.focus();
    await shiftThreeTimes();
    expect(navigations).to.deep.equal(['https://weather.example.org/']);
    expect(events).to.deep.equal([{ url: 'https://weather.example.org/' }]);
    expect(blanked).to.deep.equal([true]);
  });

  it('counts each Shift press where it can be seen and is announced politely ("1 of 3", "2 of 3")', async () => {
    const { el } = await page(html`<omj-hotline-banner number="111"></omj-hotline-banner>`);
    const count = part(el, 'exit-count')!;
    expect(count.getAttribute('role')).to.equal('status'); // polite, present before the first press
    expect(count.textContent!.trim()).to.equal('');
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(count.textContent!.trim()).to.equal('Shift: 1 of 3');
    expect(count.getBoundingClientRect().height).to.be.above(0);
    clock.advance(1000);
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(count.textContent!.trim()).to.equal('Shift: 2 of 3');
    await expect(el).to.be.accessible();
    clock.advance(1000);
    await sendKeys({ press: 'Shift' });
    expect(navigations).to.have.length(1);
  });

  it('says the count in Russian and Kyrgyz', async () => {
    const { el: ru } = await page(html`<omj-hotline-banner lang="ru" number="111"></omj-hotline-banner>`);
    const { el: ky } = await page(html`<omj-hotline-banner lang="ky" number="111"></omj-hotline-banner>`);
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await ru.updateComplete;
    await ky.updateComplete;
    expect(part(ru, 'exit-count')!.textContent!.trim()).to.equal('Shift: 2 из 3');
    expect(part(ky, 'exit-count')!.textContent!.trim()).to.equal('Shift: 3 жолудан 2');
  });

  it('starts counting again when five seconds pass (on the test clock), and clears the count', async () => {
    const { el } = await page(html`<omj-hotline-banner number="111"></omj-hotline-banner>`);
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    clock.advance(5001);
    await el.updateComplete;
    expect(part(el, 'exit-count')!.textContent!.trim()).to.equal('');
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(part(el, 'exit-count')!.textContent!.trim()).to.equal('Shift: 1 of 3');
    clock.advance(4999);
    await sendKeys({ press: 'Shift' });
    expect(navigations).to.deep.equal([]);
    await sendKeys({ press: 'Shift' }); // the third within five seconds of the first of this run
    expect(navigations).to.have.length(1);
  });

  it('still listens for Shift after the page moves the banner (removed and inserted again)', async () => {
    const { el } = await page(html`<omj-hotline-banner exit exit-url="https://weather.example.org/" number="111"></omj-hotline-banner>`);
    const parent = el.parentElement!;
    el.remove();
    await shiftThreeTimes();
    expect(navigations).to.deep.equal([], 'no listener while the banner is off the page');
    parent.prepend(el);
    document.body.focus();
    await shiftThreeTimes();
    expect(navigations).to.deep.equal(['https://weather.example.org/']);
  });

  it('does not leave on Shift when exit is off, or after another key breaks the sequence', async () => {
    const { el } = await page(html`<omj-hotline-banner exit="off" number="111"></omj-hotline-banner>`);
    await shiftThreeTimes();
    expect(navigations).to.deep.equal([]);
    el.exit = true;
    await el.updateComplete;
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'a' });
    await sendKeys({ press: 'Shift' });
    expect(navigations).to.deep.equal([]);
    await shiftThreeTimes();
    expect(navigations).to.have.length(1);
    el.exit = false;
    await el.updateComplete;
    await shiftThreeTimes();
    expect(navigations).to.have.length(1);
  });

  it('stops listening when the element leaves the page', async () => {
    const { el } = await page(html`<omj-hotline-banner exit number="111"></omj-hotline-banner>`);
    el.remove();
    await shiftThreeTimes();
    expect(navigations).to.deep.equal([]);
  });

  it('stays on the page when omj-quick-exit is cancelled', async () => {
    const { el } = await page(html`<omj-hotline-banner exit number="111"></omj-hotline-banner>`);
    el.addEventListener('omj-quick-exit', (event) => event.preventDefault());
    await shiftThreeTimes();
    part(el, 'exit')!.click();
    expect(navigations).to.deep.equal([]);
  });

  it('refuses a javascript: exit URL, warning about the attribute, and uses the default', async () => {
    let el!: OmjHotlineBanner;
    const warnings = await collectWarnings(async () => {
      ({ el } = await page(html`<omj-hotline-banner exit exit-url="javascript:alert(1)" number="111"></omj-hotline-banner>`));
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<omj-hotline-banner> attribute exit-url:');
    part(el, 'exit')!.click();
    expect(navigations).to.deep.equal(['https://www.google.com/']);
  });
});
