/**
 * The bundle-level page: all five widgets together, as a partner page would hold them, fed by one feed.
 * Stories pass the feed as data (deterministic, no network); "From a URL" loads the same file.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@omj/widgets';
import feed from '../test/fixtures/feed.json';

interface Args {
  lang: '' | 'en' | 'ru' | 'ky';
  theme: 'light' | 'dark' | 'auto';
}

const meta: Meta<Args> = {
  title: 'Bundle/All widgets',
  args: { lang: '', theme: 'light' },
  argTypes: {
    lang: {
      control: 'inline-radio',
      options: ['', 'en', 'ru', 'ky'],
      description: 'lang on the page section (empty: the toolbar language)',
    },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  parameters: { layout: 'fullscreen' },
  render: ({ lang, theme }) => html`
    <section lang=${lang || nothing} class="omj-all">
      <omj-hotline-banner country="KG" theme=${theme} .data=${feed}></omj-hotline-banner>
      <omj-country-filter for="all-films" theme=${theme} .data=${feed}></omj-country-filter>
      <omj-video-grid id="all-films" theme=${theme} .data=${feed}></omj-video-grid>
      <omj-news-ticker theme=${theme} .data=${feed}></omj-news-ticker>
      <omj-contact-card theme=${theme} .data=${feed}></omj-contact-card>
    </section>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Together: Story = {};
export const Russian: Story = { args: { lang: 'ru' } };
export const Kyrgyz: Story = { args: { lang: 'ky' } };
export const Dark: Story = { args: { theme: 'dark' } };

/** The same five, each loading `fixtures/feed.json` (relative: works under a sub-path) through the shared loader (one request). */
export const FromAUrl: Story = {
  name: 'From a URL',
  render: ({ theme }) =>
    html`<section class="omj-all">
      <omj-hotline-banner country="KG" theme=${theme} feed="fixtures/feed.json"></omj-hotline-banner>
      <omj-country-filter for="url-films" theme=${theme}></omj-country-filter>
      <omj-video-grid id="url-films" theme=${theme} feed="fixtures/feed.json"></omj-video-grid>
      <omj-news-ticker theme=${theme} feed="fixtures/feed.json"></omj-news-ticker>
      <omj-contact-card theme=${theme} feed="fixtures/feed.json"></omj-contact-card>
    </section>`,
};
