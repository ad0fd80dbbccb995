
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's052403aa72f58906': `Бардык өлкөлөр`,
's9cf7402fe920f7d1': `Өлкө`,
'sae087a9224103a6b': `Бул фильтр тасмалар тизмесине байланышкан эмес.`,
'sc84f22c7b0d86bf4': str`Бул беттен «${0}» тасмалар тизмеси табылган жок.`,
'sca8bab9f756743c2': `Азырынча өлкөлөр жок`,
'sf2e6d1ff9f30dc81': `Өлкөлөр жүктөлүүдө…`,
    };
  