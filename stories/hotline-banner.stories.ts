/**
 * `<omj-hotline-banner>`: every state, in English, Russian and Kyrgyz, light and dark, left-to-right and
 * right-to-left, sticky, with quick exit, and with long text. Feeds are raw JSON Feed objects passed as
 * `data` (deterministic); the clock is fixed with the `now` property so "Open now" does not depend on
 * when the story is opened.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { loadFeed, resetFeedCache } from '@omj/feed';
import '@omj/hotline-banner';
import { OmjHotlineBanner } from '@omj/hotline-banner';
import { withNarrow } from './decorators.js';
import {
  ERROR_URL,
  LOADING_URL,
  MONDAY_11_BISHKEK,
  MONDAY_19_BISHKEK,
  SATURDAY_12_BISHKEK,
  STALE_URL,
  failStaleUrl,
  feed,
  installStoryFetch,
} from './fixtures/hotline-banner.js';

// Stories never leave Storybook: quick exit only logs where it would go, and un-blanks the page it blanked.
OmjHotlineBanner.navigate = (url) => {
  console.info(`quick exit would go to ${url}`);
  document.documentElement.style.removeProperty('display');
};
installStoryFetch();

interface Args {
  country: string;
  number: string;
  name: string;
  free: boolean;
  dismissible: boolean;
  exit: '' | 'off' | string;
  exitUrl: string;
  sticky: '' | 'top' | 'bottom';
  lang: '' | 'en' | 'ru' | 'ky';
  theme: 'light' | 'dark' | 'auto';
  now: Date | undefined;
  data: unknown;
  feed: string;
  fallback: boolean;
}

const opt = (value: string) => (value === '' ? nothing : value);

const meta: Meta<Args> = {
  title: 'Widgets/Hotline banner',
  component: 'omj-hotline-banner',
  args: {
    country: 'KG',
    number: '',
    name: '',
    free: false,
    dismissible: false,
    exit: '',
    exitUrl: '',
    sticky: '',
    lang: '',
    theme: 'light',
    now: MONDAY_11_BISHKEK,
    data: feed,
    feed: '',
    fallback: false,
  },
  argTypes: {
    sticky: { control: 'inline-radio', options: ['', 'top', 'bottom'] },
    exit: { control: 'text', description: 'Quick exit is on by default; "off" turns it off, an https:// address sets where it goes' },
    lang: { control: 'inline-radio', options: ['', 'en', 'ru', 'ky'], description: 'lang on the element (empty: the toolbar language)' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    now: { control: false },
    data: { control: false },
    fallback: { description: 'Write a plain tel: link inside the element, as a partner would' },
  },
  render: (args) =>
    html`<omj-hotline-banner
    country=${opt(args.country)}
    number=${opt(args.number)}
    name=${opt(args.name)}
    ?free=${args.free}
    ?dismissible=${args.dismissible}
    exit=${opt(args.exit)}
    exit-url=${opt(args.exitUrl)}
    sticky=${opt(args.sticky)}
    lang=${opt(args.lang)}
    theme=${args.theme}
    feed=${opt(args.feed)}
    .data=${args.data}
    .now=${args.now}
    >${args.fallback ? html`<a href="tel:111">Child helpline: 111</a>` : nothing}</omj-hotline-banner
  >`,
};
export default meta;

type Story = StoryObj<Args>;

// ---- states ----

export const OpenNow: Story = { name: 'Filled: open now' };
export const ClosedNow: Story = { name: 'Filled: closed (evening)', args: { now: MONDAY_19_BISHKEK } };
export const Weekend: Story = { name: 'Filled: closed (weekend)', args: { now: SATURDAY_12_BISHKEK } };
export const AroundTheClock: Story = { name: 'Filled: open 24/7', args: { country: 'KZ' } };
export const Inline: Story = {
  name: 'Inline number, no feed',
  args: { country: '', data: undefined, number: '111', name: 'Child helpline', free: true },
};
export const Loading: Story = {
  name: 'Loading (partner fallback shown)',
  args: { data: undefined, feed: LOADING_URL, fallback: true },
};
export const LoadingNoFallback: Story = { name: 'Loading (no fallback)', args: { data: undefined, feed: LOADING_URL } };
export const Failed: Story = { name: 'Error (fallback kept)', args: { data: undefined, feed: ERROR_URL, fallback: true } };
export const Empty: Story = { name: 'Empty: no helpline for the country', args: { country: 'UZ', fallback: true } };
export const WrongCountry: Story = { name: 'Wrong country code', args: { country: 'XX', fallback: true } };
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

// ---- languages, theme, direction ----

export const Russian: Story = { args: { lang: 'ru', dismissible: true } };
export const RussianClosed: Story = { name: 'Russian, closed', args: { lang: 'ru', now: SATURDAY_12_BISHKEK } };
export const Kyrgyz: Story = { args: { lang: 'ky', dismissible: true } };
export const KyrgyzClosed: Story = { name: 'Kyrgyz, closed', args: { lang: 'ky', now: MONDAY_19_BISHKEK } };
export const Dark: Story = { args: { theme: 'dark', dismissible: true } };
export const RightToLeft: Story = {
  name: 'Right to left',
  args: { dismissible: true },
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
};

// ---- options ----

export const Dismissible: Story = { args: { dismissible: true } };
export const WithQuickExit: Story = { name: 'With quick exit', args: { exitUrl: 'https://www.example.org/weather' } };

const page = (story: () => unknown, where: 'top' | 'bottom') =>
  html`<div class="omj-story-page">
  ${where === 'bottom' ? nothing : story()}
  ${Array.from({ length: 12 }, (_, i) => html`<p>Page paragraph ${i + 1}. The banner stays in view while this text scrolls.</p>`)}
  ${where === 'bottom' ? story() : nothing}
</div>`;

export const StickyTop: Story = {
  name: 'Sticky top',
  args: { sticky: 'top', dismissible: true },
  parameters: { layout: 'fullscreen' },
  decorators: [(story) => page(story, 'top')],
};
export const StickyBottom: Story = {
  name: 'Sticky bottom',
  args: { sticky: 'bottom' },
  parameters: { layout: 'fullscreen' },
  decorators: [(story) => page(story, 'bottom')],
};
export const LongText: Story = { name: 'Long text', args: { country: 'TJ', dismissible: true } };
export const LongTextRussian: Story = { name: 'Long text, Russian', args: { country: 'TJ', lang: 'ru' } };
export const Narrow: Story = { args: { dismissible: true }, decorators: [withNarrow] };
export const NarrowSticky: Story = {
  name: 'Narrow, sticky',
  args: { sticky: 'top' },
  decorators: [withNarrow, (story) => page(story, 'top')],
};

// ---- quick exit in every state, whole text on phones (issue #13) ----

export const QuickExitOff: Story = {
  name: 'Quick exit turned off (exit="off"; not recommended)',
  args: { exit: 'off' },
};
export const ShiftCount: Story = {
  name: 'Quick exit: Shift pressed twice ("2 of 3")',
  args: { lang: '' },
  // Two Shift presses, as a visitor would: the count shows for five seconds (press "Remount" to see it again).
  play: async () => {
    await customElements.whenDefined('omj-hotline-banner');
    for (let i = 0; i < 2; i++) document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true }));
  },
};
export const NoJavaScript: Story = {
  name: 'No JavaScript: the documented fallback (element never defined)',
  // The partner's markup under a tag that is never defined, so it renders as the page would before (or
  // without) our script; not an omj-* name, which the Storybook check expects to render.
  render: () =>
    html`<hotline-banner-without-js>
    <a href="tel:111">Child helpline: 111</a>
    <a slot="exit" href="https://www.google.com/" rel="noreferrer">Quick exit</a>
  </hotline-banner-without-js>`,
};
export const LoadingWithExitLink: Story = {
  name: 'Loading, with the no-JS exit link (replaced by the button)',
  args: { data: undefined, feed: LOADING_URL },
  render: (args) =>
    html`<omj-hotline-banner country=${args.country} feed=${args.feed}>
    <a href="tel:111">Child helpline: 111</a>
    <a slot="exit" href="https://www.example.org/weather" rel="noreferrer">Quick exit</a>
  </omj-hotline-banner>`,
};
export const Phone320: Story = {
  name: 'Phone 320 px, Russian: the whole message wraps',
  args: { country: 'TJ', lang: 'ru', dismissible: true },
  decorators: [(story) => html`<div style="inline-size: 320px">${story()}</div>`],
};
export const Phone390Times: Story = {
  name: 'Phone 390 px: times never break ("9:00 AM")',
  args: { now: SATURDAY_12_BISHKEK, free: true, dismissible: true },
  decorators: [(story) => html`<div style="inline-size: 390px">${story()}</div>`],
};
export const KyrgyzUntil: Story = {
  name: 'Kyrgyz, open: «саат 18:00гө чейин иштейт» and the languages line',
  args: { lang: 'ky', now: MONDAY_11_BISHKEK },
};
export const RussianLanguages: Story = {
  name: 'Russian, languages line («Языки: …»), long list',
  args: { lang: 'ru', country: 'TJ' },
};
export const HideMovesFocus: Story = {
  name: 'Hide moves focus to the next link after the banner',
  args: { dismissible: true },
  decorators: [(story) => html`${story()}<p><a href="#after">The next link on the page</a> (focused after Hide)</p>`],
};
