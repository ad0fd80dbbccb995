/** The press page: `<omj-contact-card>` (dist/omj-contact.js). */
import '@omj/contact-card';
