
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's2eceb9cb01b2f13e': `Көрсөтө турган байланыш жок.`,
's3687049d1af562c4': `Көчүрүү`,
's4f94dbb7c6c445df': `Мобилдик номерди көчүрүү`,
's5b764977ceaeb317': `Мобилдик`,
's62d1feaaee2f417c': `Эл. почта дарегин көчүрүү`,
's676244ac0b608378': `Бул маалыматтарда байланыштар жок.`,
's7c2cf0cde90893f0': str`Байланышты сактоо: ${0}`,
's7eca72b79558971c': str`ички ${0}`,
's86959e3fb60f89da': `Көчүрүү мүмкүн болбоду. Текстти белгилеп, өзүңүз көчүрүңүз.`,
's9f112647ef5d7a04': `Байланышты сактоо`,
'sac8844a2e9c79cb6': str`«${0}» боюнча байланыш табылган жок.`,
'sce9588b19aeadd49': `Телефон номерин көчүрүү`,
'sd1f44f1a8bc20e67': `Эл. почта`,
'sf1bc83d2509bafcf': `Телефон`,
'sf4de3bfbfaca12e5': `Көчүрүлдү`,
    };
  