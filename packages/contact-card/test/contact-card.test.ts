import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetFeedCache } from '@omj/feed';
import '../src/index.js';
import type { OmjContactCard } from '../src/contact-card.js';
import { collectWarnings, fixtureUrl, parseVCard, part, parts, seedFeed, text } from './helpers.js';

const card = (template: ReturnType<typeof html>) => fixture<OmjContactCard>(template);
const names = (el: OmjContactCard) => parts(el, 'name').map((name) => name.textContent!.trim());

// (localStorage is shared with test files running in parallel in other tabs: leave it alone.)
beforeEach(() => resetFeedCache());

describe('<omj-contact-card> from a feed', () => {
  it('isolates feed text: name, role and organization are unicode-bidi: isolate (#12)', async () => {
    const el = await card(html`<omj-contact-card contact="unicef-kg-solodunova" .data=${await seedFeed()}></omj-contact-card>`);
    const shown = ['name', 'role', 'organization'].map((name) => part(el, name)).filter((node): node is HTMLElement => node !== null);
    expect(shown.length).to.be.greaterThan(1);
    for (const node of shown) expect(getComputedStyle(node).unicodeBidi, node.outerHTML).to.equal('isolate');
  });

  it('shows one contact by id, through the real parser: tel: link with extension, readable number, mailto', async () => {
    const el = await card(html`<omj-contact-card contact="unicef-kg-solodunova" .data=${await seedFeed()}></omj-contact-card>`);
    expect(names(el)).to.deep.equal(['Galina Solodunova']);
    expect(part(el, 'role')!.textContent).to.equal('External Communication Officer');
    expect(part(el, 'organization')!.textContent).to.equal('UNICEF Kyrgyzstan');
    const phone = part<HTMLAnchorElement>(el, 'phone')!;
    expect(phone.getAttribute('href')).to.equal('tel:+996312611211;ext=143');
    expect(phone.textContent!.replace(/\s+/g, ' ').trim()).to.equal('+996 312 61 12 11 ext. 143');
    expect(phone.getAttribute('dir')).to.equal('ltr');
    const mobile = part<HTMLAnchorElement>(el, 'mobile')!;
    expect(mobile.getAttribute('href')).to.equal('tel:+996775580261');
    expect(mobile.textContent!.trim()).to.equal('+996 775 58 02 61');
    const email = part<HTMLAnchorElement>(el, 'email')!;
    expect(email.getAttribute('href')).to.equal('mailto:gsolodunova@example.org');
    expect(email.textContent).to.equal('gsolodunova@example.org');
    expect(parts(el, 'card')).to.have.length(1);
    expect(part(el, 'copy')!.getAttribute('aria-label')).to.equal('Copy: +996 312 61 12 11 ext. 143');
    await expect(el).to.be.accessible();
  });

  it('shows several ids in the order given, as a list', async () => {
    const el = await card(
      html`<omj-contact-card contact="unicef-omj-schuepp insan-otunchieva" .data=${await seedFeed()}></omj-contact-card>`,
    );
    expect(names(el)).to.deep.equal(['Chris Schuepp', 'Gulina Otunchieva']);
    expect(el.shadowRoot!.querySelectorAll('ul > li[part~="card"]')).to.have.length(2);
    expect(part<HTMLAnchorElement>(el, 'phone')!.getAttribute('href')).to.equal('tel:+4917623107083');
    expect(part(el, 'phone')!.textContent!.trim()).to.equal('+49 176 231 070 83');
    await expect(el).to.be.accessible();
  });

  it('shows every contact of an organization, and every contact when nothing is chosen', async () => {
    const data = await seedFeed();
    const org = await card(html`<omj-contact-card organization="generation-insan" .data=${data}></omj-contact-card>`);
    expect(names(org)).to.deep.equal(['Gulina Otunchieva']);
    const all = await card(html`<omj-contact-card .data=${data}></omj-contact-card>`);
    expect(names(all)).to.deep.equal(['Galina Solodunova', 'Gulina Otunchieva', 'Chris Schuepp']);
  });

  it('loads the feed from a URL', async () => {
    const el = await card(html`<omj-contact-card organization="unicef-kg" feed=${fixtureUrl}></omj-contact-card>`);
    await waitUntil(() => part(el, 'name') !== null, 'contact never appeared');
    expect(names(el)).to.deep.equal(['Galina Solodunova']);
    expect(part(el, 'phone')!.getAttribute('href')).to.equal('tel:+996312611211;ext=143');
  });

  it("links the name to the contact's page when the feed gives one", async () => {
    const el = await card(html`<omj-contact-card contact="unicef-omj-schuepp" .data=${await seedFeed()}></omj-contact-card>`);
    expect(part(el, 'name')!.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/oneminutesjr/');
  });

  it('warns naming the attribute when an id is not found, and keeps the ids that exist', async () => {
    const data = await seedFeed();
    let el!: OmjContactCard;
    const warnings = await collectWarnings(async () => {
      el = await card(html`<omj-contact-card contact="nobody unicef-kg-solodunova" .data=${data}></omj-contact-card>`);
    });
    expect(names(el)).to.deep.equal(['Galina Solodunova']);
    expect(warnings).to.include('<omj-contact-card> attribute contact: "nobody" is not in the feed');
    const empty = await card(html`<omj-contact-card contact="nobody" .data=${data}></omj-contact-card>`);
    expect(part(empty, 'empty')!.textContent!.trim()).to.equal('No contacts.');
    await expect(empty).to.be.accessible();
    const ru = await card(html`<omj-contact-card lang="ru" organization="who" .data=${data}></omj-contact-card>`);
    expect(part(ru, 'empty')!.textContent!.trim()).to.equal('Нет контактов.');
    const ky = await card(html`<omj-contact-card lang="ky" organization="who" .data=${data}></omj-contact-card>`);
    expect(part(ky, 'empty')!.textContent!.trim()).to.equal('Байланыштар жок.');
    // With fallback content, the partner's text stays instead of the message.
    const kept = await card(html`<omj-contact-card contact="nobody" .data=${data}><p>Call +996 312 61 12 11</p></omj-contact-card>`);
    expect(part(kept, 'empty')).to.equal(null);
    expect(kept.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!.assignedElements()[0]!.textContent).to.equal(
      'Call +996 312 61 12 11',
    );
    // A comment a CMS leaves inside the element is not fallback content: the message still shows.
    const commented = await card(html`<omj-contact-card contact="nobody" .data=${data}><!-- wp:omj/contact --></omj-contact-card>`);
    expect(part(commented, 'empty')!.textContent!.trim()).to.equal('No contacts.');
  });
});

describe('<omj-contact-card> languages', () => {
  it('speaks Russian and Kyrgyz, and marks text that is in another language', async () => {
    const data = await seedFeed();
    const ru = await card(
      html`<omj-contact-card lang="ru" contact="unicef-kg-solodunova insan-otunchieva" .data=${data}></omj-contact-card>`,
    );
    expect(names(ru)).to.deep.equal(['Галина Солодунова', 'Гулина Отунчиева']);
    expect(part(ru, 'name')!.getAttribute('lang')).to.equal('ru');
    expect(part(ru, 'phone')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('+996 312 61 12 11 доб. 143');
    expect(text(ru)).to.contain('Мобильный');
    expect(part(ru, 'save')!.getAttribute('aria-label')).to.equal('Сохранить контакт: Галина Солодунова');
    // Otunchieva's organization exists only in English.
    const orgs = parts(ru, 'organization');
    expect(orgs[1]!.textContent).to.equal('Generation Insan Foundation');
    expect(orgs[1]!.getAttribute('lang')).to.equal('en');
    await expect(ru).to.be.accessible();

    const ky = await card(
      html`<omj-contact-card lang="ky" contact="unicef-kg-solodunova insan-otunchieva" .data=${data}></omj-contact-card>`,
    );
    expect(part(ky, 'phone')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('+996 312 61 12 11 ички номер 143');
    expect(part(ky, 'copy')!.getAttribute('aria-label')).to.equal('Көчүрүү: +996 312 61 12 11 ички номер 143');
    // No Kyrgyz name for Otunchieva: Russian comes before English for Kyrgyz readers.
    const kyNames = parts(ky, 'name');
    expect(kyNames[1]!.textContent!.trim()).to.equal('Гулина Отунчиева');
    expect(kyNames[1]!.getAttribute('lang')).to.equal('ru');
    await expect(ky).to.be.accessible();
  });
});

describe('<omj-contact-card> inline', () => {
  it('renders a contact from attributes alone, through the same phone rules', async () => {
    const el = await card(
      html`<omj-contact-card
      name="Gulina Otunchieva"
      job-title="Director"
      organization="Generation Insan Foundation"
      phone="+996 312 61 12 11 (ext. 143)"
      mobile="+996 (557) 26-11-15"
      email="info@example.org"
    ></omj-contact-card>`,
    );
    expect(names(el)).to.deep.equal(['Gulina Otunchieva']);
    expect(part(el, 'role')!.textContent).to.equal('Director');
    expect(part(el, 'organization')!.textContent).to.equal('Generation Insan Foundation');
    expect(part(el, 'phone')!.getAttribute('href')).to.equal('tel:+996312611211;ext=143');
    expect(part(el, 'mobile')!.getAttribute('href')).to.equal('tel:+996557261115');
    expect(part(el, 'mobile')!.textContent!.trim()).to.equal('+996 557 26 11 15');
    expect(part(el, 'email')!.getAttribute('href')).to.equal('mailto:info@example.org');
    expect(el.hasAttribute('role')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('reads an extension written inside the phone attribute, in every usual form', async () => {
    for (const phone of [
      '+996 312 61 12 11 (ext. 143)',
      '+996 (312) 61-12-11 доб. 143',
      '+996.312.611211;ext=143',
      '+996 312 611211 x143',
    ]) {
      const el = await card(html`<omj-contact-card name="A Person" phone=${phone}></omj-contact-card>`);
      expect(part(el, 'phone')!.getAttribute('href'), phone).to.equal('tel:+996312611211;ext=143');
      expect(part(el, 'phone')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('+996 312 61 12 11 ext. 143');
    }
    const warnings = await collectWarnings(async () => {
      for (const bad of [
        '0312 61 12 11',
        '+0 312 611 211',
        '+996 31',
        '+99631261121112345',
        'tel:+996312611211',
        '+996 312 61 12 11 ext. 1a',
      ]) {
        const el = await card(html`<omj-contact-card name="A Person" phone=${bad}></omj-contact-card>`);
        expect(part(el, 'phone')!.hasAttribute('href'), bad).to.equal(false);
      }
    });
    expect(warnings).to.have.length(6);
  });

  it('shows a malformed phone as text without a tel: link and warns naming the field', async () => {
    let el!: OmjContactCard;
    const warnings = await collectWarnings(async () => {
      el = await card(
        html`<omj-contact-card name="A Person" phone="abc" mobile="0555 12 34 56" email="not-an-address"></omj-contact-card>`,
      );
    });
    expect(warnings).to.include('<omj-contact-card> attribute phone: "abc" is not an international phone number');
    expect(warnings).to.include('<omj-contact-card> attribute mobile: "0555 12 34 56" is not an international phone number');
    expect(warnings).to.include('<omj-contact-card> attribute email: "not-an-address" is not an email address');
    // Shown as written, and not a link (no href: not focusable, not announced as a link).
    const phone = part(el, 'phone')!;
    expect(phone.hasAttribute('href')).to.equal(false);
    expect(phone.textContent!.trim()).to.equal('abc');
    expect(part(el, 'mobile')!.hasAttribute('href')).to.equal(false);
    expect(part(el, 'email')!.hasAttribute('href')).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll(':any-link')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('a[href^="tel:"], a[href^="mailto:"]')).to.equal(null);
  });

  it('warns when inline details come without a name, and says there is nothing to show', async () => {
    let el!: OmjContactCard;
    const warnings = await collectWarnings(async () => {
      el = await card(html`<omj-contact-card phone="+996 312 61 12 11"></omj-contact-card>`);
    });
    expect(warnings).to.include('<omj-contact-card> attribute name: missing');
    expect(part(el, 'empty')!.textContent!.trim()).to.equal('No contacts.');
    await expect(el).to.be.accessible();
  });

  it('shows a heading slot and hides the fallback once the contact is shown', async () => {
    const el = await card(
      html`<omj-contact-card name="Chris Schuepp" phone="+4917623107083">
      <p slot="heading">For more information, please contact:</p>
      <p>Chris Schuepp, +49 176 23107083</p>
    </omj-contact-card>`,
    );
    const slots = [...el.shadowRoot!.querySelectorAll('slot')];
    expect(slots.map((slot) => slot.name)).to.deep.equal(['heading']);
    expect(slots[0]!.assignedElements()[0]!.textContent).to.equal('For more information, please contact:');
  });
});

describe('<omj-contact-card> states', () => {
  it('while loading: shows the fallback content, with the loading status for screen readers', async () => {
    const el = await card(
      html`<omj-contact-card feed="/__feed-test/slow.json?ms=4000"><p>Galina Solodunova, +996 312 61 12 11</p></omj-contact-card>`,
    );
    expect(part(el, 'loading')).not.to.equal(null);
    expect(part(el, 'loading')!.closest('.visually-hidden')).not.to.equal(null);
    expect(el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!.assignedElements()).to.have.length(1);
    await expect(el).to.be.accessible();
    const bare = await card(html`<omj-contact-card feed="/__feed-test/slow.json?ms=4000"></omj-contact-card>`);
    expect(part(bare, 'loading')!.closest('.visually-hidden')).to.equal(null);
    expect(part(bare, 'loading')!.textContent).to.contain('Loading…');
    await expect(bare).to.be.accessible();
  });

  it('on error: says so, offers to try again, and keeps the fallback visible', async () => {
    const el = await card(html`<omj-contact-card feed="/__feed-test/500.json"><p>Call +996 312 61 12 11</p></omj-contact-card>`);
    await waitUntil(() => part(el, 'error') !== null, 'no error shown');
    expect(part(el, 'error')!.textContent).to.contain('error 500');
    expect(part(el, 'retry')).not.to.equal(null);
    expect(el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!.assignedElements()[0]!.textContent).to.equal(
      'Call +996 312 61 12 11',
    );
    await expect(el).to.be.accessible();
  });

  it('says when the feed has no contacts', async () => {
    const data = await seedFeed();
    (data as { items: unknown[] }).items = [];
    const el = await card(html`<omj-contact-card .data=${data}></omj-contact-card>`);
    expect(part(el, 'empty')!.textContent!.trim()).to.equal('No contacts.');
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark theme, and as a list', async () => {
    const data = await seedFeed();
    const dark = await card(html`<omj-contact-card theme="dark" .data=${data}></omj-contact-card>`);
    await expect(dark).to.be.accessible();
    const list = await card(html`<omj-contact-card layout="list" theme="dark" lang="ky" .data=${data}></omj-contact-card>`);
    expect(names(list)).to.have.length(3);
    await expect(list).to.be.accessible();
  });
});

describe('<omj-contact-card> copy', () => {
  const original = Clipboard.prototype.writeText;
  const originalExec = document.execCommand;
  let copied: string[];
  beforeEach(() => {
    copied = [];
    Clipboard.prototype.writeText = async (value: string) => {
      copied.push(value);
    };
  });
  afterEach(() => {
    Clipboard.prototype.writeText = original;
    document.execCommand = originalExec;
  });

  // What the live regions say (only the one beside the pressed button is ever filled).
  const said = (el: OmjContactCard) =>
    parts(el, 'message')
      .map((node) => node.textContent!.trim())
      .join('');

  for (const [lang, word] of [
    ['en', 'Copied'],
    ['ru', 'Скопировано'],
    ['ky', 'Көчүрүлдү'],
  ] as const) {
    it(`copies the phone number and announces "${word}" (${lang})`, async () => {
      const el = await card(
        html`<omj-contact-card lang=${lang} contact="unicef-kg-solodunova" .data=${await seedFeed()}></omj-contact-card>`,
      );
      const message = part(el, 'message')!;
      expect(message.getAttribute('role')).to.equal('status');
      expect(said(el)).to.equal('');
      parts(el, 'copy')[0]!.click();
      await waitUntil(() => said(el) !== '', 'nothing announced');
      expect(said(el)).to.equal(word);
      expect(copied).to.deep.equal([`+996 312 61 12 11 ${{ en: 'ext.', ru: 'доб.', ky: 'ички номер' }[lang]} 143`]);
      await expect(el).to.be.accessible();
    });
  }

  it('copies the email address, and announces a second copy again', async () => {
    const el = await card(html`<omj-contact-card contact="unicef-kg-solodunova" .data=${await seedFeed()}></omj-contact-card>`);
    parts(el, 'copy')[2]!.click();
    await waitUntil(() => said(el) === 'Copied', 'first copy not announced');
    const texts: string[] = [];
    const observer = new MutationObserver(() => texts.push(said(el)));
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    parts(el, 'copy')[1]!.click();
    await waitUntil(() => copied.length === 2 && texts.at(-1) === 'Copied', 'second copy not announced');
    observer.disconnect();
    expect(texts).to.include('');
    expect(copied).to.deep.equal(['gsolodunova@example.org', '+996 775 58 02 61']);
  });

  it('says honestly when copying failed', async () => {
    Clipboard.prototype.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    document.execCommand = () => false;
    const el = await card(html`<omj-contact-card lang="ru" contact="unicef-kg-solodunova" .data=${await seedFeed()}></omj-contact-card>`);
    parts(el, 'copy')[1]!.click();
    await waitUntil(() => said(el) !== '', 'nothing announced');
    expect(said(el)).to.equal('Не удалось скопировать');
  });

  it('falls back to execCommand on a hidden textarea when the Clipboard API refuses (messenger WebViews)', async () => {
    Clipboard.prototype.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    let selected = '';
    document.execCommand = (command: string) => {
      selected = command === 'copy' ? (el.shadowRoot!.querySelector('textarea')?.value ?? '') : '';
      return true;
    };
    const el = await card(html`<omj-contact-card contact="unicef-kg-solodunova" .data=${await seedFeed()}></omj-contact-card>`);
    const button = parts(el, 'copy')[1]!;
    button.focus();
    button.click();
    await waitUntil(() => said(el) !== '', 'nothing announced');
    expect(said(el)).to.equal('Copied');
    expect(selected).to.equal('+996 775 58 02 61');
    expect(el.shadowRoot!.querySelector('textarea')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('says so too where the page has no Clipboard API (an http: page)', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    document.execCommand = () => false;
    try {
      const el = await card(html`<omj-contact-card contact="unicef-kg-solodunova" .data=${await seedFeed()}></omj-contact-card>`);
      parts(el, 'copy')[0]!.click();
      await waitUntil(() => said(el) !== '', 'nothing announced');
      expect(said(el)).to.equal('Could not copy');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
    expect(navigator.clipboard).to.be.an.instanceOf(Clipboard);
  });
});

describe('<omj-contact-card> Save contact', () => {
  const originalCreate = URL.createObjectURL;
  const originalClick = HTMLAnchorElement.prototype.click;
  let blobs: Blob[];
  let downloads: { href: string; download: string }[];
  beforeEach(() => {
    blobs = [];
    downloads = [];
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return originalCreate.call(URL, blob);
    };
    // Record the download instead of letting the test browser save a file.
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push({ href: this.href, download: this.download });
    };
  });
  afterEach(() => {
    URL.createObjectURL = originalCreate;
    HTMLAnchorElement.prototype.click = originalClick;
  });

  it('downloads a UTF-8 vCard named after the person, Cyrillic intact', async () => {
    const el = await card(html`<omj-contact-card lang="ru" contact="unicef-kg-solodunova" .data=${await seedFeed()}></omj-contact-card>`);
    part(el, 'save')!.click();
    expect(blobs).to.have.length(1);
    expect(downloads).to.have.length(1);
    expect(downloads[0]!.download).to.equal('Галина-Солодунова.vcf');
    expect(downloads[0]!.href).to.match(/^blob:/);
    expect(blobs[0]!.type).to.equal('text/vcard;charset=utf-8');
    const { lines, physical } = parseVCard(new Uint8Array(await blobs[0]!.arrayBuffer()));
    for (const line of physical) expect(line.length).to.be.at.most(75);
    const get = (name: string) => lines.find((line) => line.name === name)?.value;
    expect(get('FN')).to.equal('Галина Солодунова');
    expect(get('N')).to.equal('Солодунова;Галина;;;');
    expect(get('ORG')).to.equal('ЮНИСЕФ в Кыргызстане');
    expect(get('TITLE')).to.equal('Специалист по внешним коммуникациям');
    expect(lines.filter((line) => line.name === 'TEL').map((line) => line.value)).to.deep.equal(['+996312611211,143', '+996775580261']);
    expect(get('EMAIL')).to.equal('gsolodunova@example.org');
  });
});

describe('<omj-contact-card> keyboard', () => {
  it('tabs name → phone → copy → email → copy → save, and Enter / Space activate', async () => {
    const original = Clipboard.prototype.writeText;
    const copied: string[] = [];
    Clipboard.prototype.writeText = async (value: string) => {
      copied.push(value);
    };
    const originalClick = HTMLAnchorElement.prototype.click;
    const downloads: string[] = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    };
    try {
      // (A custom element as the fixture root: a plain <div> root waits for an animation frame, which a
      // background tab of the parallel test run never gets.)
      const el = await card(html`<omj-contact-card contact="unicef-omj-schuepp" .data=${await seedFeed()}></omj-contact-card>`);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      const order: string[] = [];
      for (let i = 0; i < 6; i++) {
        await sendKeys({ press: 'Tab' });
        const active = el.shadowRoot!.activeElement as HTMLElement;
        order.push(active.closest('[part]')!.getAttribute('part')!.split(' ')[0]!);
      }
      expect(order).to.deep.equal(['name', 'phone', 'copy', 'email', 'copy', 'save']);

      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal('Copy: cschuepp@example.org');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => copied.length === 1, 'Enter did not copy');
      expect(copied).to.deep.equal(['cschuepp@example.org']);

      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      expect(downloads).to.deep.equal(['Chris-Schuepp.vcf']);
    } finally {
      Clipboard.prototype.writeText = original;
      HTMLAnchorElement.prototype.click = originalClick;
    }
  });
});

describe('<omj-contact-card> JSON-LD', () => {
  it('adds schema.org Person data in light DOM, escaped, and removes it with the attribute', async () => {
    const data = await seedFeed();
    const el = await card(html`<omj-contact-card json-ld contact="unicef-omj-schuepp" .data=${data}></omj-contact-card>`);
    const script = el.querySelector('script[type="application/ld+json"]')!;
    expect(script).not.to.equal(null);
    const json = JSON.parse(script.textContent!) as Record<string, unknown>;
    expect(json).to.deep.include({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Chris Schuepp',
      jobTitle: 'Project coordinator',
      email: 'cschuepp@example.org',
      contactPoint: [{ '@type': 'ContactPoint', contactType: 'work', telephone: '+4917623107083' }],
      url: 'https://example.org/oneminutesjr/',
    });
    expect(el.querySelectorAll('script')).to.have.length(1);
    // It is never shown as fallback content.
    expect(part(el, 'name')).not.to.equal(null);
    el.jsonLd = false;
    await el.updateComplete;
    expect(el.querySelector('script')).to.equal(null);
  });

  it('escapes < so a name cannot close the script', async () => {
    const name = 'Chris </script><script>alert(1)</script><!--';
    const el = await card(html`<omj-contact-card json-ld name=${name} phone="+4917623107083"></omj-contact-card>`);
    const script = el.querySelector('script[type="application/ld+json"]')!;
    expect(script.textContent).not.to.contain('<');
    expect(script.textContent).to.contain('\\u003c/script>');
    expect((JSON.parse(script.textContent!) as { name: string }).name).to.equal(name);
    expect(part(el, 'name')!.textContent!.trim()).to.equal(name);
    // Serialized as HTML (a CMS saving the page), the script still holds exactly one element.
    const copy = new DOMParser().parseFromString(`<body>${el.outerHTML}</body>`, 'text/html');
    expect(copy.querySelectorAll('script')).to.have.length(1);
  });

  it('adopts the script a saved page already holds instead of adding a second one', async () => {
    const el = await card(
      html`<omj-contact-card json-ld contact="unicef-omj-schuepp" .data=${await seedFeed()}
      ><script type="application/ld+json" data-omj-json-ld>{"name":"old"}</script></omj-contact-card
    >`,
    );
    const scripts = el.querySelectorAll('script');
    expect(scripts).to.have.length(1);
    expect((JSON.parse(scripts[0]!.textContent!) as { name: string }).name).to.equal('Chris Schuepp');
  });

  it('lists several people, and follows the language', async () => {
    const el = await card(html`<omj-contact-card json-ld organization="unicef-kg" lang="ru" .data=${await seedFeed()}></omj-contact-card>`);
    let json = JSON.parse(el.querySelector('script')!.textContent!) as { name: string };
    expect(json.name).to.equal('Галина Солодунова');
    el.contact = 'unicef-kg-solodunova insan-otunchieva';
    el.organization = undefined;
    await el.updateComplete;
    const list = JSON.parse(el.querySelector('script')!.textContent!) as { name: string }[];
    expect(list.map((person) => person.name)).to.deep.equal(['Галина Солодунова', 'Гулина Отунчиева']);
    el.setAttribute('lang', 'en');
    await aTimeout(0);
    await el.updateComplete;
    json = (JSON.parse(el.querySelector('script')!.textContent!) as { name: string }[])[0]!;
    expect(json.name).to.equal('Galina Solodunova');
  });
});
