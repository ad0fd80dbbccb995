/**
 * `<omj-video-grid>`: every state, en/ru/ky, light and dark, right-to-left, narrow, data saver, with the
 * country filter. Feeds are raw JSON Feed objects passed as `data` (deterministic); posters come from
 * Storybook's own `fixtures/poster.svg`, so nothing leaves the machine until a film is played.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { loadFeed, resetFeedCache } from '@omj/feed';
import '@omj/video-grid';
import '@omj/country-filter';
import { withNarrow } from './decorators.js';
import { fixtureUrl } from './fixtures/story-fetch.js';
import {
  GRID_ERROR_URL,
  GRID_LOADING_URL,
  GRID_STALE_URL,
  archiveFeed,
  emptyFeed,
  failGridStaleUrl,
  filmsFeed,
  installGridStoryFetch,
  longTextFeed,
  unbrokenTitleFeed,
} from './fixtures/video-grid.js';

const poster = fixtureUrl('poster.svg');
installGridStoryFetch(poster);

interface Args {
  lang: '' | 'en' | 'ru' | 'ky';
  theme: 'light' | 'dark' | 'auto';
  search: boolean;
  topics: boolean;
  layout: 'grid' | 'list';
  sort: '' | 'newest' | 'oldest' | 'title';
  pageSize: number;
  country: string;
  dataSaver: boolean;
  data: unknown;
  feed: string;
}

const opt = (value: string) => (value === '' ? nothing : value);

const meta: Meta<Args> = {
  title: 'Widgets/Video grid',
  component: 'omj-video-grid',
  args: {
    lang: '',
    theme: 'light',
    search: true,
    topics: true,
    layout: 'grid',
    sort: '',
    pageSize: 24,
    country: '',
    dataSaver: false,
    data: filmsFeed(poster),
    feed: '',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'en', 'ru', 'ky'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    layout: { control: 'inline-radio', options: ['grid', 'list'] },
    sort: { control: 'inline-radio', options: ['', 'newest', 'oldest', 'title'] },
    data: { control: false },
  },
  render: (args) =>
    html`<omj-video-grid
    lang=${opt(args.lang)}
    theme=${args.theme}
    layout=${args.layout}
    sort=${opt(args.sort)}
    page-size=${args.pageSize}
    country=${opt(args.country)}
    feed=${opt(args.feed)}
    ?search=${args.search}
    ?topics=${args.topics}
    ?data-saver=${args.dataSaver}
    .data=${args.data}
  ></omj-video-grid>`,
};
export default meta;

type Story = StoryObj<Args>;

// ---- states ----
export const Filled: Story = {};
export const Loading: Story = { args: { data: undefined, feed: GRID_LOADING_URL } };
export const Failed: Story = { name: 'Error', args: { data: undefined, feed: GRID_ERROR_URL } };
export const Empty: Story = { name: 'Empty archive', args: { data: emptyFeed() } };
export const NoMatch: Story = {
  name: 'No films match the filter',
  args: { country: 'TJ', data: filmsFeed(poster) },
  render: (args) => html`<omj-video-grid search topic="education" country=${args.country} .data=${args.data}></omj-video-grid>`,
};
export const Stale: Story = {
  name: 'Stale: saved copy',
  args: { data: undefined, feed: GRID_STALE_URL },
  loaders: [
    async () => {
      await loadFeed(GRID_STALE_URL); // stores a good copy
      resetFeedCache();
      failGridStaleUrl(); // from now on the network fails
      return {};
    },
  ],
};
export const LongText: Story = { name: 'Long titles', args: { data: longTextFeed() } };
export const UnbrokenTitle: Story = {
  name: 'A title that is one unbroken word (wraps)',
  args: { data: unbrokenTitleFeed() },
  decorators: [withNarrow],
};
export const SortedByTitle: Story = { name: 'Sorted by title (sort="title")', args: { sort: 'title' } };
export const Newest: Story = { name: 'Newest first (sort="newest")', args: { sort: 'newest' } };
export const NotAvailable: Story = {
  name: 'Deep link to a withdrawn film: "not available"',
  render: (args) => {
    // The notice a `#film=` link to a withdrawn id leaves; the story sets the fragment for this grid only.
    history.replaceState(history.state, '', `${location.pathname}${location.search}#story-withdrawn.film=kg-2013-wd-07`);
    return html`<omj-video-grid id="story-withdrawn" .data=${args.data}></omj-video-grid>`;
  },
};
export const Archive: Story = { name: '3,000 films (windowed paging)', args: { data: archiveFeed(3000, poster) } };

// ---- languages, theme, direction, size ----
export const Russian: Story = { args: { lang: 'ru' } };
export const Kyrgyz: Story = { args: { lang: 'ky' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const RightToLeft: Story = {
  name: 'Right-to-left',
  render: (args) => html`<div dir="rtl">${meta.render!(args, {} as never)}</div>`,
};
export const Narrow: Story = { decorators: [withNarrow] };
export const List: Story = { args: { layout: 'list' } };
export const DataSaver: Story = { name: 'Data saver (no posters until asked)', args: { dataSaver: true } };

// ---- with the country filter, as a partner pastes them ----
export const WithFilter: Story = {
  name: 'With <omj-country-filter>',
  render: (args) =>
    html`<omj-country-filter for="story-films" lang=${opt(args.lang)} .data=${args.data}></omj-country-filter>
    <omj-video-grid id="story-films" lang=${opt(args.lang)} search topics .data=${args.data}></omj-video-grid>`,
};
