import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { resetFeedCache } from '@omj/feed';
import '../src/index.js';
import type { ContactCopyDetail, ContactVCardDetail, OmjContactCard } from '../src/contact-card.js';
import { parts, seedFeed } from './helpers.js';

beforeEach(() => resetFeedCache());

const card = async (lang = 'en', contact = 'unicef-kg-solodunova insan-otunchieva') =>
  fixture<OmjContactCard>(html`<omj-contact-card lang=${lang} contact=${contact} .data=${await seedFeed()}></omj-contact-card>`);

/**
 * On a 320 px phone, every link and button of the card is at least 44 × 44 px (docs/accessibility.md;
 * WCAG 2.5.8 asks 24): the tel:/mailto: links were 19 px tall.
 */
describe('<omj-contact-card> target size at 320 px', () => {
  before(() => setViewport({ width: 320, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const layout of ['card', 'list']) {
    it(`${layout}: every link and button is at least 44 × 44 px`, async () => {
      const el = await fixture<OmjContactCard>(html`<omj-contact-card layout=${layout} .data=${await seedFeed()}></omj-contact-card>`);
      const targets = [...el.shadowRoot!.querySelectorAll<HTMLElement>('a, button')];
      expect(targets.length).to.be.greaterThan(10);
      const small = targets
        .map((node) => ({ node, box: node.getBoundingClientRect() }))
        .filter(({ box }) => box.height < 44 || box.width < 44)
        .map(({ node, box }) => `${node.getAttribute('part') ?? node.localName} ${Math.round(box.width)}×${Math.round(box.height)}`);
      expect(small).to.deep.equal([]);
      expect(document.documentElement.clientWidth).to.equal(320);
    });
  }
});

describe('<omj-contact-card> copy feedback beside the pressed button', () => {
  const original = Clipboard.prototype.writeText;
  const realSetTimeout = window.setTimeout;
  let copied: string[];
  /** The card's own timers (copy feedback, vCard URL), held here: the test runs them when it chooses. */
  let held: { delay: number; run: () => void }[];
  before(() => setViewport({ width: 320, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(() => {
    copied = [];
    held = [];
    Clipboard.prototype.writeText = async (value: string) => {
      copied.push(value);
    };
    window.setTimeout = ((fn: () => void, delay?: number, ...rest: unknown[]) => {
      if (delay !== undefined && delay >= 1000) {
        held.push({ delay, run: fn });
        return 0;
      }
      return realSetTimeout(fn, delay, ...rest);
    }) as typeof window.setTimeout;
  });
  afterEach(() => {
    Clipboard.prototype.writeText = original;
    window.setTimeout = realSetTimeout;
  });

  const messages = (el: OmjContactCard) => parts(el, 'message').map((node) => node.textContent!.trim());

  for (const [lang, word] of [
    ['en', 'Copied'],
    ['ru', 'Скопировано'],
    ['ky', 'Көчүрүлдү'],
  ] as const) {
    it(`says "${word}" right beside the pressed button, in a live region (${lang})`, async () => {
      const el = await card(lang);
      const buttons = parts(el, 'copy');
      // The second contact's mobile: far from the end of the list, where the message used to be.
      const pressed = buttons[4]!;
      pressed.click();
      await waitUntil(() => messages(el).some(Boolean), 'nothing said');
      const message = pressed.nextElementSibling as HTMLElement;
      expect(message.getAttribute('part')).to.equal('message');
      expect(message.getAttribute('role')).to.equal('status'); // polite live region, there before it was filled
      expect(message.textContent!.trim()).to.equal(word);
      expect(messages(el).filter(Boolean)).to.deep.equal([word]); // said once, only there
      const button = pressed.getBoundingClientRect();
      const box = message.getBoundingClientRect();
      // Beside it (same line) or right under it: within a finger's width of the button.
      const gap = Math.max(box.left - button.right, box.top - button.bottom, 0);
      expect(gap, `message ${JSON.stringify(box)} button ${JSON.stringify(button)}`).to.be.at.most(16);
      expect(box.top).to.be.at.least(button.top - 1);
      await expect(el).to.be.accessible();
    });
  }

  it('clears the message when its timer runs (5 s, on a clock the test holds)', async () => {
    const el = await card();
    parts(el, 'copy')[0]!.click();
    await waitUntil(() => messages(el).some(Boolean), 'nothing said');
    const timer = held.find(({ delay }) => delay === 5000);
    expect(timer, 'a 5 s timer for the message').to.not.equal(undefined);
    expect(messages(el).join('')).to.equal('Copied');
    timer!.run();
    await el.updateComplete;
    expect(messages(el).join('')).to.equal('');
  });

  it("fires omj-copy with { id, field, value, ok }, composed, for the page's own analytics", async () => {
    const el = await card('ru');
    const seen: ContactCopyDetail[] = [];
    const listener = (event: CustomEvent<ContactCopyDetail>) => seen.push(event.detail);
    document.addEventListener('omj-copy', listener);
    try {
      parts(el, 'copy')[0]!.click();
      await waitUntil(() => seen.length === 1, 'no omj-copy');
      Clipboard.prototype.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      const exec = document.execCommand;
      document.execCommand = () => false;
      parts(el, 'copy')[4]!.click();
      await waitUntil(() => seen.length === 2, 'no second omj-copy');
      document.execCommand = exec;
    } finally {
      document.removeEventListener('omj-copy', listener);
    }
    expect(seen).to.deep.equal([
      { id: 'unicef-kg-solodunova', field: 'phone', value: '+996 312 61 12 11 доб. 143', ok: true },
      { id: 'insan-otunchieva', field: 'mobile', value: '+996 557 26 11 15', ok: false },
    ]);
  });

  it('fires omj-vcard with { id, fileName }; an inline contact is named by the element id', async () => {
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = () => {};
    const seen: ContactVCardDetail[] = [];
    const listener = (event: CustomEvent<ContactVCardDetail>) => seen.push(event.detail);
    document.addEventListener('omj-vcard', listener);
    try {
      const el = await card('en', 'unicef-kg-solodunova');
      parts(el, 'save')[0]!.click();
      const inline = await fixture<OmjContactCard>(
        html`<omj-contact-card id="press" name="Ann Lee" phone="+996312611211"></omj-contact-card>`,
      );
      parts(inline, 'save')[0]!.click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
      document.removeEventListener('omj-vcard', listener);
    }
    expect(seen).to.deep.equal([
      { id: 'unicef-kg-solodunova', fileName: 'Galina-Solodunova.vcf' },
      { id: 'press', fileName: 'Ann-Lee.vcf' },
    ]);
  });
});
