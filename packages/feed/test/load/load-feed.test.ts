import { expect, waitUntil } from '@open-wc/testing';
import { FeedError, loadFeed, resetFeedCache, STORAGE_PREFIX } from '@omj/feed';
import { absolute, closedEarly, hits, rejection, requestHeaders, setFlaky, unique } from './server.js';

async function feedError(promise: Promise<unknown>): Promise<FeedError> {
  const error = await rejection(promise);
  expect(error).to.be.instanceOf(FeedError);
  return error as FeedError;
}

describe('loadFeed against a real server', () => {
  beforeEach(() => {
    resetFeedCache();
  });

  it('loads and parses a feed, relative URLs resolving against the page', async () => {
    const before = Date.now();
    const url = unique('ok.json');
    const loaded = await loadFeed(url, { persist: false });
    expect(loaded.stale).to.equal(false);
    expect(loaded.error).to.equal(undefined);
    expect(loaded.feed.title).to.equal('Test feed ok');
    expect(loaded.feed.news.map((item) => item.id)).to.deep.equal(['ok-1', 'ok-2']);
    expect(loaded.fetchedAt.getTime()).to.be.within(before, Date.now());
    expect(await hits(url)).to.equal(1);
  });

  it('asks for JSON Feed and sends no cookies', async () => {
    document.cookie = 'omj-test-cookie=1; path=/';
    const url = unique('ok.json');
    await loadFeed(url, { persist: false });
    const headers = await requestHeaders(url);
    expect(headers.accept).to.equal('application/feed+json, application/json');
    expect(headers.cookie).to.equal(null);
    document.cookie = 'omj-test-cookie=; path=/; max-age=0';
  });

  it('makes ONE request for three callers at once, and none for later callers on the page', async () => {
    const url = unique('slow.json', 'ms=150');
    const results = await Promise.all([loadFeed(url), loadFeed(url), loadFeed(absolute(url))]);
    expect(results[1]).to.equal(results[0]);
    expect(results[2]).to.equal(results[0]);
    const later = await loadFeed(url);
    expect(later).to.equal(results[0]);
    expect(await hits(url)).to.equal(1);
  });

  it('requests again after resetFeedCache()', async () => {
    const url = unique('ok.json');
    await loadFeed(url, { persist: false });
    resetFeedCache();
    await loadFeed(url, { persist: false });
    expect(await hits(url)).to.equal(2);
  });

  it('rejects with timeout when the server is too slow', async () => {
    const url = unique('slow.json', 'ms=3000');
    // The kind proves the 200 ms timeout ended it (the server would answer only after 3 s); how long that
    // took on a busy machine is not asserted.
    const error = await feedError(loadFeed(url, { timeoutMs: 200, persist: false }));
    expect(error.kind).to.equal('timeout');
    expect(error.url).to.equal(absolute(url));
    await waitUntil(async () => (await closedEarly(url)) === 1, 'the timed-out request was not aborted');
  });

  it('rejects with http and the status for 500 and 404', async () => {
    const serverError = await feedError(loadFeed(unique('500.json'), { persist: false }));
    expect(serverError.kind).to.equal('http');
    expect(serverError.status).to.equal(500);
    const notFound = await feedError(loadFeed(unique('404.json'), { persist: false }));
    expect(notFound.kind).to.equal('http');
    expect(notFound.status).to.equal(404);
  });

  it('rejects with not-json for an HTML error page served with status 200', async () => {
    const error = await feedError(loadFeed(unique('html.json'), { persist: false }));
    expect(error.kind).to.equal('not-json');
  });

  it('rejects with not-a-feed, with the parser problems, for JSON that is not a feed', async () => {
    const error = await feedError(loadFeed(unique('not-a-feed.json'), { persist: false }));
    expect(error.kind).to.equal('not-a-feed');
    expect(error.problems.length).to.be.greaterThan(0);
    expect(error.problems.every((problem) => typeof problem.path === 'string' && problem.reason !== '')).to.equal(true);
  });

  it('rejects with network for a URL that is not http(s), without fetching', async () => {
    const error = await feedError(loadFeed('javascript:alert(1)'));
    expect(error.kind).to.equal('network');
  });

  it('does not fail a second caller whose own request failed before (errors are not cached)', async () => {
    const url = unique('slow.json', 'ms=2000');
    expect((await feedError(loadFeed(url, { timeoutMs: 100, persist: false }))).kind).to.equal('timeout');
    const loaded = await loadFeed(url, { timeoutMs: 5000, persist: false });
    expect(loaded.feed.title).to.equal('Test feed slow');
  });
});

describe('loadFeed limits and redirects', () => {
  beforeEach(() => {
    resetFeedCache();
  });

  async function sent(path: string): Promise<number> {
    return ((await (await fetch(`/__feed-test/sent?path=${encodeURIComponent(path)}`, { cache: 'no-store' })).json()) as { sent: number })
      .sent;
  }

  for (const withLength of [true, false]) {
    it(`refuses a 64 MB answer as "feed too large" without downloading it (${withLength ? 'Content-Length' : 'streamed, no length'})`, async () => {
      const url = unique('huge.json', `mb=64&length=${withLength ? 1 : 0}`);
      const error = await feedError(loadFeed(url, { persist: false }));
      expect(error.kind).to.equal('not-a-feed');
      expect(error.message).to.equal('feed too large');
      expect(error.problems).to.deep.equal([{ path: '$', reason: 'too large', severity: 'error' }]);
      // Read in full, all 64 MB would have been sent; cancelled past 4 MiB, little more than that is.
      await waitUntil(async () => (await sent(url)) > 0);
      expect(await sent(url)).to.be.below(24 * 1024 * 1024);
    });
  }

  it('reads an answer just under the limit', async () => {
    const loaded = await loadFeed(unique('huge.json', 'mb=3&length=0'), { persist: false });
    expect(loaded.feed.news[0]!.title).to.equal('H');
  });

  it('after a redirect, resolves relative links, posters and media against response.url', async () => {
    const loaded = await loadFeed(unique('redirect.json'), { persist: false });
    const moved = absolute('/__feed-test/moved/');
    expect(loaded.feed.news[0]!.url).to.equal(`${moved}story.html`);
    const film = loaded.feed.films[0]!;
    expect(film.poster!.url).to.equal(`${moved}posters/f.jpg`);
    expect(film.video.provider === 'file' && film.video.sources[0]!.url).to.equal(`${moved}media/f.mp4`);
  });
});

describe('loadFeed cancellation', () => {
  beforeEach(() => {
    resetFeedCache();
  });

  it('rejects at once with aborted for a signal that is already aborted, without a request', async () => {
    const url = unique('ok.json');
    const error = await feedError(loadFeed(url, { signal: AbortSignal.abort() }));
    expect(error.kind).to.equal('aborted');
    expect(await hits(url)).to.equal(0);
  });

  it('one caller aborting does not abort the others', async () => {
    const url = unique('slow.json', 'ms=300');
    const leaving = new AbortController();
    const first = loadFeed(url, { signal: leaving.signal });
    const second = loadFeed(url, { signal: new AbortController().signal });
    const third = loadFeed(url);
    leaving.abort();
    expect((await feedError(first)).kind).to.equal('aborted');
    const [b, c] = await Promise.all([second, third]);
    expect(b.feed.title).to.equal('Test feed slow');
    expect(c).to.equal(b);
    expect(await hits(url)).to.equal(1);
    expect(await closedEarly(url)).to.equal(0);
  });

  it('aborts the shared request when every caller aborted; the next caller starts afresh', async () => {
    const url = unique('slow.json', 'ms=3000');
    const a = new AbortController();
    const b = new AbortController();
    const first = loadFeed(url, { signal: a.signal });
    const second = loadFeed(url, { signal: b.signal });
    await waitUntil(async () => (await hits(url)) === 1, 'the request did not reach the server');
    a.abort();
    expect((await feedError(first)).kind).to.equal('aborted');
    b.abort();
    expect((await feedError(second)).kind).to.equal('aborted');
    await waitUntil(async () => (await closedEarly(url)) === 1, 'the shared request was not aborted');
    const again = await loadFeed(url);
    expect(again.feed.title).to.equal('Test feed slow');
    expect(await hits(url)).to.equal(2);
  });

  it('an abort after the answer arrived changes nothing', async () => {
    const url = unique('ok.json');
    const controller = new AbortController();
    const loaded = await loadFeed(url, { signal: controller.signal, persist: false });
    controller.abort();
    expect(await loadFeed(url)).to.equal(loaded);
  });
});

describe('loadFeed last good copy', () => {
  beforeEach(() => {
    resetFeedCache();
  });

  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
  });

  function stored(url: string): string | null {
    return localStorage.getItem(STORAGE_PREFIX + absolute(url));
  }

  it('stores the raw text with its fetch time under omj-feed:<absolute url>', async () => {
    const url = unique('ok.json');
    const loaded = await loadFeed(url);
    const value = stored(url);
    expect(value).to.be.a('string');
    const [time, ...rest] = value!.split('\n');
    expect(Number(time)).to.equal(loaded.fetchedAt.getTime());
    expect(JSON.parse(rest.join('\n')).title).to.equal('Test feed ok');
  });

  it('shows the stored copy, stale and dated from storage, when the server goes away', async () => {
    const id = `down-${Math.random().toString(36).slice(2)}`;
    const url = unique('flaky.json', `id=${id}`);
    await setFlaky(id, 'up');
    const fresh = await loadFeed(url);
    expect(fresh.stale).to.equal(false);

    resetFeedCache();
    await setFlaky(id, 'down');
    const stale = await loadFeed(url);
    expect(stale.stale).to.equal(true);
    expect(stale.fetchedAt.getTime()).to.equal(fresh.fetchedAt.getTime());
    expect(stale.error?.kind).to.equal('network');
    expect(stale.feed.title).to.equal('Test feed flaky');

    // Stale copies are not cached: once the server is back, the page gets fresh data again.
    await setFlaky(id, 'up');
    const back = await loadFeed(url);
    expect(back.stale).to.equal(false);
    expect(back.fetchedAt.getTime()).to.be.greaterThan(fresh.fetchedAt.getTime() - 1);
  });

  it('the stored copy of a redirected feed resolves relative URLs against response.url, not the asked URL', async () => {
    const id = `moved-${Math.random().toString(36).slice(2)}`;
    const url = unique('redirect.json', `id=${id}`);
    await setFlaky(id, 'up');
    await loadFeed(url);
    expect(stored(url)!.split('\n')[0]).to.match(/^\d+ https?:\/\/[^ ]+\/__feed-test\/moved\/feed\.json\?/);

    resetFeedCache();
    await setFlaky(id, 'down');
    const stale = await loadFeed(url);
    expect(stale.stale).to.equal(true);
    const moved = absolute('/__feed-test/moved/');
    expect(stale.feed.news[0]!.url).to.equal(`${moved}story.html`);
    expect(stale.feed.films[0]!.poster!.url).to.equal(`${moved}posters/f.jpg`);
  });

  it('rejects with network when the server is gone and nothing is stored', async () => {
    const id = `never-${Math.random().toString(36).slice(2)}`;
    await setFlaky(id, 'down');
    const error = await feedError(loadFeed(unique('flaky.json', `id=${id}`)));
    expect(error.kind).to.equal('network');
  });

  it('falls back after http, timeout and not-json failures, with fetchedAt from storage', async () => {
    const copy = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Stored copy',
      items: [{ id: 'kept', content_text: 'Kept from last time.' }],
    });
    const cases: [string, string, number?][] = [
      [unique('500.json'), 'http'],
      [unique('html.json'), 'not-json'],
      [unique('slow.json', 'ms=2000'), 'timeout', 100],
    ];
    for (const [url, kind, timeoutMs] of cases) {
      localStorage.setItem(STORAGE_PREFIX + absolute(url), `${Date.now() - 1000}\n${copy}`);
      const loaded = await loadFeed(url, { timeoutMs });
      expect(loaded.stale, url).to.equal(true);
      expect(loaded.error?.kind, url).to.equal(kind);
      expect(loaded.feed.title).to.equal('Stored copy');
      expect(loaded.fetchedAt.getTime()).to.be.closeTo(Date.now() - 1000, 5000);
    }
    // The exact stored time comes back.
    const url = unique('404.json');
    localStorage.setItem(STORAGE_PREFIX + absolute(url), `${Date.now() - 60_000}\n${copy}`);
    const before = Number(localStorage.getItem(STORAGE_PREFIX + absolute(url))!.split('\n')[0]);
    expect((await loadFeed(url)).fetchedAt.getTime()).to.equal(before);
  });

  it('does not fall back for not-a-feed (a publishing mistake must show)', async () => {
    const url = unique('not-a-feed.json');
    localStorage.setItem(
      STORAGE_PREFIX + absolute(url),
      `${Date.now()}\n${JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Old', items: [] })}`,
    );
    expect((await feedError(loadFeed(url))).kind).to.equal('not-a-feed');
  });

  it('ignores a stored copy older than 30 days', async () => {
    const url = unique('500.json');
    const old = Date.now() - 31 * 24 * 60 * 60 * 1000;
    localStorage.setItem(
      STORAGE_PREFIX + absolute(url),
      `${old}\n${JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Old', items: [] })}`,
    );
    expect((await feedError(loadFeed(url))).kind).to.equal('http');
  });

  it('ignores a stored copy dated in the future (it would never expire)', async () => {
    const url = unique('500.json');
    const future = Date.UTC(2099, 11, 4); // "saved copy from 4 Dec 2099"
    localStorage.setItem(
      STORAGE_PREFIX + absolute(url),
      `${future}\n${JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Future', items: [] })}`,
    );
    expect((await feedError(loadFeed(url))).kind).to.equal('http');
  });

  it('persist: false neither stores nor reads a copy', async () => {
    const url = unique('ok.json');
    await loadFeed(url, { persist: false });
    expect(stored(url)).to.equal(null);

    const failing = unique('500.json');
    localStorage.setItem(
      STORAGE_PREFIX + absolute(failing),
      `${Date.now()}\n${JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Old', items: [] })}`,
    );
    expect((await feedError(loadFeed(failing, { persist: false }))).kind).to.equal('http');
  });

  it('carries on silently when storage is full or disabled', async () => {
    const setItem = Storage.prototype.setItem;
    const getItem = Storage.prototype.getItem;
    try {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      const loaded = await loadFeed(unique('ok.json'));
      expect(loaded.stale).to.equal(false);

      Storage.prototype.getItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      expect((await feedError(loadFeed(unique('500.json')))).kind).to.equal('http');
    } finally {
      Storage.prototype.setItem = setItem;
      Storage.prototype.getItem = getItem;
    }
  });

  it('removes an outdated copy when the newer one cannot be stored', async () => {
    const url = unique('ok.json');
    localStorage.setItem(STORAGE_PREFIX + absolute(url), `${Date.now() - 5000}\n{"old":true}`);
    const setItem = Storage.prototype.setItem;
    try {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      await loadFeed(url);
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(stored(url)).to.equal(null);
  });
});
