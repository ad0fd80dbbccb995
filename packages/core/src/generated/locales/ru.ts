
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's4a6bb8ce5b3f1323': `Не удалось загрузить материалы.`,
's642fcfdbf7b1a2af': str`Показана сохранённая копия от ${0}: свежую версию загрузить не удалось.`,
's6ebc9bd6feae62a3': `Загрузка…`,
's790fb084e3ee9198': `Не удалось загрузить материалы. Проверьте подключение к интернету.`,
's9179190178bed4c7': `Материалы загружаются слишком долго.`,
'sbcee00b2cc3fc6bf': str`Сервер не смог передать материалы (ошибка ${0}).`,
'scd1dd6ff53d0d01a': `Повторить`,
'sfc5e69839db69252': `Не удалось прочитать материалы: данные повреждены.`,
    };
  