
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'hb-always': `Күнү-түнү, күн сайын иштейт`,
'hb-bad-country': `Ишеним телефонун көрсөтүү мүмкүн эмес: өлкөнүн коду туура эмес.`,
'hb-call': str`${0}: ${1} номерине чалуу`,
'hb-closed': `Азыр иштебейт`,
'hb-exit': `Тез чыгуу`,
'hb-exit-hint': `Бул беттен дароо чыгат. Shift баскычын үч жолу бассаң да болот. Браузердин тарыхы өчүрүлбөйт.`,
'hb-free': `Акысыз чалуу`,
'hb-hide': `Ишеним телефонунун баннерин жашыруу`,
'hb-invite': `Сүйлөшкүң келеби? Балдардын ишеним телефонуна чал.`,
'hb-languages': str`Тилдер: ${0}`,
'hb-name': `Балдардын ишеним телефону`,
'hb-no-number': `Ишеним телефонунун номери көрсөтүлгөн эмес.`,
'hb-none-here': `Бул өлкө үчүн тизмеде азырынча ишеним телефону жок.`,
'hb-open': `Азыр иштеп жатат`,
'hb-opens': str`ачылат: ${0}, саат ${1}`,
'hb-until': str`жабылат: саат ${0}`,
    };
  