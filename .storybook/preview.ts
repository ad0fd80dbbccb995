import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { withOmjContext } from '../stories/decorators.js';
import { controlsFromTypes, withPartsApart } from './arg-types.mjs';
import './preview.css';

// Controls and the docs tables come from the merged manifest (scripts/analyze.mjs). A glob, so a fresh
// checkout without the generated file still starts (with fewer controls) instead of failing.
const manifests = import.meta.glob<unknown>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest !== undefined) setCustomElementsManifest(withPartsApart(manifest));

/** A toolbar menu of the story container's context (read by stories/decorators.ts withOmjContext). */
function toolbar(description: string, title: string, icon: string, items: Record<string, string>) {
  return {
    description,
    toolbar: { title, icon, items: Object.entries(items).map(([value, label]) => ({ value, title: label })), dynamicTitle: true },
  };
}

const preview: Preview = {
  // A Docs page per widget from the manifest: attributes, properties, events with detail types, slots,
  // CSS parts and custom properties.
  tags: ['autodocs'],
  argTypesEnhancers: [controlsFromTypes],
  globalTypes: {
    locale: toolbar('Language of the widgets (lang on the story container)', 'Language', 'globe', {
      en: 'English',
      ru: 'Русский',
      ky: 'Кыргызча',
    }),
    theme: toolbar('theme attribute of every widget in the story', 'Theme', 'contrast', {
      light: 'Light',
      dark: 'Dark',
      auto: 'Auto (system)',
    }),
    direction: toolbar('Text direction (dir on the story container)', 'Direction', 'transfer', {
      ltr: 'Left to right',
      rtl: 'Right to left',
    }),
  },
  initialGlobals: { locale: 'en', theme: 'light', direction: 'ltr' },
  decorators: [withOmjContext],
  parameters: {
    controls: { expanded: true },
    // The a11y panel runs axe on every story; 'error' makes violations fail test runs too.
    a11y: { test: 'error' },
  },
};

export default preview;
