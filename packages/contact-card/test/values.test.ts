import { expect } from '@open-wc/testing';
import { formatPhone } from '../src/phone.js';
import { buildVCard, fold, vCardFileName } from '../src/vcard.js';
import { contactsJsonLd, jsonLdText } from '../src/json-ld.js';
import type { Card } from '../src/view.js';
import { parseVCard, unescapeText } from './helpers.js';

const encoder = new TextEncoder();

describe('phone numbers', () => {
  it('groups numbers the way people read them', () => {
    expect(formatPhone('+996312611211')).to.equal('+996 312 61 12 11');
    expect(formatPhone('+996775580261')).to.equal('+996 775 58 02 61');
    expect(formatPhone('+79161234567')).to.equal('+7 916 123 45 67');
    expect(formatPhone('+14015551212')).to.equal('+1 401 555 1212');
    expect(formatPhone('+4917623107083')).to.equal('+49 176 231 070 83');
    expect(formatPhone('+447911123456')).to.equal('+44 791 112 3456');
  });
});

const longName = 'Александра-Екатерина Константиновна Солодунова-Отунчиева-Шюпп-Исмаилова';

const solodunova: Card = {
  id: 'contact-unicef-kg-solodunova',
  name: { text: 'Галина Солодунова' },
  role: { text: 'Специалист по внешним коммуникациям' },
  org: { text: 'ЮНИСЕФ в Кыргызстане' },
  rows: [
    { field: 'phone', text: '+996 312 61 12 11', ext: '143', href: 'tel:+996312611211;ext=143' },
    { field: 'mobile', text: '+996 775 58 02 61', href: 'tel:+996775580261' },
    { field: 'email', text: 'gsolodunova@example.org', href: 'mailto:gsolodunova@example.org' },
  ],
};

function field(lines: ReturnType<typeof parseVCard>['lines'], name: string) {
  return lines.filter((line) => line.name === name);
}

describe('vCard', () => {
  it('writes a vCard 3.0 that reads back field by field, Cyrillic intact', () => {
    const { lines } = parseVCard(encoder.encode(buildVCard(solodunova)));
    expect(lines[0]).to.deep.include({ name: 'BEGIN', value: 'VCARD' });
    expect(lines[1]).to.deep.include({ name: 'VERSION', value: '3.0' });
    expect(lines.at(-1)).to.deep.include({ name: 'END', value: 'VCARD' });
    expect(field(lines, 'FN')[0]).to.deep.equal({ name: 'FN', params: { CHARSET: 'UTF-8' }, value: 'Галина Солодунова' });
    expect(field(lines, 'N')[0]!.value).to.equal('Солодунова;Галина;;;');
    expect(field(lines, 'ORG')[0]!.value).to.equal('ЮНИСЕФ в Кыргызстане');
    expect(field(lines, 'TITLE')[0]!.value).to.equal('Специалист по внешним коммуникациям');
    const tels = field(lines, 'TEL');
    expect(tels.map((tel) => [tel.params.TYPE, tel.value])).to.deep.equal([
      ['WORK,VOICE', '+996312611211,143'],
      ['CELL,VOICE', '+996775580261'],
    ]);
    expect(field(lines, 'EMAIL')[0]).to.deep.equal({ name: 'EMAIL', params: { TYPE: 'INTERNET,WORK' }, value: 'gsolodunova@example.org' });
  });

  it('leaves ASCII text without a CHARSET parameter', () => {
    const { lines } = parseVCard(encoder.encode(buildVCard({ id: 'x', name: { text: 'Chris Schuepp' }, rows: [] })));
    expect(field(lines, 'FN')[0]).to.deep.equal({ name: 'FN', params: {}, value: 'Chris Schuepp' });
    expect(field(lines, 'N')[0]!.value).to.equal('Schuepp;Chris;;;');
    expect(field(lines, 'TEL')).to.have.length(0);
  });

  it('folds at 75 octets without splitting a UTF-8 character, and unfolds to the same name', () => {
    expect(encoder.encode(longName).length).to.be.greaterThan(75);
    const bytes = encoder.encode(buildVCard({ ...solodunova, name: { text: longName } }));
    const { physical, lines } = parseVCard(bytes); // fatal UTF-8 decoding: a split character throws
    for (const line of physical) expect(line.length).to.be.at.most(75);
    expect(
      physical.some((line) => line[0] === 0x20),
      'no line was folded',
    ).to.equal(true);
    expect(field(lines, 'FN')[0]!.value).to.equal(longName);
    expect(unescapeText(field(lines, 'N')[0]!.value.split(';')[0]!)).to.equal('Солодунова-Отунчиева-Шюпп-Исмаилова');
  });

  it('folds 4-byte characters too', () => {
    const folded = fold(`NOTE:${'😀'.repeat(40)}`);
    for (const line of folded.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
    expect(folded.replace(/\r\n /g, '')).to.equal(`NOTE:${'😀'.repeat(40)}`);
  });

  it('escapes backslash, comma, semicolon and line breaks in text', () => {
    const tricky = {
      ...solodunova,
      name: { text: 'Ann O\\Brien' },
      org: { text: 'UNICEF; Kyrgyzstan, Bishkek' },
      role: { text: 'Officer\nPress, media' },
    };
    const { lines } = parseVCard(encoder.encode(buildVCard(tricky)));
    expect(field(lines, 'ORG')[0]!.value).to.equal('UNICEF\\; Kyrgyzstan\\, Bishkek');
    expect(field(lines, 'TITLE')[0]!.value).to.equal('Officer\\nPress\\, media');
    expect(field(lines, 'FN')[0]!.value).to.equal('Ann O\\\\Brien');
    expect(unescapeText(field(lines, 'TITLE')[0]!.value)).to.equal('Officer\nPress, media');
    expect(field(lines, 'N')[0]!.value).to.equal('O\\\\Brien;Ann;;;');
  });

  it('leaves out a malformed phone and an email that is not an address', () => {
    const { lines } = parseVCard(
      encoder.encode(
        buildVCard({
          id: 'x',
          name: { text: 'A B' },
          rows: [
            { field: 'phone', text: 'abc' },
            { field: 'email', text: 'nope' },
          ],
        }),
      ),
    );
    expect(field(lines, 'TEL')).to.have.length(0);
    expect(field(lines, 'EMAIL')).to.have.length(0);
  });

  it('names the file after the person in safe characters', () => {
    expect(vCardFileName('Galina Solodunova')).to.equal('Galina-Solodunova.vcf');
    expect(vCardFileName('Гулина Отунчиева')).to.equal('Гулина-Отунчиева.vcf');
    expect(vCardFileName('../../etc/passwd <x>')).to.equal('etc-passwd-x.vcf');
    expect(vCardFileName('  ?? ')).to.equal('contact.vcf');
  });
});

describe('JSON-LD', () => {
  it('describes a Person with ContactPoints', () => {
    expect(contactsJsonLd([solodunova])).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Галина Солодунова',
      jobTitle: 'Специалист по внешним коммуникациям',
      worksFor: { '@type': 'Organization', name: 'ЮНИСЕФ в Кыргызстане' },
      url: undefined,
      email: 'gsolodunova@example.org',
      contactPoint: [
        { '@type': 'ContactPoint', contactType: 'work', telephone: '+996312611211;ext=143' },
        { '@type': 'ContactPoint', contactType: 'mobile', telephone: '+996775580261' },
      ],
    });
  });

  it('cannot be closed from inside: < is written \\u003c', () => {
    const json = jsonLdText(contactsJsonLd([{ id: 'x', name: { text: '</script><script>alert(1)</script><!--' }, rows: [] }]));
    expect(json).not.to.contain('<');
    expect((JSON.parse(json) as { name: string }).name).to.equal('</script><script>alert(1)</script><!--');
  });
});
