
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's052403aa72f58906': `Все страны`,
's9cf7402fe920f7d1': `Страна`,
'sae087a9224103a6b': `Этот фильтр не связан со списком фильмов.`,
'sc84f22c7b0d86bf4': str`Список фильмов «${0}» не найден на этой странице.`,
'sca8bab9f756743c2': `Пока нет стран`,
'sf2e6d1ff9f30dc81': `Загружаем страны…`,
    };
  