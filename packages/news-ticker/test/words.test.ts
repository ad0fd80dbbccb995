import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { needsKyrgyzFallback } from '@omj/core';
import '../src/index.js';
import type { OmjNewsTicker } from '../src/news-ticker.js';
import { $, $$, settled, toggleLabel } from './helpers.js';
import { HOUR, ago, manyItems } from './feeds.js';

async function ticker(template: ReturnType<typeof html>): Promise<OmjNewsTicker> {
  const el = await fixture<OmjNewsTicker>(template);
  await settled(el);
  return el;
}

describe('<omj-news-ticker> words (ru «ты», ky «сен»)', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('the toggle says «Остановить прокрутку новостей» / «Продолжить прокрутку» in Russian', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = await ticker(html`<omj-news-ticker mode="rotate" lang="ru" .data=${manyItems(3)}></omj-news-ticker>`);
    expect(toggleLabel(el)).to.equal('Остановить прокрутку новостей');
    $(el, '[part=toggle]')!.click();
    await el.updateComplete;
    expect(toggleLabel(el)).to.equal('Продолжить прокрутку');
    expect($(el, '[part=prev] .visually-hidden')!.textContent!.trim()).to.equal('Предыдущая новость');
    expect($(el, '[part=next] .visually-hidden')!.textContent!.trim()).to.equal('Следующая новость');
  });

  it('the toggle says «Жаңылыктарды токтотуу» / «Жаңылыктарды улантуу» in Kyrgyz', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = await ticker(html`<omj-news-ticker mode="rotate" lang="ky" .data=${manyItems(3)}></omj-news-ticker>`);
    expect(toggleLabel(el)).to.equal('Жаңылыктарды токтотуу');
    $(el, '[part=toggle]')!.click();
    await el.updateComplete;
    expect(toggleLabel(el)).to.equal('Жаңылыктарды улантуу');
  });
});

/**
 * Kyrgyz dates come from `Intl` where the browser has Kyrgyz data (Chrome, Safari, Firefox) and from our
 * small CLDR table only where it has none (Debian's Chromium). Both paths, whichever this browser is: the
 * "has Kyrgyz" browser is simulated by answering `supportedLocalesOf('ky')` and a Kyrgyz
 * RelativeTimeFormat (CLDR's own words, so a real Kyrgyz browser would show the same).
 */
describe('<omj-news-ticker> feed text', () => {
  it('isolates every news title from its neighbours (unicode-bidi: isolate, #12)', async () => {
    const el = await ticker(html`<omj-news-ticker mode="list" .data=${manyItems(3)}></omj-news-ticker>`);
    const shown = $$(el, '.title');
    expect(shown.length).to.be.greaterThan(0);
    for (const node of shown) expect(getComputedStyle(node).unicodeBidi, node.outerHTML).to.equal('isolate');
  });
});

describe('<omj-news-ticker> Kyrgyz dates: Intl where it speaks Kyrgyz, our table where not', () => {
  const realSupported = Intl.DateTimeFormat.supportedLocalesOf;
  const RealRelative = Intl.RelativeTimeFormat;
  const intl = Intl as { RelativeTimeFormat: unknown };
  afterEach(() => {
    Intl.DateTimeFormat.supportedLocalesOf = realSupported;
    intl.RelativeTimeFormat = RealRelative;
  });

  function feed() {
    const data = manyItems(2);
    const items = data.items as Record<string, unknown>[];
    items[0]!.date_published = ago(12 * 60_000 + 1000);
    items[1]!.date_published = ago(3 * HOUR + 60_000);
    return data;
  }

  it('without Kyrgyz Intl data: our CLDR table («3 саат мурун», «12 мүнөт мурун»)', async () => {
    Intl.DateTimeFormat.supportedLocalesOf = ((locales: string | string[]) =>
      [locales].flat().filter((tag) => !/^ky\b/i.test(tag))) as typeof realSupported;
    expect(needsKyrgyzFallback('ky')).to.equal(true);
    const el = await ticker(html`<omj-news-ticker lang="ky" .data=${feed()}></omj-news-ticker>`);
    expect($$(el, '[part=date]').map((t) => t.textContent!.trim())).to.deep.equal(['12 мүнөт мурун', '3 саат мурун']);
  });

  it('with Kyrgyz Intl data: Intl.RelativeTimeFormat answers, not our table', async () => {
    const asked: string[][] = [];
    Intl.DateTimeFormat.supportedLocalesOf = ((locales: string | string[]) => [locales].flat()) as typeof realSupported;
    intl.RelativeTimeFormat = class {
      constructor(locales: string[]) {
        asked.push(locales);
      }
      format(count: number, unit: string) {
        return `Intl:ky ${count} ${unit}`;
      }
    };
    expect(needsKyrgyzFallback('ky')).to.equal(false);
    const el = await ticker(html`<omj-news-ticker lang="ky" .data=${feed()}></omj-news-ticker>`);
    expect($$(el, '[part=date]').map((t) => t.textContent!.trim())).to.deep.equal(['Intl:ky -12 minute', 'Intl:ky -3 hour']);
    expect(asked[0]![0]).to.equal('ky');
  });
});
