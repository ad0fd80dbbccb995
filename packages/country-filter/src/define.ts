import { defineElement } from '@omj/core';
import { OmjCountryFilter } from './country-filter.js';

defineElement('omj-country-filter', OmjCountryFilter);

declare global {
  interface HTMLElementTagNameMap {
    'omj-country-filter': OmjCountryFilter;
  }
}
