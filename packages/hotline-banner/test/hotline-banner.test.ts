import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetFeedCache } from '@omj/feed';
import '../src/index.js';
import type { OmjHotlineBanner } from '../src/hotline-banner.js';
import {
  MONDAY_11_BISHKEK,
  MONDAY_19_BISHKEK,
  SATURDAY_12_BISHKEK,
  collectWarnings,
  hotlineFeed,
  kgHotline,
  part,
  text,
} from './helpers.js';

const feed = () => hotlineFeed(kgHotline());

/** The visible Quick exit button, or a failure saying it is missing or hidden. */
function visibleExit(el: OmjHotlineBanner): HTMLElement {
  const exit = part(el, 'exit');
  expect(exit, 'no Quick exit button').not.to.equal(null);
  const box = exit!.getBoundingClientRect();
  expect(Math.min(box.width, box.height), 'Quick exit is not visible').to.be.at.least(44);
  expect(exit!.textContent!.trim()).to.equal('Quick exit');
  return exit!;
}
const fixtureUrl = new URL('./fixtures/hotlines.json', import.meta.url).href;

async function banner(template: ReturnType<typeof html>): Promise<OmjHotlineBanner> {
  return fixture<OmjHotlineBanner>(template);
}

beforeEach(() => sessionStorage.clear());

describe('<omj-hotline-banner> from a feed', function () {
  this.timeout(60_000); // axe's first run on a busy machine
  it("isolates the feed's name and description from their neighbours (unicode-bidi: isolate, #12)", async () => {
    const el = await banner(html`<omj-hotline-banner country="kg" .data=${feed()} .now=${MONDAY_11_BISHKEK}></omj-hotline-banner>`);
    for (const name of ['name', 'message']) expect(getComputedStyle(part(el, name)!).unicodeBidi, name).to.equal('isolate');
  });

  it("shows the country's helpline from raw JSON Feed data, through the real parser", async () => {
    const el = await banner(html`<omj-hotline-banner country="kg" .data=${feed()} .now=${MONDAY_11_BISHKEK}></omj-hotline-banner>`);
    const link = part(el, 'number') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('tel:111');
    expect(link.getAttribute('aria-label')).to.equal('Child helpline: call 111');
    expect(part(el, 'name')!.textContent).to.equal('Child helpline');
    expect(part(el, 'message')!.textContent!.trim()).to.equal('Free, confidential help for children and young people.');
    expect(part(el, 'free-badge')!.textContent).to.equal('Free call');
    expect(part(el, 'languages')!.textContent).to.equal('Languages: Kyrgyz and Russian'); // the feed's `languages`
    const section = part(el, 'banner')!;
    expect(section.localName).to.equal('section');
    expect(section.getAttribute('aria-label')).to.equal('Child helpline');
    expect(section.getAttribute('role')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is big enough to tap: the number is at least 44 px high and wide', async () => {
    const el = await banner(html`<omj-hotline-banner country="KG" .data=${feed()}></omj-hotline-banner>`);
    const box = part(el, 'number')!.getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    expect(box.width).to.be.at.least(44);
  });

  it('is compact on a phone: the number beside Quick exit, targets still 44 px', async () => {
    const long = { ru: 'Бесплатно и конфиденциально. Можно рассказать обо всём, что тебя тревожит, в любое время.' };
    const el = await banner(
      html`<omj-hotline-banner lang="ru" dismissible country="KG" .data=${hotlineFeed(kgHotline({ description: long }))}
      .now=${MONDAY_19_BISHKEK}></omj-hotline-banner>`,
    );
    el.style.width = '380px'; // the banner's own width decides (a container query), as on a 380 px phone
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const number = part(el, 'number')!.getBoundingClientRect();
    const exit = part(el, 'exit')!.getBoundingClientRect();
    expect(Math.round(exit.top)).to.equal(Math.round(number.top)); // side by side
    expect(Math.min(number.height, exit.height, part(el, 'dismiss')!.getBoundingClientRect().height)).to.be.at.least(44);
    expect(el.getBoundingClientRect().height).to.be.below(320);
  });

  it('shows the whole message on a 320 px phone: it wraps, nothing is cut with an ellipsis', async () => {
    const long = { ru: 'Бесплатно и конфиденциально. Можно рассказать обо всём, что тебя тревожит, в любое время.' };
    const el = await banner(
      html`<omj-hotline-banner lang="ru" dismissible country="KG" .data=${hotlineFeed(kgHotline({ description: long }))}
      .now=${MONDAY_19_BISHKEK}></omj-hotline-banner>`,
    );
    el.style.width = '320px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const message = part(el, 'message')!;
    const style = getComputedStyle(message);
    expect(message.textContent!.trim()).to.equal(long.ru);
    expect(style.textOverflow).not.to.equal('ellipsis');
    expect(style.whiteSpace).not.to.equal('nowrap');
    expect(message.scrollWidth).to.be.at.most(message.clientWidth);
    expect(message.scrollHeight).to.be.at.most(message.clientHeight); // its box holds all of its lines
    const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
    expect(message.getBoundingClientRect().height).to.be.above(lineHeight * 1.5); // it did wrap
    // Every word is inside the banner's visible box.
    const range = document.createRange();
    range.selectNodeContents(message);
    const box = part(el, 'banner')!.getBoundingClientRect();
    for (const rect of range.getClientRects()) expect(rect.right).to.be.at.most(box.right + 0.5);
  });

  it('loads the feed from a URL', async () => {
    const el = await banner(html`<omj-hotline-banner country="KZ" feed=${fixtureUrl}></omj-hotline-banner>`);
    await waitUntil(() => part(el, 'number') !== null, 'banner never appeared');
    expect(part(el, 'number')!.getAttribute('href')).to.equal('tel:150');
    expect(part(el, 'name')!.textContent).to.equal('Kazakhstan child helpline');
    expect(part(el, 'hours')!.textContent).to.contain('Open 24/7');
  });

  it('says so, and keeps the fallback, when the feed has no helpline for the country', async () => {
    const el = await banner(
      html`<omj-hotline-banner country="UZ" .data=${feed()}><a href="tel:1050">Helpline: 1050</a></omj-hotline-banner>`,
    );
    expect(text(el)).to.contain('No helpline number is listed yet.');
    expect(part(el, 'number')).to.equal(null);
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Helpline: 1050');
    visibleExit(el);
    await expect(el).to.be.accessible();
  });

  it('completes the feed entry with inline attributes (number, name, free)', async () => {
    const el = await banner(
      html`<omj-hotline-banner
      country="KG"
      number="+996 800 000 111"
      name="Ishenim"
      free
      .data=${hotlineFeed(kgHotline({ free: false }))}
      .now=${MONDAY_11_BISHKEK}
    ></omj-hotline-banner>`,
    );
    expect(part(el, 'number')!.getAttribute('href')).to.equal('tel:+996800000111');
    expect(part(el, 'number')!.textContent!.trim()).to.equal('+996 800 000 111');
    expect(part(el, 'name')!.textContent).to.equal('Ishenim');
    expect(part(el, 'free-badge')).not.to.equal(null);
    expect(part(el, 'hours')!.textContent).to.contain('Open now'); // hours still from the feed
  });

  it('says "free" only when the helpline is free', async () => {
    const el = await banner(html`<omj-hotline-banner country="KG" .data=${hotlineFeed(kgHotline({ free: false }))}></omj-hotline-banner>`);
    expect(part(el, 'free-badge')).to.equal(null);
    expect(text(el)).not.to.match(/free call/i);
  });
});

describe('<omj-hotline-banner> inline, without a feed', function () {
  this.timeout(60_000); // axe's first run on a busy machine
  it('builds the tel: link from the number attribute', async () => {
    const el = await banner(html`<omj-hotline-banner number="111"></omj-hotline-banner>`);
    expect(part(el, 'number')!.getAttribute('href')).to.equal('tel:111');
    expect(part(el, 'name')!.textContent).to.equal('Child helpline');
    expect(part(el, 'message')!.textContent!.trim()).to.equal('Need to talk? Call.');
    expect(part(el, 'hours')).to.equal(null); // hours come only from a feed
    expect(part(el, 'free-badge')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reads the number attribute as the feed reads `_omj.number` (dialledNumber): short and spaced numbers', async () => {
    const el = await banner(html`<omj-hotline-banner number=" 116  111 "></omj-hotline-banner>`);
    expect(part(el, 'number')!.getAttribute('href')).to.equal('tel:116111');
    expect(part(el, 'number')!.textContent).to.contain('116 111');
    const full = await banner(html`<omj-hotline-banner number="+996 312-61-12-11"></omj-hotline-banner>`);
    expect(part(full, 'number')!.getAttribute('href')).to.equal('tel:+996312611211');
  });

  it('warns and makes no link for a number with words around its digits', async () => {
    let el!: OmjHotlineBanner;
    const warnings = await collectWarnings(async () => {
      el = await banner(html`<omj-hotline-banner number="call 111"><a href="tel:111">111</a></omj-hotline-banner>`);
    });
    expect(warnings).to.deep.equal([
      '<omj-hotline-banner> attribute number: "call 111" is not a number to dial (digits, spaces, dashes, a leading +)',
    ]);
    expect(el.shadowRoot!.querySelector('a[href^="tel:"]')).to.equal(null);
  });

  it('warns naming the attribute and makes no broken link for a number without digits', async () => {
    let el!: OmjHotlineBanner;
    const warnings = await collectWarnings(async () => {
      el = await banner(html`<omj-hotline-banner number="call us"><a href="tel:111">111</a></omj-hotline-banner>`);
    });
    expect(warnings).to.deep.equal(['<omj-hotline-banner> attribute number: "call us" has no digits to dial']);
    expect(el.shadowRoot!.querySelector('a[href^="tel:"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('slot')).not.to.equal(null);
  });

  it('warns naming the attribute, and shows no number, for a wrong country code', async () => {
    let el!: OmjHotlineBanner;
    const warnings = await collectWarnings(async () => {
      el = await banner(html`<omj-hotline-banner lang="ru" country="XX" .data=${feed()}><a href="tel:111">111</a></omj-hotline-banner>`);
    });
    expect(warnings).to.deep.equal(['<omj-hotline-banner> attribute country: "XX" is not an ISO 3166-1 code']);
    expect(part(el, 'empty')!.textContent!.trim()).to.equal('Номер телефона доверия пока не указан.');
    expect(part(el, 'number')).to.equal(null);
    expect(el.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('shows the fallback content and warns when neither a number nor a feed is given (an editor stripped them)', async () => {
    let el!: OmjHotlineBanner;
    const warnings = await collectWarnings(async () => {
      el = await banner(html`<omj-hotline-banner><a href="tel:111">Helpline 111</a></omj-hotline-banner>`);
      await waitUntil(() => el.shadowRoot!.querySelector('slot') !== null);
      await new Promise((resolve) => setTimeout(resolve));
    });
    expect(warnings).to.deep.equal([
      '<omj-hotline-banner> attribute feed: missing (removed by the page editor?); showing the fallback content',
    ]);
    expect(part(el, 'empty')).to.equal(null);
    expect(part(el, 'banner')).to.equal(null);
    expect(el.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
    visibleExit(el);
  });
});

describe('<omj-hotline-banner> states', function () {
  this.timeout(60_000); // axe's first run on a busy machine
  let originalFetch: typeof fetch;
  beforeEach(() => {
    originalFetch = window.fetch;
    resetFeedCache();
  });
  afterEach(() => {
    window.fetch = originalFetch;
  });

  it("while loading shows the partner's fallback number, or a loading message", async () => {
    window.fetch = () => new Promise<Response>(() => undefined);
    const withFallback = await banner(
      html`<omj-hotline-banner country="KG" feed="https://feeds.example.org/never.json"
      ><a href="tel:111">Child helpline: 111</a></omj-hotline-banner
    >`,
    );
    const slot = withFallback.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Child helpline: 111']);
    expect(withFallback.querySelector('a')!.getBoundingClientRect().height).to.be.above(0);
    visibleExit(withFallback);
    await expect(withFallback).to.be.accessible();

    const bare = await banner(html`<omj-hotline-banner country="KG" feed="https://feeds.example.org/never-2.json"></omj-hotline-banner>`);
    expect(part(bare, 'loading')).not.to.equal(null);
    visibleExit(bare);
    await expect(bare).to.be.accessible();
  });

  it('when the feed fails keeps the fallback visible and says so quietly', async () => {
    let el!: OmjHotlineBanner;
    await collectWarnings(async () => {
      el = await banner(
        html`<omj-hotline-banner country="KG" feed=${new URL('./fixtures/missing.json', import.meta.url).href}
        ><a href="tel:111">Child helpline: 111</a></omj-hotline-banner
      >`,
      );
      await waitUntil(() => part(el, 'error') !== null, 'no error state');
    });
    expect(el.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
    expect(text(el)).to.contain('error 404');
    visibleExit(el);
    await expect(el).to.be.accessible();
  });

  it('shows the number from attributes while the feed loads', async () => {
    window.fetch = () => new Promise<Response>(() => undefined);
    const el = await banner(
      html`<omj-hotline-banner country="KG" number="111" feed="https://feeds.example.org/never-3.json"></omj-hotline-banner>`,
    );
    expect(part(el, 'number')!.getAttribute('href')).to.equal('tel:111');
  });

  it('shows a stored copy with the stale note when the network fails', async () => {
    const url = new URL('./fixtures/hotlines.json?stale', import.meta.url).href;
    const first = await banner(html`<omj-hotline-banner country="KG" feed=${url}></omj-hotline-banner>`);
    await waitUntil(() => part(first, 'number') !== null, 'first load failed');
    resetFeedCache();
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    let el!: OmjHotlineBanner;
    await collectWarnings(async () => {
      el = await banner(html`<omj-hotline-banner country="KG" feed=${url}></omj-hotline-banner>`);
      await waitUntil(() => part(el, 'number') !== null, 'stale copy not shown');
    });
    expect(part(el, 'stale')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('without JavaScript, the documented fallback has a plain quick-exit link; with it, the button replaces that link', async () => {
    const docs = await (await fetch('/docs/hotline-banner.md')).text();
    const snippet = [...docs.matchAll(/```html\n([\s\S]*?)```/g)].map((match) => match[1]!).find((code) => code.includes('slot="exit"'));
    expect(snippet, 'docs/hotline-banner.md has no fallback with a quick-exit link').to.be.a('string');
    const markup = snippet!.slice(snippet!.indexOf('<omj-hotline-banner'), snippet!.indexOf('</omj-hotline-banner>') + 21);

    // No script: an element that is never defined renders its content as it is.
    const host = document.createElement('div');
    host.innerHTML = markup.replaceAll('omj-hotline-banner', 'omj-hotline-banner-without-js');
    document.body.append(host);
    try {
      const link = host.querySelector<HTMLAnchorElement>('a[slot="exit"]')!;
      expect(customElements.get('omj-hotline-banner-without-js')).to.equal(undefined);
      expect(link.textContent!.trim()).to.equal('Quick exit');
      expect(link.protocol).to.equal('https:');
      expect(link.relList.contains('noreferrer')).to.equal(true);
      expect(link.getBoundingClientRect().height).to.be.above(0);
      expect(host.querySelector('a[href^="tel:"]')!.getBoundingClientRect().height).to.be.above(0);

      // With the script, while the feed loads: the number, and one Quick exit (the button, not the link).
      window.fetch = () => new Promise<Response>(() => undefined);
      host.innerHTML = markup;
      const el = host.querySelector('omj-hotline-banner')!;
      await el.updateComplete;
      visibleExit(el);
      expect(el.querySelector('a[slot="exit"]')!.getBoundingClientRect().height).to.equal(0);
    } finally {
      host.remove();
    }
  });

  it('passes axe in the dark theme', async () => {
    const el = await banner(
      html`<omj-hotline-banner theme="dark" dismissible exit country="KG" .data=${feed()} .now=${MONDAY_19_BISHKEK}></omj-hotline-banner>`,
    );
    await expect(el).to.be.accessible();
  });
});

describe('<omj-hotline-banner> opening hours', () => {
  it('is open on Monday at 11:00 in Bishkek', async () => {
    const el = await banner(html`<omj-hotline-banner country="KG" .data=${feed()} .now=${MONDAY_11_BISHKEK}></omj-hotline-banner>`);
    expect(part(el, 'open-status')!.textContent).to.equal('Open now');
    expect(part(el, 'open')).not.to.equal(null);
    // The visitor (this browser) is in UTC, so the zone is named.
    expect(part(el, 'hours')!.textContent).to.equal('Open now · until 6:00\u00a0PM (GMT+6)');
  });

  it('is closed at 19:00 in Bishkek though a visitor in UTC sees 13:00', async () => {
    const el = await banner(html`<omj-hotline-banner country="KG" .data=${feed()} .now=${MONDAY_19_BISHKEK}></omj-hotline-banner>`);
    expect(part(el, 'closed')).not.to.equal(null);
    expect(part(el, 'hours')!.textContent).to.equal('Closed now · opens tomorrow at 9:00\u00a0AM (GMT+6)');
  });

  it("names the weekday at the weekend, in the visitor's language", async () => {
    const en = await banner(html`<omj-hotline-banner country="KG" .data=${feed()} .now=${SATURDAY_12_BISHKEK}></omj-hotline-banner>`);
    expect(part(en, 'hours')!.textContent).to.equal('Closed now · opens Monday at 9:00\u00a0AM (GMT+6)');
    const ru = await banner(
      html`<omj-hotline-banner lang="ru" country="KG" .data=${feed()} .now=${SATURDAY_12_BISHKEK}></omj-hotline-banner>`,
    );
    expect(part(ru, 'hours')!.textContent).to.equal('Сейчас не работает · откроется в понедельник в\u00a09:00 (GMT+6)');
    const ky = await banner(
      html`<omj-hotline-banner lang="ky" country="KG" .data=${feed()} .now=${SATURDAY_12_BISHKEK}></omj-hotline-banner>`,
    );
    expect(part(ky, 'hours')!.textContent).to.equal('Азыр иштебейт · Ачылыш убактысы: дүйшөмбү, саат\u00a09:00 (GMT+6)');
  });

  it("leaves out the zone when the visitor's clock agrees with the hotline's", async () => {
    const data = hotlineFeed(kgHotline({ hours: { time_zone: 'UTC', open: [{ days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00' }] } }));
    const el = await banner(html`<omj-hotline-banner country="KG" .data=${data} .now=${SATURDAY_12_BISHKEK}></omj-hotline-banner>`);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.be.oneOf(['UTC', 'Etc/UTC']);
    expect(part(el, 'hours')!.textContent).to.equal('Closed now · opens Monday at 9:00\u00a0AM');
  });

  it("leaves out the hours line when the feed's time zone is unknown (the parser drops the hours, warning)", async () => {
    const data = hotlineFeed(kgHotline({ hours: { time_zone: 'Mars/Olympus', open: '24/7' } }));
    let el!: OmjHotlineBanner;
    const warnings = await collectWarnings(async () => {
      el = await banner(html`<omj-hotline-banner country="KG" .data=${data}></omj-hotline-banner>`);
    });
    expect(part(el, 'number')!.getAttribute('href')).to.equal('tel:111');
    expect(part(el, 'hours')).to.equal(null);
    expect(warnings.join('\n')).to.contain('time_zone');
  });

  it('says 24/7 lines are open around the clock', async () => {
    const data = hotlineFeed(kgHotline({ hours: { time_zone: 'Asia/Bishkek', open: '24/7' } }));
    const el = await banner(html`<omj-hotline-banner lang="ky" country="KG" .data=${data}></omj-hotline-banner>`);
    expect(part(el, 'hours')!.textContent).to.equal('Күнү-түнү иштейт');
    expect(part(el, 'open')).not.to.equal(null);
  });

  it('handles "to": "24:00"', async () => {
    const data = hotlineFeed(kgHotline({ hours: { time_zone: 'Asia/Bishkek', open: [{ days: [6], from: '10:00', to: '24:00' }] } }));
    const el = await banner(
      html`<omj-hotline-banner country="KG" .data=${data} .now=${new Date('2025-03-08T17:30:00Z')}></omj-hotline-banner>`,
    );
    expect(part(el, 'hours')!.textContent).to.equal('Open now · until 12:00\u00a0AM (GMT+6)');
    el.now = new Date('2025-03-08T18:00:00Z'); // Sunday 00:00 in Bishkek
    await el.updateComplete;
    expect(part(el, 'hours')!.textContent).to.equal('Closed now · opens Saturday at 10:00\u00a0AM (GMT+6)');
  });
});

describe('<omj-hotline-banner> times on a phone', () => {
  it('never breaks a time across lines on a 390 px phone', async () => {
    const el = await banner(
      html`<omj-hotline-banner free dismissible country="KG" .data=${feed()} .now=${SATURDAY_12_BISHKEK}></omj-hotline-banner>`,
    );
    el.style.width = '390px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const time = part(el, 'time')!;
    expect(time.textContent).to.equal('9:00\u00a0AM');
    expect(getComputedStyle(time).whiteSpace).to.equal('nowrap');
    expect(time.getClientRects()).to.have.length(1);
    // Narrower still, where the line must wrap somewhere: still not inside the time.
    el.style.width = '200px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(time.getClientRects()).to.have.length(1);
  });
});

describe('<omj-hotline-banner> languages', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('speaks Russian and Kyrgyz', async () => {
    const ru = await banner(
      html`<omj-hotline-banner lang="ru" country="KG" .data=${feed()} exit dismissible .now=${MONDAY_11_BISHKEK}></omj-hotline-banner>`,
    );
    expect(part(ru, 'name')!.textContent).to.equal('Детский телефон доверия');
    expect(part(ru, 'free-badge')!.textContent).to.equal('Звонок бесплатный');
    expect(part(ru, 'exit')!.textContent!.trim()).to.equal('Быстрый выход');
    expect(part(ru, 'dismiss')!.getAttribute('aria-label')).to.equal('Скрыть');
    expect(part(ru, 'number')!.getAttribute('aria-label')).to.equal('Детский телефон доверия: позвонить по номеру 111');
    expect(part(ru, 'banner')!.getAttribute('aria-label')).to.equal('Детский телефон доверия');
    expect(part(ru, 'open-status')!.textContent).to.equal('Сейчас работает');
    expect(part(ru, 'message')!.textContent!.trim()).to.equal('Хочешь поговорить? Позвони.');

    const ky = await banner(
      html`<omj-hotline-banner lang="ky" country="KG" .data=${feed()} .now=${MONDAY_19_BISHKEK}></omj-hotline-banner>`,
    );
    expect(part(ky, 'name')!.textContent).to.equal('Балдардын ишеним телефону');
    expect(part(ky, 'free-badge')!.textContent).to.equal('Акысыз чалуу');
    expect(part(ky, 'hours')!.textContent).to.equal('Азыр иштебейт · Ачылыш убактысы: эртең, саат\u00a09:00 (GMT+6)');
    // The feed's English description is not shown to a Kyrgyz reader; our own sentence is.
    expect(part(ky, 'message')!.textContent!.trim()).to.equal('Сүйлөшкүң келеби? Чал.');
  });

  it('says the Russian and Kyrgyz hours exactly', async () => {
    // A hotline on UTC (this browser's zone), so no zone is added.
    const utc = (days: number[]) => hotlineFeed(kgHotline({ hours: { time_zone: 'UTC', open: [{ days, from: '09:00', to: '18:00' }] } }));
    const monday11 = new Date('2025-03-10T11:00:00Z');
    const hours = async (lang: string, data: unknown, now: Date) =>
      part(await banner(html`<omj-hotline-banner lang=${lang} country="KG" .data=${data} .now=${now}></omj-hotline-banner>`), 'hours')!
        .textContent;
    expect(await hours('ru', utc([1]), monday11)).to.equal('Сейчас работает · до\u00a018:00');
    expect(await hours('ky', utc([1]), monday11)).to.equal('Азыр иштеп жатат · саат\u00a018:00гө чейин иштейт');
    expect(await hours('ru', utc([3]), monday11)).to.equal('Сейчас не работает · откроется в среду в\u00a09:00');
    expect(await hours('ru', utc([5]), monday11)).to.equal('Сейчас не работает · откроется в пятницу в\u00a09:00');
    expect(await hours('ru', utc([6]), monday11)).to.equal('Сейчас не работает · откроется в субботу в\u00a09:00');
    expect(await hours('ru', utc([2]), monday11)).to.equal('Сейчас не работает · откроется завтра в\u00a09:00');
    expect(await hours('ky', utc([3]), monday11)).to.equal('Азыр иштебейт · Ачылыш убактысы: шаршемби, саат\u00a09:00');
  });

  it("lists the line's languages in the visitor's language", async () => {
    const ru = await banner(html`<omj-hotline-banner lang="ru" country="KG" .data=${feed()}></omj-hotline-banner>`);
    expect(part(ru, 'languages')!.textContent).to.equal('Языки: кыргызский и русский');
    const ky = await banner(html`<omj-hotline-banner lang="ky" country="KG" .data=${feed()}></omj-hotline-banner>`);
    // Debian's Chromium has no Kyrgyz data (our names); browsers that have it name them the same.
    expect(part(ky, 'languages')!.textContent).to.equal('Тилдер: кыргызча жана орусча');
    const none = await banner(
      html`<omj-hotline-banner country="KG" .data=${hotlineFeed(kgHotline({ languages: [] }))}></omj-hotline-banner>`,
    );
    expect(part(none, 'languages')).to.equal(null);
  });

  it('follows the page language when it changes at run time', async () => {
    const el = await banner(html`<omj-hotline-banner country="KG" .data=${feed()} .now=${MONDAY_11_BISHKEK}></omj-hotline-banner>`);
    expect(part(el, 'open-status')!.textContent).to.equal('Open now');
    document.documentElement.lang = 'ru';
    await waitUntil(() => part(el, 'open-status')!.textContent === 'Сейчас работает', 'did not switch to Russian');
    document.documentElement.lang = 'ky';
    await waitUntil(() => part(el, 'open-status')!.textContent === 'Азыр иштеп жатат', 'did not switch to Kyrgyz');
  });
});
