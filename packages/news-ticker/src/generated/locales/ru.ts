
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's03bb71bccf200abd': `Последние новости`,
's24470c37618e2782': `Запустить новости`,
's3b77f4cdad8eda8c': `Остановить новости`,
's3c901bfeeece4650': `Загружаем новости…`,
's4fd6cbb4400fe3d7': `Ещё новости`,
's69269fb688b65abf': `Предыдущая новость`,
'sabc4ba4af20eafc6': `Часть новостей загрузить не удалось.`,
'sb50b8e667300751f': `Следующая новость`,
'sec3e98177c7cc143': `Новостей пока нет.`,
    };
  