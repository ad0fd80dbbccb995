/**
 * `<omj-news-ticker>`: every state, the three modes (list, marquee, rotate), moving and stopped, in
 * English, Russian and Kyrgyz, light and dark, right to left, narrow, and with long text. Feeds are raw
 * JSON Feed objects passed as `data` (deterministic); loading, error, stale and a failing source use a
 * stubbed `fetch`.
 *
 * Reduced motion: a story cannot switch the visitor's setting. Turn on "Emulate CSS media feature
 * prefers-reduced-motion: reduce" in the browser's DevTools (Rendering panel), or the system setting,
 * and open any marquee or rotate story: nothing moves and the button offers "Play news".
 * The "Stopped" stories show that same stopped state.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { loadFeed, resetFeedCache } from '@omj/feed';
import '@omj/news-ticker';
import { withNarrow } from './decorators.js';
import {
  ERROR_URL,
  LOADING_URL,
  OMJ_URL,
  PARTNER_URL,
  STALE_URL,
  arabic,
  empty,
  failStaleUrl,
  fresh,
  hugo,
  installStoryFetch,
  long,
  wordpress,
} from './fixtures/news-ticker.js';

installStoryFetch();

interface Args {
  mode: 'list' | 'marquee' | 'rotate';
  interval: number;
  maxItems: number;
  speed: number;
  moreUrl: string;
  moreLabel: string;
  heading: string | undefined;
  headingLevel: number;
  sameLanguage: boolean;
  lang: '' | 'en' | 'ru' | 'ky';
  theme: 'light' | 'dark' | 'auto';
  data: unknown;
  feed: string;
}

const opt = (value: string | undefined) => (value === '' || value === undefined ? nothing : value);

const meta: Meta<Args> = {
  title: 'Widgets/News ticker',
  component: 'omj-news-ticker',
  args: {
    mode: 'list',
    interval: 6,
    maxItems: 10,
    speed: 40,
    moreUrl: 'https://partner.example.org/news/',
    moreLabel: '',
    heading: undefined,
    headingLevel: 2,
    sameLanguage: false,
    lang: '',
    theme: 'light',
    data: wordpress,
    feed: '',
  },
  argTypes: {
    mode: { control: 'inline-radio', options: ['list', 'marquee', 'rotate'] },
    interval: { control: { type: 'number', min: 1 } },
    maxItems: { control: { type: 'number', min: 1 } },
    speed: { control: { type: 'number', min: 1 } },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    heading: { control: 'text', description: 'Empty: heading for screen readers only; unset: "Latest news"' },
    lang: { control: 'inline-radio', options: ['', 'en', 'ru', 'ky'], description: 'lang on the element (empty: the toolbar language)' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    data: { control: false },
  },
  render: (args) =>
    html`<omj-news-ticker
    mode=${args.mode}
    interval=${args.interval}
    max-items=${args.maxItems}
    speed=${args.speed}
    more-url=${opt(args.moreUrl)}
    more-label=${opt(args.moreLabel)}
    heading=${args.heading ?? nothing}
    heading-level=${args.headingLevel}
    ?same-language=${args.sameLanguage}
    lang=${opt(args.lang)}
    theme=${args.theme}
    feed=${opt(args.feed)}
    .data=${args.data}
  ></omj-news-ticker>`,
};
export default meta;

type Story = StoryObj<Args>;

const PLAY_LABELS = ['Play news', 'Продолжить прокрутку', 'Жаңылыктарды улантуу'];

/** Presses the ticker's pause button, as a visitor would. */
async function pressPause({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const ticker = canvasElement.querySelector('omj-news-ticker')!;
  await ticker.updateComplete;
  for (let i = 0; i < 20; i++) {
    const toggle = ticker.shadowRoot?.querySelector<HTMLButtonElement>('[part=toggle]');
    if (toggle) {
      if (!PLAY_LABELS.includes(toggle.textContent!.trim())) toggle.click();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// ---- modes ----

export const List: Story = { name: 'List (default, no motion)' };
export const Marquee: Story = { name: 'Marquee (moving)', args: { mode: 'marquee' } };
export const MarqueeStopped: Story = { name: 'Marquee, stopped (as with reduced motion)', args: { mode: 'marquee' }, play: pressPause };
export const MarqueeFast: Story = { name: 'Marquee, speed 90', args: { mode: 'marquee', speed: 90 } };
export const Rotate: Story = { name: 'Rotate (one at a time, 4 s)', args: { mode: 'rotate', interval: 4 } };
export const RotateStopped: Story = { name: 'Rotate, stopped', args: { mode: 'rotate' }, play: pressPause };

// ---- states ----

export const Loading: Story = { args: { data: undefined, feed: LOADING_URL } };
export const LoadingMarquee: Story = { name: 'Loading, marquee', args: { data: undefined, feed: LOADING_URL, mode: 'marquee' } };
export const Failed: Story = { name: 'Error', args: { data: undefined, feed: ERROR_URL } };
export const Empty: Story = { args: { data: empty } };
export const EmptyMarquee: Story = { name: 'Empty, marquee', args: { data: empty, mode: 'marquee' } };
export const Stale: Story = {
  name: 'Stale: saved copy',
  args: { data: undefined, feed: STALE_URL },
  loaders: [
    async () => {
      await loadFeed(STALE_URL); // stores a good copy
      resetFeedCache();
      failStaleUrl(); // from now on the network fails
      return {};
    },
  ],
};
export const TwoSources: Story = { name: 'Two feeds merged (source names)', args: { data: undefined, feed: `${PARTNER_URL} ${OMJ_URL}` } };
export const OneSourceFails: Story = {
  name: 'Two feeds, one failing (quiet note)',
  args: { data: undefined, feed: `${ERROR_URL} ${OMJ_URL}` },
};
export const MaxItems: Story = { name: 'max-items="3"', args: { maxItems: 3 } };
export const Headings: Story = {
  name: 'Own heading, level 3',
  args: { heading: 'Children’s rights news', headingLevel: 3, moreLabel: 'All our news' },
};
export const HiddenHeading: Story = {
  name: 'Heading for screen readers only (marquee bar)',
  args: { heading: '', mode: 'marquee', moreUrl: '' },
};

// ---- languages, theme, direction ----

export const Russian: Story = { args: { lang: 'ru', data: hugo } };
export const RussianMarquee: Story = { name: 'Russian, marquee', args: { lang: 'ru', data: hugo, mode: 'marquee' } };
export const Kyrgyz: Story = { args: { lang: 'ky', data: hugo } };
export const SameLanguage: Story = {
  name: 'Kyrgyz, same-language (only the Kyrgyz items of a mixed feed)',
  args: { lang: 'ky', data: hugo, sameLanguage: true },
};
export const KyrgyzRotate: Story = { name: 'Kyrgyz, rotate', args: { lang: 'ky', data: hugo, mode: 'rotate' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkMarquee: Story = { name: 'Dark, marquee', args: { theme: 'dark', mode: 'marquee' } };
export const DarkRotate: Story = { name: 'Dark, rotate', args: { theme: 'dark', mode: 'rotate' } };
export const RightToLeft: Story = {
  name: 'Right to left (Arabic feed, dir="rtl" page)',
  args: { data: arabic, mode: 'marquee' },
  decorators: [(story) => html`<div dir="rtl" lang="ar">${story()}</div>`],
};
export const RightToLeftList: Story = {
  name: 'Right to left, list',
  args: { data: arabic },
  decorators: [(story) => html`<div dir="rtl" lang="ar">${story()}</div>`],
};

// ---- sizes ----

export const LongText: Story = { name: 'Long text', args: { data: long } };
export const LongTextMarquee: Story = { name: 'Long text, marquee', args: { data: long, mode: 'marquee' } };
export const Narrow: Story = { args: {}, decorators: [withNarrow] };
export const NarrowMarquee: Story = {
  name: 'Narrow, marquee',
  args: { mode: 'marquee', lang: 'ru', data: hugo },
  decorators: [withNarrow],
};
export const NarrowRotate: Story = { name: 'Narrow, rotate, long text', args: { mode: 'rotate', data: long }, decorators: [withNarrow] };

// ---- words, targets and events (issue #13, #9) ----

export const JustNowRussian: Story = { name: 'Russian: «только что» for news under a minute old', args: { lang: 'ru', data: fresh() } };
export const JustNowKyrgyz: Story = { name: 'Kyrgyz: «ушул мүнөттө», «12 мүнөт мурун»', args: { lang: 'ky', data: fresh() } };
export const RussianRotateStopped: Story = {
  name: 'Russian, rotate, stopped («Продолжить прокрутку»)',
  args: { lang: 'ru', data: hugo, mode: 'rotate' },
  play: pressPause,
};
export const Phone320: Story = {
  name: '320 px phone: every link and button 44 × 44 px',
  args: { mode: 'rotate', lang: 'ru', data: hugo },
  decorators: [(story) => html`<div style="max-inline-size: 320px">${story()}</div>`],
};

/** Shows the events a partner's own analytics would receive (nothing of ours collects them). */
export const Events: Story = {
  name: 'Events: omj-news-open (cancelled here), omj-ticker-pause / -play',
  args: { mode: 'rotate' },
  decorators: [
    (story) => {
      const log = (event: Event) => {
        const output = document.querySelector('#ticker-events');
        if (event.type === 'omj-news-open') event.preventDefault(); // keep the story open
        if (output) output.textContent += `${event.type} ${JSON.stringify((event as CustomEvent).detail)}\n`;
      };
      return html`<div @omj-news-open=${log} @omj-ticker-pause=${log} @omj-ticker-play=${log}>
        ${story()}
        <pre id="ticker-events" role="log" aria-label="Events"></pre>
      </div>`;
    },
  ],
};
