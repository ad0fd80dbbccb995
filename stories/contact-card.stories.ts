/**
 * `<omj-contact-card>`: every state, one contact and a list, inline (no feed), in English, Russian and
 * Kyrgyz, light and dark, left-to-right and right-to-left, narrow, and with long text. Feeds are raw JSON
 * Feed objects passed as `data` (deterministic); loading, error and stale use a stubbed `fetch`.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { loadFeed, resetFeedCache } from '@omj/feed';
import '@omj/contact-card';
import { withNarrow } from './decorators.js';
import { ERROR_URL, LOADING_URL, STALE_URL, failStaleUrl, feed, installStoryFetch, longFeed, noContacts } from './fixtures/contact-card.js';

installStoryFetch();

interface Args {
  contact: string;
  organization: string;
  layout: 'card' | 'list';
  name: string;
  jobTitle: string;
  phone: string;
  mobile: string;
  email: string;
  jsonLd: boolean;
  lang: '' | 'en' | 'ru' | 'ky';
  theme: 'light' | 'dark' | 'auto';
  data: unknown;
  feed: string;
  heading: boolean;
  fallback: boolean;
}

const opt = (value: string) => (value === '' ? nothing : value);

const meta: Meta<Args> = {
  title: 'Widgets/Contact card',
  component: 'omj-contact-card',
  args: {
    contact: 'unicef-kg-solodunova',
    organization: '',
    layout: 'card',
    name: '',
    jobTitle: '',
    phone: '',
    mobile: '',
    email: '',
    jsonLd: false,
    lang: '',
    theme: 'light',
    data: feed,
    feed: '',
    heading: true,
    fallback: false,
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['card', 'list'] },
    lang: { control: 'inline-radio', options: ['', 'en', 'ru', 'ky'], description: 'lang on the element (empty: the toolbar language)' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    data: { control: false },
    heading: { description: 'A partner heading in the heading slot' },
    fallback: { description: 'Plain-text contact inside the element, as a partner would write it' },
  },
  render: (args) =>
    html`<omj-contact-card
    contact=${opt(args.contact)}
    organization=${opt(args.organization)}
    layout=${args.layout}
    name=${opt(args.name)}
    job-title=${opt(args.jobTitle)}
    phone=${opt(args.phone)}
    mobile=${opt(args.mobile)}
    email=${opt(args.email)}
    ?json-ld=${args.jsonLd}
    lang=${opt(args.lang)}
    theme=${args.theme}
    feed=${opt(args.feed)}
    .data=${args.data}
    >${args.heading ? html`<p slot="heading">For more information, please contact:</p>` : nothing}${
      args.fallback ? html`<p>Galina Solodunova, External Communication Officer. Tel.: +996 312 61 12 11 (ext. 143)</p>` : nothing
    }</omj-contact-card
  >`,
};
export default meta;

type Story = StoryObj<Args>;

// ---- states ----

export const One: Story = { name: 'Filled: one contact' };
export const List: Story = { name: 'Filled: every contact (cards)', args: { contact: '' } };
export const CompactList: Story = { name: 'Filled: every contact (layout="list")', args: { contact: '', layout: 'list' } };
export const ByOrganization: Story = { name: 'Filled: contacts of one organization', args: { contact: '', organization: 'unicef-kg' } };
export const SeveralIds: Story = { name: 'Filled: two ids in order', args: { contact: 'unicef-omj-schuepp insan-otunchieva' } };
export const Inline: Story = {
  name: 'Inline attributes, no feed',
  args: {
    contact: '',
    data: undefined,
    name: 'Gulina Otunchieva',
    jobTitle: 'Director',
    organization: 'Generation Insan Foundation',
    phone: '+996 312 47 37 38',
    mobile: '+996 557 26 11 15',
    email: 'info@example.org',
  },
};
export const InlineMalformed: Story = {
  name: 'Inline, malformed phone (text, no link, console warning)',
  args: { contact: '', data: undefined, name: 'Chris Schuepp', phone: '0176 2310 (ext. 12)', email: 'not-an-address' },
};
export const Loading: Story = {
  name: 'Loading (partner fallback shown)',
  args: { data: undefined, feed: LOADING_URL, fallback: true },
};
export const LoadingNoFallback: Story = { name: 'Loading (no fallback)', args: { data: undefined, feed: LOADING_URL } };
export const Failed: Story = { name: 'Error (fallback kept)', args: { data: undefined, feed: ERROR_URL, fallback: true } };
export const Empty: Story = { name: 'Empty: unknown id', args: { contact: 'nobody' } };
export const EmptyFeed: Story = { name: 'Empty: feed without contacts', args: { contact: '', data: noContacts } };
export const Stale: Story = {
  name: 'Stale: saved copy',
  args: { data: undefined, feed: STALE_URL, contact: '' },
  loaders: [
    async () => {
      await loadFeed(STALE_URL); // stores a good copy
      resetFeedCache();
      failStaleUrl(); // from now on the network fails
      return {};
    },
  ],
};
export const WithJsonLd: Story = { name: 'With JSON-LD (see the light DOM)', args: { jsonLd: true } };

// ---- languages, theme, direction ----

export const Russian: Story = { args: { lang: 'ru', contact: '' } };
export const Kyrgyz: Story = { args: { lang: 'ky', contact: '' } };
export const KyrgyzList: Story = { name: 'Kyrgyz, list', args: { lang: 'ky', contact: '', layout: 'list' } };
export const Dark: Story = { args: { theme: 'dark', contact: '' } };
export const DarkList: Story = { name: 'Dark, list', args: { theme: 'dark', contact: '', layout: 'list' } };
export const RightToLeft: Story = {
  name: 'Right to left',
  args: { contact: '' },
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
};

// ---- sizes ----

export const LongText: Story = { name: 'Long text', args: { contact: '', data: longFeed } };
export const LongTextRussian: Story = { name: 'Long text, Russian', args: { contact: '', data: longFeed, lang: 'ru' } };
export const Narrow: Story = { args: { contact: '' }, decorators: [withNarrow] };
export const NarrowLongText: Story = {
  name: 'Narrow, long text',
  args: { contact: 'long-text', data: longFeed },
  decorators: [withNarrow],
};

// ---- copy feedback, targets and events (issue #13, #9) ----

/**
 * Presses the Copy button of row `index` with the clipboard answering `ok` (restored afterwards), so the
 * story shows the feedback beside that button whatever the Storybook frame's clipboard permission is.
 */
function pressCopy(index: number, ok: boolean) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const card = canvasElement.querySelector('omj-contact-card')!;
    await card.updateComplete;
    const writeText = Clipboard.prototype.writeText;
    const exec = document.execCommand;
    Clipboard.prototype.writeText = () => (ok ? Promise.resolve() : Promise.reject(new DOMException('denied', 'NotAllowedError')));
    document.execCommand = () => ok;
    try {
      card.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=copy]')[index]!.click();
      for (let i = 0; i < 40 && !card.shadowRoot!.querySelector('[part=message]:not(:empty)'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    } finally {
      Clipboard.prototype.writeText = writeText;
      document.execCommand = exec;
    }
  };
}

export const Copied: Story = { name: 'Copied: said beside the pressed button', args: { contact: '' }, play: pressCopy(4, true) };
export const CopiedKyrgyz: Story = {
  name: 'Kyrgyz: «Көчүрүлдү» beside the button, «ички номер 143»',
  args: { lang: 'ky' },
  play: pressCopy(0, true),
};
export const CopyFailedRussian: Story = {
  name: 'Russian: «Не удалось скопировать» beside the button',
  args: { lang: 'ru', contact: '' },
  play: pressCopy(2, false),
};
export const Phone320: Story = {
  name: '320 px phone: every link and button 44 × 44 px',
  args: { contact: '', lang: 'ru' },
  decorators: [(story) => html`<div style="max-inline-size: 320px">${story()}</div>`],
};

/** Shows the events a partner's own analytics would receive (nothing of ours collects them). */
export const Events: Story = {
  name: 'Events: omj-copy, omj-vcard',
  args: { contact: '' },
  decorators: [
    (story) => {
      const log = (event: Event) => {
        const output = document.querySelector('#card-events');
        if (output) output.textContent += `${event.type} ${JSON.stringify((event as CustomEvent).detail)}\n`;
      };
      return html`<div @omj-copy=${log} @omj-vcard=${log}>
        ${story()}
        <pre id="card-events" role="log" aria-label="Events"></pre>
      </div>`;
    },
  ],
};
