
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's2eceb9cb01b2f13e': `Нет контакта для показа.`,
's3687049d1af562c4': `Копировать`,
's4f94dbb7c6c445df': `Копировать номер мобильного`,
's5b764977ceaeb317': `Мобильный`,
's62d1feaaee2f417c': `Копировать адрес эл. почты`,
's676244ac0b608378': `В этих данных нет контактов.`,
's7c2cf0cde90893f0': str`Сохранить контакт: ${0}`,
's7eca72b79558971c': str`доб. ${0}`,
's86959e3fb60f89da': `Не удалось скопировать. Выделите текст и скопируйте его сами.`,
's9f112647ef5d7a04': `Сохранить контакт`,
'sac8844a2e9c79cb6': str`Контакт «${0}» не найден.`,
'sce9588b19aeadd49': `Копировать номер телефона`,
'sd1f44f1a8bc20e67': `Эл. почта`,
'sf1bc83d2509bafcf': `Телефон`,
'sf4de3bfbfaca12e5': `Скопировано`,
    };
  