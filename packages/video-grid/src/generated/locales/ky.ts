
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0622a6e6cb77254b': `Фильмдин тексти`,
's0e6c7b8dfe3cbc1b': `Азырынча фильмдер жок.`,
's2a5eeacd1b63d19f': str`Видеоплеер: ${0}`,
's4836e3a410d15dd8': str`Табылган фильмдер: ${0}`,
's5e8250fb85d64c23': `Жабуу`,
's61ee130a248acc2a': `Фильмдер жүктөлүүдө…`,
's74d127c2c5b9206f': `Мурунку фильмдерди көрсөтүү`,
's8865f02d9ebbd0f5': `Темалар`,
's91ec6d77405fe46a': `Бул чыпкаларга туура келген фильм жок.`,
'sa8bc2716a5ffcb8e': `Постерлерди көрсөтүү`,
'sb2c57b2d347203dd': `Дагы көрсөтүү`,
'sdddbc4b5328c4ced': str`Көрүү: ${0}`,
'se253299d8c90f409': `Чыпкаларды тазалоо`,
'se30ce7c82e12bf6a': `Фильм издөө`,
'sf69722396849a432': str`Фильмдер ${0}–${1}, бардыгы ${2}`,
    };
  