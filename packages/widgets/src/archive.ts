/** The film-archive page: `<omj-video-grid>` and `<omj-country-filter>` (dist/omj-archive.js). */
import '@omj/video-grid';
import '@omj/country-filter';
