/** The news page: `<omj-news-ticker>` (dist/omj-ticker.js). */
import '@omj/news-ticker';
