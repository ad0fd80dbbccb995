import { expect } from '@open-wc/testing';
import { FeedPager, MAX_PAGES, mergeFeeds, resetFeedCache } from '@omj/feed';
import { absolute, BASE, hits } from './server.js';

describe('FeedPager', () => {
  beforeEach(() => {
    resetFeedCache();
  });

  it('follows next_url page by page, in order, on demand', async () => {
    const pager = new FeedPager(`${BASE}page-1.json`);
    expect(pager.hasMore).to.equal(false);
    const first = await pager.first({ persist: false });
    expect(first.feed.title).to.equal('Test feed page-1');
    expect(pager.hasMore).to.equal(true);
    const hitsBefore = await hits(`${BASE}page-2.json`);
    const second = await pager.next({ persist: false });
    expect(second?.feed.title).to.equal('Test feed page-2');
    expect(await hits(`${BASE}page-2.json`)).to.equal(hitsBefore + 1);
    const third = await pager.next({ persist: false });
    expect(third?.feed.title).to.equal('Test feed page-3');
    expect(pager.hasMore).to.equal(false);
    expect(await pager.next()).to.equal(undefined);
    expect(pager.problems).to.deep.equal([]);
  });

  it('shares one load between concurrent next() calls', async () => {
    const pager = new FeedPager(`${BASE}page-1.json`);
    await pager.first({ persist: false });
    const [a, b] = await Promise.all([pager.next(), pager.next()]);
    expect(a).to.equal(b);
    expect(a?.feed.title).to.equal('Test feed page-2');
    expect(pager.hasMore).to.equal(true);
  });

  it('stops at a next_url that repeats a visited page and reports the loop', async () => {
    const pager = new FeedPager(`${BASE}loop-1.json`);
    await pager.first({ persist: false });
    expect(pager.hasMore).to.equal(true);
    const second = await pager.next({ persist: false });
    expect(second?.feed.title).to.equal('Test feed loop-2');
    // loop-2 names loop-1 again (absolute, with a fragment): caught as soon as loop-2 arrives.
    expect(pager.hasMore).to.equal(false);
    expect(pager.problems).to.deep.equal([
      { path: 'next_url', reason: `repeats ${absolute(`${BASE}loop-1.json`)} (a loop)`, severity: 'warning' },
    ]);
    expect(await pager.next()).to.equal(undefined);
  });

  it("warns about a first page whose next_url names itself, in that page's problems (it stopped silently)", async () => {
    const pager = new FeedPager(`${BASE}self.json`);
    const first = await pager.first({ persist: false });
    expect(pager.hasMore).to.equal(false);
    const loop = { path: 'next_url', reason: `repeats ${absolute(`${BASE}self.json`)} (a loop)`, severity: 'warning' };
    expect(first.feed.problems).to.deep.equal([loop]);
    expect(pager.problems).to.deep.equal([loop]);
  });

  it('carries withdrawn film ids across the archive: a film withdrawn on page 2 is gone from pages 1 and 3', async () => {
    const pager = new FeedPager(`${BASE}consent-1.json`);
    const pages = [await pager.first({ persist: false })];
    expect(pages[0]!.feed.films.map((film) => film.id)).to.deep.equal(['a', 'b']); // not known yet
    pages.push((await pager.next({ persist: false }))!);
    pages.push((await pager.next({ persist: false }))!);
    expect(pages[1]!.feed.films.map((film) => film.id)).to.deep.equal(['c']);
    // Page 3 lists `a` again, after its withdrawal on page 2: not shown.
    expect(pages[2]!.feed.films.map((film) => film.id)).to.deep.equal(['d']);
    expect([...pager.withdrawnIds]).to.deep.equal(['a']);
    expect([...pages[2]!.feed.withdrawnIds!]).to.deep.equal(['a']);
    // The pages merged (what the grid shows): `a`, listed on page 1 BEFORE the withdrawal, is gone too.
    const merged = mergeFeeds(pages.map((page) => page.feed))!;
    expect(merged.films.map((film) => film.id)).to.deep.equal(['b', 'c', 'd']);
    expect([...merged.withdrawnIds!]).to.deep.equal(['a']);
  });

  it('starts over with first()', async () => {
    const pager = new FeedPager(`${BASE}page-1.json`);
    await pager.first({ persist: false });
    await pager.next();
    await pager.next();
    expect(pager.hasMore).to.equal(false);
    await pager.first();
    expect(pager.hasMore).to.equal(true);
    expect((await pager.next())?.feed.title).to.equal('Test feed page-2');
  });

  it(`stops after ${MAX_PAGES} pages of an endless chain`, async function () {
    this.timeout(30000);
    const pager = new FeedPager(`${BASE}chain-1.json?run=${Date.now()}`);
    await pager.first({ persist: false });
    let pages = 1;
    while (pager.hasMore) {
      const page = await pager.next({ persist: false });
      expect(page).to.not.equal(undefined);
      pages++;
    }
    expect(pages).to.equal(MAX_PAGES);
    expect(pager.problems).to.have.length(1);
    expect(pager.problems[0]!.reason).to.equal(`not followed: stopped after ${MAX_PAGES} pages`);
  });

  it('keeps hasMore after a failed next() so it can be retried', async () => {
    const pager = new FeedPager(`${BASE}page-1.json`);
    await pager.first({ persist: false });
    const controller = new AbortController();
    controller.abort();
    await pager.next({ signal: controller.signal }).then(
      () => expect.fail('should reject'),
      (error: { kind: string }) => expect(error.kind).to.equal('aborted'),
    );
    expect(pager.hasMore).to.equal(true);
    expect((await pager.next())?.feed.title).to.equal('Test feed page-2');
  });
});
