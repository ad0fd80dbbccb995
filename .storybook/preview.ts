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

const preview: Preview = {
  // A Docs page per widget from the manifest: attributes, properties, events with detail types, slots,
  // CSS parts and custom properties.
  tags: ['autodocs'],
  argTypesEnhancers: [controlsFromTypes],
  globalTypes: {
    locale: {
      description: 'Language of the widgets (lang on the story container)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'ru', title: 'Русский' },
          { value: 'ky', title: 'Кыргызча' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'theme attribute of every widget in the story',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'auto', title: 'Auto (system)' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction (dir on the story container)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
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
