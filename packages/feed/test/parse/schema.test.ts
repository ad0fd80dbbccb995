// The JSON Schema agrees with the parser: valid corpus feeds pass it, broken ones fail where the parser
// reports a problem, and it describes every item kind.
import { expect } from '@open-wc/testing';
import { validate } from './mini-schema.js';
import { contact, feed, film, hotline, news } from '../corpus/cases.js';
import { isCountryCode } from '../../src/formats.js';

async function json(path: string): Promise<Record<string, unknown>> {
  return (await fetch(new URL(path, import.meta.url).href)).json() as Promise<Record<string, unknown>>;
}

describe('omj-feed.schema.json', () => {
  let schema: Record<string, unknown>;
  before(async () => {
    schema = await json('../../schema/omj-feed.schema.json');
  });

  it('is draft 2020-12, requires the JSON Feed top-level keys and defines every kind', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).to.deep.equal(['version', 'title', 'items']);
    const defs = schema.$defs as Record<string, Record<string, unknown>>;
    for (const kind of ['film', 'news', 'contact', 'hotline']) {
      expect(defs[kind], kind).to.be.an('object');
      expect((defs[kind]!.properties as Record<string, unknown>).kind).to.deep.equal({ const: kind });
    }
    expect(defs.film!.required).to.deep.equal(['kind', 'country', 'video']);
    expect(defs.hotline!.required).to.deep.equal(['kind', 'country', 'number']);
  });

  it('lists the same 249 country codes as the parser', () => {
    const codes = (schema.$defs as Record<string, { enum: string[] }>).countryCode!.enum;
    const all = Array.from({ length: 26 * 26 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)));
    expect(all.filter(isCountryCode)).to.deep.equal([...codes].sort());
  });

  for (const name of ['wordpress-1.0.json', 'hugo-1.1.json', 'minimal.json', 'omj-full.json']) {
    it(`accepts the valid corpus feed ${name}`, async () => {
      expect(validate(schema, await json(`../corpus/${name}`))).to.deep.equal([]);
    });
  }

  const rejected: [string, unknown, { path: string; keyword: string }][] = [
    ['missing items', { version: 'https://jsonfeed.org/version/1.1', title: 'x' }, { path: '$.items', keyword: 'required' }],
    ['a javascript: link', feed([news('a', { url: 'javascript:alert(1)' })]), { path: '$.items[0].url', keyword: 'pattern' }],
    [
      'a data: poster',
      feed([film('a', { poster: { url: 'data:image/png;base64,AA', width: 1, height: 1 } })]),
      { path: '$.items[0]._omj.poster.url', keyword: 'pattern' },
    ],
    ['an unassigned country', feed([film('a', { country: 'XX' })]), { path: '$.items[0]._omj.country', keyword: 'enum' }],
    [
      'a bad YouTube id',
      feed([film('a', { video: { provider: 'youtube', id: 'short' } })]),
      { path: '$.items[0]._omj.video', keyword: 'oneOf' },
    ],
    [
      'more than 20 topics',
      feed([film('a', { topics: Array.from({ length: 21 }, (_, i) => `t${i}`) })]),
      { path: '$.items[0]._omj.topics', keyword: 'maxItems' },
    ],
    [
      'an unknown kind',
      feed([{ id: 'a', content_text: 'x', _omj: { kind: 'podcast' } }]),
      { path: '$.items[0]._omj.kind', keyword: 'enum' },
    ],
    [
      'a hotline period past midnight as 25:00',
      feed([hotline('h', { hours: { time_zone: 'UTC', open: [{ days: [1], from: '20:00', to: '25:00' }] } })]),
      { path: '$.items[0]._omj.hours.open', keyword: 'oneOf' },
    ],
    ['a local phone number', feed([contact('c', { phones: ['312 61 12 11'] })]), { path: '$.items[0]._omj.phones[0]', keyword: 'oneOf' }],
    ['an item without content', feed([{ id: 'a', title: 'only a title' }]), { path: '$.items[0]', keyword: 'anyOf' }],
  ];
  it('accepts an 11-digit YouTube id written as a number, as both readers do', () => {
    expect(validate(schema, feed([film('a', { video: { provider: 'youtube', id: 12345678901 } })]))).to.deep.equal([]);
    expect(validate(schema, feed([film('a', { video: { provider: 'youtube', id: 1234 } })]))).to.deep.include({
      path: '$.items[0]._omj.video',
      keyword: 'oneOf',
    });
  });

  for (const [name, value, expected] of rejected) {
    it(`rejects ${name}`, () => {
      expect(validate(schema, value)).to.deep.include(expected);
    });
  }
});
