
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's03bb71bccf200abd': `Акыркы жаңылыктар`,
's24470c37618e2782': `Жаңылыктарды улантуу`,
's3b77f4cdad8eda8c': `Жаңылыктарды токтотуу`,
's3c901bfeeece4650': `Жаңылыктар жүктөлүүдө…`,
's4fd6cbb4400fe3d7': `Дагы жаңылыктар`,
's69269fb688b65abf': `Мурунку жаңылык`,
'sabc4ba4af20eafc6': `Жаңылыктардын бир бөлүгүн жүктөө мүмкүн болбоду.`,
'sb50b8e667300751f': `Кийинки жаңылык`,
'sec3e98177c7cc143': `Азырынча жаңылыктар жок.`,
    };
  