
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's4a6bb8ce5b3f1323': `Материалдарды жүктөө мүмкүн болбоду.`,
's642fcfdbf7b1a2af': str`${0} сакталган көчүрмө көрсөтүлүүдө: акыркы версияны жүктөө мүмкүн болбоду.`,
's6ebc9bd6feae62a3': `Жүктөлүүдө…`,
's790fb084e3ee9198': `Материалдарды жүктөө мүмкүн болбоду. Интернет байланышыңызды текшериңиз.`,
's9179190178bed4c7': `Материалдар өтө узак жүктөлүүдө.`,
'sbcee00b2cc3fc6bf': str`Сервер материалдарды бере алган жок (ката ${0}).`,
'scd1dd6ff53d0d01a': `Кайра аракет кылуу`,
'sfc5e69839db69252': `Материалдарды окуу мүмкүн болбоду: маалыматтар бузулган.`,
    };
  