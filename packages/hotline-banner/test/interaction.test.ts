import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { OmjHotlineBanner } from '../src/hotline-banner.js';
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

let navigations: string[];
const originalNavigate = OmjHotlineBanner.navigate;
beforeEach(() => {
  sessionStorage.clear();
  navigations = [];
  OmjHotlineBanner.navigate = (url) => navigations.push(url);
});
afterEach(() => {
  OmjHotlineBanner.navigate = originalNavigate;
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
    const { el, before } = await page(html`<omj-hotline-banner country="KG" .data=${feed()} @click=${stopNavigation}></omj-hotline-banner>`);
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
    await sendKeys({ press: 'Tab' }); // the close button
    expect(focused(el)).to.equal(part(el, 'dismiss'));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(dismissals).to.deep.equal([{ id: 'kg-child-helpline', number: '111' }]);
    expect(part(el, 'banner')).to.equal(null);
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(el.getBoundingClientRect().height).to.equal(0); // no gap left in the page

    // A new page view in the same visit: the banner stays closed.
    const again = await page(html`<omj-hotline-banner dismissible country="KG" .data=${feed()}><a href="tel:111">111</a></omj-hotline-banner>`);
    expect(part(again.el, 'banner')).to.equal(null);
    expect(again.el.getBoundingClientRect().height).to.equal(0);
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

describe('<omj-hotline-banner> quick exit', () => {
  const shiftThreeTimes = async () => {
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
  };

  it('leaves for the exit URL when the button is pressed with Enter', async () => {
    const { el, before } = await page(html`<omj-hotline-banner exit country="KG" .data=${feed()} @click=${stopNavigation}></omj-hotline-banner>`);
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

  it('does not leave on Shift when exit is not set, or after another key breaks the sequence', async () => {
    const { el } = await page(html`<omj-hotline-banner number="111"></omj-hotline-banner>`);
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
