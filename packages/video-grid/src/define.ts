import { defineElement } from '@omj/core';
import { OmjVideoGrid } from './video-grid.js';

defineElement('omj-video-grid', OmjVideoGrid);

declare global {
  interface HTMLElementTagNameMap {
    'omj-video-grid': OmjVideoGrid;
  }
}
