import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { html as litHtml } from 'lit';
import { resetFeedCache } from '@omj/feed';
import { OmjElement } from '../src/element.js';

/** A minimal widget: shows the controller's state, the way every real widget reads it. */
@customElement('omj-test-feed-view')
class FeedView extends OmjElement {
  override render() {
    const state = this.feedState;
    if (state.status !== 'ready') return litHtml`<p>${state.status}</p>`;
    return litHtml`<p>ready ${state.feed.news.length} ${state.stale} ${state.errors.length}</p>`;
  }
}

const text = (el: FeedView) => el.shadowRoot!.querySelector('p')!.textContent!;
const server = '/__feed-test/';

function feed(items: unknown[]) {
  return { version: 'https://jsonfeed.org/version/1.1', title: 'Test', items };
}

describe('FeedController through OmjElement', () => {
  let warnings: string[];
  const original = console.warn;
  beforeEach(() => {
    resetFeedCache();
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = original;
  });

  it('parses data given as a property, keeps good items and warns naming the bad field', async () => {
    const el = await fixture<FeedView>(html`<omj-test-feed-view></omj-test-feed-view>`);
    el.data = feed([
      { id: 'a', title: 'One', content_text: 'x', url: 'https://example.org/a' },
      { id: 'b', title: 'Two', content_text: 'x', url: 'javascript:alert(1)' },
      { title: 'no id', content_text: 'x' },
    ]);
    await el.updateComplete;
    expect(text(el)).to.equal('ready 2 false 0');
    expect(warnings.some((line) => line.startsWith('<omj-test-feed-view> items[1].url: '))).to.equal(true);
    expect(warnings.some((line) => line.startsWith('<omj-test-feed-view> items[2].id: '))).to.equal(true);
  });

  it('warns about the first 20 problems one by one and counts the rest in one line', async () => {
    const el = await fixture<FeedView>(html`<omj-test-feed-view></omj-test-feed-view>`);
    el.data = feed(Array.from({ length: 50 }, (_, i) => ({ id: `n${i}`, title: 'News', content_text: 'x', url: 'javascript:void 0' })));
    await el.updateComplete;
    expect(text(el)).to.equal('ready 50 false 0');
    expect(warnings).to.have.length(21);
    expect(warnings[0]).to.match(/^<omj-test-feed-view> items\[0\]\.url: /);
    expect(warnings[19]).to.match(/^<omj-test-feed-view> items\[19\]\.url: /);
    expect(warnings[20]).to.equal('<omj-test-feed-view> and 30 more problems (npx omj-feed validate lists them all)');
  });

  it('shows an error state for data that is not a feed, and never throws', async () => {
    const el = await fixture<FeedView>(html`<omj-test-feed-view></omj-test-feed-view>`);
    el.data = '<!DOCTYPE html><p>Server error</p>';
    await el.updateComplete;
    expect(text(el)).to.equal('error');
    expect(warnings.join('\n')).to.contain('<omj-test-feed-view> $: ');
  });

  it('loads space-separated feeds, merges them and keeps the one that answers when the other fails', async () => {
    const el = await fixture<FeedView>(html`<omj-test-feed-view feed="${server}ok.json ${server}500.json"></omj-test-feed-view>`);
    expect(text(el)).to.equal('loading');
    await waitUntil(() => text(el).startsWith('ready'), 'feed did not load', { timeout: 8000 });
    expect(text(el)).to.match(/^ready [1-9]\d* false 1$/);
    expect(warnings.some((line) => line.includes(`${server}500.json`))).to.equal(true);
  });

  it('reports a failed feed as an error state', async () => {
    const el = await fixture<FeedView>(html`<omj-test-feed-view feed="${server}404.json"></omj-test-feed-view>`);
    await waitUntil(() => text(el) === 'error', 'no error state', { timeout: 8000 });
  });

  it('stops caring about a request when the element leaves the page, and loads again when it returns', async () => {
    // The request is watched, not timed: the test goes on once it has ended (aborted, or answered).
    const realFetch = window.fetch;
    const requests: Promise<unknown>[] = [];
    window.fetch = (...args: Parameters<typeof fetch>) => {
      const request = realFetch(...args);
      requests.push(request.catch(() => undefined));
      return request;
    };
    let el: FeedView;
    try {
      el = await fixture<FeedView>(html`<omj-test-feed-view feed="${server}slow.json?ms=400"></omj-test-feed-view>`);
    } finally {
      window.fetch = realFetch;
    }
    expect(requests).to.have.length(1);
    const parent = el.parentElement!;
    el.remove();
    await requests[0];
    await new Promise((resolve) => setTimeout(resolve)); // one task: whatever followed the request has run
    await el.updateComplete;
    expect(text(el)).to.equal('loading');
    parent.append(el);
    await waitUntil(() => text(el).startsWith('ready'), 'did not reload after re-attaching', { timeout: 8000 });
  });
});

void FeedView;
