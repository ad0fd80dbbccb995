import { expect } from '@open-wc/testing';
import { dayName, formatTime, kyrgyzDative, languageList } from '../src/intl.js';

// 2025-03-10 is a Monday; Bishkek is UTC+6.
const day = (n: number) => new Date(Date.UTC(2025, 2, 9 + n, 6));

/** Makes the browser claim (or deny) Kyrgyz data while `fn` runs: both paths run on every browser. */
function withKyrgyzData(has: boolean, fn: () => void): void {
  const original = Intl.DateTimeFormat.supportedLocalesOf;
  Intl.DateTimeFormat.supportedLocalesOf = ((locales: string | string[]) =>
    [locales].flat().some((tag) => /^ky\b/i.test(tag)) ? (has ? ['ky'] : []) : original(locales)) as typeof original;
  try {
    fn();
  } finally {
    Intl.DateTimeFormat.supportedLocalesOf = original;
  }
}

describe('hotline banner words', () => {
  it('puts the Russian weekday in the accusative, with its preposition (в среду, во вторник)', () => {
    const days = [1, 2, 3, 4, 5, 6, 7].map((n) => dayName(2, n, day(n), 'Asia/Bishkek', 'ru'));
    expect(days).to.deep.equal(['в понедельник', 'во вторник', 'в среду', 'в четверг', 'в пятницу', 'в субботу', 'в воскресенье']);
    expect(dayName(0, 1, day(1), 'Asia/Bishkek', 'ru')).to.equal('сегодня');
    expect(dayName(1, 1, day(1), 'Asia/Bishkek', 'ru')).to.equal('завтра');
  });

  it('names Kyrgyz weekdays with Intl where the browser speaks Kyrgyz, else from our table', () => {
    withKyrgyzData(true, () => {
      const intl = new Intl.DateTimeFormat(['ky', 'ru', 'en'], { weekday: 'long', timeZone: 'Asia/Bishkek' }).format(day(3));
      expect(dayName(2, 3, day(3), 'Asia/Bishkek', 'ky')).to.equal(intl);
    });
    withKyrgyzData(false, () => {
      expect(dayName(2, 3, day(3), 'Asia/Bishkek', 'ky')).to.equal('шаршемби');
      expect(dayName(1, 3, day(3), 'Asia/Bishkek', 'ky')).to.equal('эртең');
    });
  });

  it('writes times without a leading zero, never breakable, and names the zone apart', () => {
    const nine = new Date('2025-03-10T03:00:00Z'); // 9:00 in Bishkek
    expect(formatTime(nine, 'en', 'Asia/Bishkek')).to.deep.equal({ time: '9:00\u00a0AM', zone: 'GMT+6' });
    expect(formatTime(nine, 'ru', 'Asia/Bishkek')).to.deep.equal({ time: '9:00', zone: 'GMT+6' });
    expect(formatTime(new Date('2025-03-10T18:00:00Z'), 'en', 'UTC')).to.deep.equal({ time: '6:00\u00a0PM', zone: undefined });
  });

  it('gives a Kyrgyz time the dative suffix of its last spoken numeral', () => {
    // ":00" is read «нөл нөл»: «18:00гө», «9:00гө», «20:00гө», «23:00гө».
    expect(['18:00', '9:00', '20:00', '23:00', '00:00'].map((time) => time + kyrgyzDative(time))).to.deep.equal([
      '18:00гө',
      '9:00гө',
      '20:00гө',
      '23:00гө',
      '00:00гө',
    ]);
    // Other minutes end on their own numeral.
    const cases: Record<string, string> = {
      '18:30': 'га', // отуз
      '9:40': 'ка', // кырк
      '9:45': 'ке', // беш
      '9:05': 'ке', // нөл беш
      '9:10': 'го', // он
      '9:20': 'га', // жыйырма
      '9:50': 'гө', // элүү
      '9:21': 'ге', // бир
      '9:22': 'ге', // эки
      '9:23': 'кө', // үч
      '9:24': 'кө', // төрт
      '9:26': 'га', // алты
      '9:27': 'ге', // жети
      '9:28': 'ге', // сегиз
      '9:29': 'га', // тогуз
    };
    for (const [time, suffix] of Object.entries(cases)) expect(`${time}${kyrgyzDative(time)}`).to.equal(`${time}${suffix}`);
  });

  it("names the line's languages with Intl, and in Kyrgyz from our table where the browser cannot", () => {
    expect(languageList(['ky', 'ru'], 'en')).to.equal('Kyrgyz and Russian');
    expect(languageList(['ky', 'ru'], 'ru')).to.equal('кыргызский и русский');
    withKyrgyzData(false, () => {
      expect(languageList(['constructor', 'ky'], 'ky')).to.equal('constructor жана кыргызча');
      expect(languageList(['ky', 'ru', 'en'], 'ky')).to.equal('кыргызча, орусча жана англисче');
      expect(languageList(['ky'], 'ky')).to.equal('кыргызча');
    });
    withKyrgyzData(true, () => {
      const locales = ['ky', 'ru', 'en'];
      const names = new Intl.DisplayNames(locales, { type: 'language' });
      expect(languageList(['ky', 'ru'], 'ky')).to.equal(
        new Intl.ListFormat(locales, { type: 'conjunction' }).format([names.of('ky')!, names.of('ru')!]),
      );
    });
  });
});
