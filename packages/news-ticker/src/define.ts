import { defineElement } from '@omj/core';
import { OmjNewsTicker } from './news-ticker.js';

defineElement('omj-news-ticker', OmjNewsTicker);

declare global {
  interface HTMLElementTagNameMap {
    'omj-news-ticker': OmjNewsTicker;
  }
}
