/**
 * The one-script-tag entry: defines all five elements with the en, ru and ky catalogs.
 * `<script type="module" src="omj-widgets.js">` or `<script src="omj-widgets.iife.js" defer>`.
 */
import '@omj/hotline-banner';
import '@omj/video-grid';
import '@omj/country-filter';
import '@omj/news-ticker';
import '@omj/contact-card';
