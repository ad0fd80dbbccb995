// Type-checked by test/jsx.node.test.mjs (tsc --noEmit, jsx: react-jsx, @types/react 19): the JSX types
// generated from custom-elements.json let a React app use every widget with checked attributes.
import type {} from '../../.cache/jsx/react.js';

export function FilmsPage({ feed }: { feed: string }) {
  return (
    <main>
      <omj-hotline-banner country="KG" feed={feed}>
        <a href="tel:111">Child helpline: 111</a>
      </omj-hotline-banner>
      <omj-country-filter for="films"></omj-country-filter>
      <omj-video-grid id="films" feed={feed} search topics>
        <a href="/films/">Watch the films made by young people</a>
      </omj-video-grid>
      <omj-news-ticker feed={feed} lang="ru"></omj-news-ticker>
      <omj-contact-card feed={feed} contact="unicef-kg-solodunova"></omj-contact-card>
      {/* @ts-expect-error: not one of our elements, so React's JSX rejects it (proves the check runs) */}
      <omj-not-a-widget feed={feed} />
      {/* @ts-expect-error: search is a boolean attribute, not a number */}
      <omj-video-grid search={42} />
    </main>
  );
}
