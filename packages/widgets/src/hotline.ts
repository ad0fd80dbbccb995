/** Any page with the helpline banner alone: `<omj-hotline-banner>` (dist/omj-hotline.js). */
import '@omj/hotline-banner';
