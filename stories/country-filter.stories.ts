/**
 * `<omj-country-filter>`: every state, en/ru/ky, light and dark, right-to-left, narrow, single and multiple
 * choice, a selection from the grid's own `country` (a deep link). Each story pairs the filter with the
 * grid it drives, as partners paste them;
 * data comes from the grid's deterministic fixtures (raw JSON Feed objects, or story-only feed URLs that a
 * small fetch stand-in answers), so nothing leaves the machine.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { loadFeed, resetFeedCache } from '@omj/feed';
import '@omj/country-filter';
import '@omj/video-grid';
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
} from './fixtures/video-grid.js';
import { centralAsiaFeed, longNamesFeed } from './fixtures/country-filter.js';

const poster = fixtureUrl('poster.svg');
installGridStoryFetch(poster);

interface Args {
  lang: '' | 'en' | 'ru' | 'ky';
  theme: 'light' | 'dark' | 'auto';
  multiple: boolean;
  variant: 'list' | 'select';
  country: string;
  label: string;
  data: unknown;
  feed: string;
}

const opt = (value: string) => (value === '' ? nothing : value);
let pair = 0;

const meta: Meta<Args> = {
  title: 'Widgets/Country filter',
  component: 'omj-country-filter',
  args: { lang: '', theme: 'light', multiple: false, variant: 'list', country: '', label: '', data: filmsFeed(poster), feed: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'en', 'ru', 'ky'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    variant: { control: 'inline-radio', options: ['list', 'select'] },
    data: { control: false },
  },
  render: (args) => {
    // A fresh id per render: two stories on one docs page must not drive each other's grid.
    const id = `story-filter-grid-${++pair}`;
    return html`<div class="story-archive">
      <omj-country-filter
        for=${id}
        lang=${opt(args.lang)}
        theme=${args.theme}
        ?multiple=${args.multiple}
        variant=${args.variant}
        label=${opt(args.label)}
      ></omj-country-filter>
      <omj-video-grid
        id=${id}
        lang=${opt(args.lang)}
        theme=${args.theme}
        page-size="6"
        country=${opt(args.country)}
        feed=${opt(args.feed)}
        .data=${args.data}
      ></omj-video-grid>
    </div>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

// ---- states ----
export const Filled: Story = {};
export const Loading: Story = { args: { data: undefined, feed: GRID_LOADING_URL } };
export const Failed: Story = { name: 'Error', args: { data: undefined, feed: GRID_ERROR_URL } };
export const Empty: Story = { name: 'Empty archive', args: { data: emptyFeed() } };
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
export const ManyCountries: Story = { name: '100 countries (3,000 films)', args: { data: archiveFeed(3000, poster) } };
export const MissingGrid: Story = {
  name: 'Wrong for= (no such grid: empty state, console warning)',
  render: (args) => html`<omj-country-filter for="no-such-grid" lang=${opt(args.lang)}></omj-country-filter>`,
};

// ---- choosing ----
export const Multiple: Story = { name: 'Multiple choice', args: { multiple: true } };
export const Selected: Story = { name: 'Selected by the grid (deep link)', args: { country: 'KG' } };
export const MultipleSelected: Story = { name: 'Multiple, two selected', args: { multiple: true, country: 'KG UZ' } };
export const CustomLabel: Story = { name: 'Own label', args: { label: 'Where the films were made' } };

// ---- languages, theme, direction, size ----
export const Russian: Story = { args: { lang: 'ru' } };
export const Kyrgyz: Story = { args: { lang: 'ky' } };
/** The feed's `country_names.ru.KG` spelling («Кыргызстан», not the browser's «Киргизия»); a withdrawn film is not counted. */
export const RussianFeedNames: Story = { name: 'Russian, feed spellings', args: { lang: 'ru', data: centralAsiaFeed } };
export const KyrgyzMultiple: Story = {
  name: 'Kyrgyz, multiple',
  args: { lang: 'ky', multiple: true, data: centralAsiaFeed, country: 'KG' },
};
export const LongNames: Story = { name: 'Long country names', args: { data: longNamesFeed }, decorators: [withNarrow] };
export const Dark: Story = { args: { theme: 'dark' } };
export const RightToLeft: Story = {
  name: 'Right-to-left',
  render: (args) => html`<div dir="rtl">${meta.render!(args, {} as never)}</div>`,
};
export const Narrow: Story = { decorators: [withNarrow] };
export const Select: Story = {
  name: 'Native select (variant="select"), 100 countries',
  args: { variant: 'select', data: archiveFeed(3000, poster) },
  decorators: [withNarrow],
};
export const SelectRussian: Story = {
  name: 'Native select, Russian, selected by the grid',
  args: { variant: 'select', lang: 'ru', country: 'KG', data: centralAsiaFeed },
};
export const SelectMultiple: Story = { name: 'Native select, multiple', args: { variant: 'select', multiple: true, country: 'KG UZ' } };
