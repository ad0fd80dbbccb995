
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0622a6e6cb77254b': `Текст фильма`,
's0e6c7b8dfe3cbc1b': `Фильмов пока нет.`,
's2a5eeacd1b63d19f': str`Видеоплеер: ${0}`,
's4836e3a410d15dd8': str`Найдено фильмов: ${0}`,
's5e8250fb85d64c23': `Закрыть`,
's61ee130a248acc2a': `Загружаем фильмы…`,
's74d127c2c5b9206f': `Показать предыдущие фильмы`,
's8865f02d9ebbd0f5': `Темы`,
's91ec6d77405fe46a': `Нет фильмов, подходящих под эти фильтры.`,
'sa8bc2716a5ffcb8e': `Показать обложки`,
'sb2c57b2d347203dd': `Показать ещё`,
'sdddbc4b5328c4ced': str`Смотреть: ${0}`,
'se253299d8c90f409': `Сбросить фильтры`,
'se30ce7c82e12bf6a': `Поиск фильмов`,
'sf69722396849a432': str`Фильмы ${0}–${1} из ${2}`,
    };
  