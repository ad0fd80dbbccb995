import { defineElement } from '@omj/core';
import { OmjHotlineBanner } from './hotline-banner.js';

defineElement('omj-hotline-banner', OmjHotlineBanner);

declare global {
  interface HTMLElementTagNameMap {
    'omj-hotline-banner': OmjHotlineBanner;
  }
}
