import { defineElement } from '@omj/core';
import { OmjContactCard } from './contact-card.js';

defineElement('omj-contact-card', OmjContactCard);

declare global {
  interface HTMLElementTagNameMap {
    'omj-contact-card': OmjContactCard;
  }
}
