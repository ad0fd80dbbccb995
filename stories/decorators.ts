/**
 * Shared story decorators: the toolbar's language, theme and direction applied to every story.
 *
 * The story is wrapped in `<div class="omj-story" lang=… dir=…>`; widgets resolve their language from the
 * closest `[lang]`, so a story that sets `lang` on the element itself (a "ru" story) keeps it. The theme
 * toolbar sets `theme` on every `omj-*` element of the story unless it is the default (light), so a
 * story written as dark stays dark.
 */
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Decorator } from '@storybook/web-components-vite';

export type StoryLocale = 'en' | 'ru' | 'ky';
export type StoryTheme = 'light' | 'dark' | 'auto';
export type StoryDirection = 'ltr' | 'rtl';

interface OmjGlobals {
  locale?: StoryLocale;
  theme?: StoryTheme;
  direction?: StoryDirection;
}

/** Sets `theme` on every widget under `root` (widgets may still be upgrading: the attribute is enough). */
export function applyTheme(root: Element, theme: StoryTheme): void {
  if (theme === 'light') return;
  for (const el of root.querySelectorAll('*')) {
    if (el.localName.startsWith('omj-')) el.setAttribute('theme', theme);
  }
}

export const withOmjContext: Decorator = (story, context) => {
  const { locale = 'en', theme = 'light', direction = 'ltr' } = context.globals as OmjGlobals;
  const setTheme = (el: Element | undefined) => {
    if (el === undefined) return;
    // The story's own template is committed after this container's ref: wait a microtask.
    queueMicrotask(() => {
      applyTheme(el, theme);
      // A story written as dark (theme="dark" on its widget) gets a dark canvas too, as a partner page would.
      if (theme === 'light' && el.querySelector('[theme="dark"]') !== null) el.setAttribute('data-omj-theme', 'dark');
    });
  };
  return html`<div class="omj-story" lang=${locale} dir=${direction} data-omj-theme=${theme} ${ref(setTheme)}>${story()}</div>`;
};

/** A narrow container (a phone of 360 CSS px) for stories that show small screens. */
export const withNarrow: Decorator = (story) => html`<div class="omj-narrow">${story()}</div>`;
