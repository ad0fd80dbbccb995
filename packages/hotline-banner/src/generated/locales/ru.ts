
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'hb-always': `Работает круглосуточно, без выходных`,
'hb-bad-country': `Не удалось показать телефон доверия: неверный код страны.`,
'hb-call': str`${0}: позвонить по номеру ${1}`,
'hb-closed': `Сейчас не работает`,
'hb-exit': `Быстрый выход`,
'hb-exit-hint': `Сразу уходит с этой страницы. Можно также трижды нажать Shift. История браузера при этом не удаляется.`,
'hb-free': `Звонок бесплатный`,
'hb-hide': `Скрыть баннер телефона доверия`,
'hb-invite': `Хочешь поговорить? Позвони на детский телефон доверия.`,
'hb-languages': str`Языки: ${0}`,
'hb-name': `Детский телефон доверия`,
'hb-no-number': `Номер телефона доверия не указан.`,
'hb-none-here': `Для этой страны в списке пока нет телефона доверия.`,
'hb-open': `Сейчас работает`,
'hb-opens': str`откроется: ${0}, ${1}`,
'hb-until': str`до ${0}`,
    };
  