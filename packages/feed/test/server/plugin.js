// A real HTTP endpoint for the loader tests, served by the test runner's own server under /__feed-test/.
//
// Routes (every answer is `Cache-Control: no-store`; the query string is ignored except where noted):
//   ok.json              a valid feed; every request is counted by its path and query
//   slow.json?ms=N       the same feed after N milliseconds (for timeouts)
//   500.json, 404.json   that status with a JSON body
//   html.json            an HTML error page with status 200 (a captive portal, a CMS error page)
//   not-a-feed.json      valid JSON that is not a feed
//   page-1.json -> page-2.json -> page-3.json   paging with relative next_url
//   loop-1.json <-> loop-2.json                 a next_url loop
//   flaky.json?id=X      the feed while X is "up"; while "down" the connection is destroyed (no answer)
//   flaky?id=X&mode=down|up   switches flaky.json for X
//   chain-N.json         an endless chain: next_url chain-(N+1).json (for the page limit)
//   self.json            a first page whose next_url names itself (a loop at page 1)
//   consent-1.json -> consent-2.json -> consent-3.json   films: page 2 withdraws a film of pages 1 and 3
//   redirect.json        302 to moved/feed.json, whose posters, media and links are relative
//                        (with ?id=X: gone while flaky X is "down")
//   huge.json?mb=N&length=0|1   N MB of valid JSON, streamed (with or without Content-Length)
//   sent?path=P          {"sent": bytes}: body bytes written for P before the answer ended or the client left
//   hits?path=P          {"hits": n}: requests seen for P (path and query, e.g. /__feed-test/ok.json?t=1)
//   closed?path=P        {"closed": n}: requests for P whose client went away before the answer
//   headers?path=P       {"accept", "cookie"}: request headers of the last request for P
//   reset                forgets hits and flaky modes
//
// Implemented as a wrapper around the server's `request` listener rather than a Koa middleware: the
// runner composes its Koa middleware before plugins start, and we need raw control (status codes,
// delays, destroyed sockets) without the runner's caching and transforms in the way.

const PREFIX = '/__feed-test/';

/** A small valid OMJ feed: news items only, so it does not depend on films' rules. */
function feed(name, nextUrl) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: `Test feed ${name}`,
    language: 'en',
    ...(nextUrl ? { next_url: nextUrl } : {}),
    items: [
      {
        id: `${name}-1`,
        title: `${name} first item`,
        content_text: `The first item of ${name}.`,
        url: `https://example.org/${name}/1`,
        date_published: '2012-04-20T10:00:00+06:00',
      },
      {
        id: `${name}-2`,
        title: `${name} second item`,
        content_text: `The second item of ${name}.`,
        date_published: '2012-03-09T10:00:00+04:00',
      },
    ],
  };
}

const PAGES = {
  'page-1.json': () => feed('page-1', 'page-2.json'),
  'page-2.json': () => feed('page-2', 'page-3.json'),
  'page-3.json': () => feed('page-3'),
  'loop-1.json': () => feed('loop-1', 'loop-2.json'),
  // An absolute URL with a fragment that names page 1 again: still a loop after normalization.
  'loop-2.json': (origin) => feed('loop-2', `${origin}${PREFIX}loop-1.json#again`),
};

/** A film item (for the consent pages). */
function film(id, extra = {}) {
  return {
    id,
    title: `Film ${id}`,
    content_text: 'A film.',
    _omj: { kind: 'film', country: 'KG', video: { provider: 'youtube', id: 'aBcDeFgHiJk' }, ...extra },
  };
}

function consentPage(n, items, next) {
  return { version: 'https://jsonfeed.org/version/1.1', title: `Consent ${n}`, ...(next ? { next_url: next } : {}), items };
}

Object.assign(PAGES, {
  'self.json': () => feed('self', 'self.json'),
  'consent-1.json': () => consentPage(1, [film('a'), film('b')], 'consent-2.json'),
  'consent-2.json': () => consentPage(2, [film('c'), film('a', { withdrawn: true })], 'consent-3.json'),
  'consent-3.json': () => consentPage(3, [film('a'), film('d')]),
  'moved/feed.json': () => ({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Moved',
    items: [
      { id: 'n', title: 'News', content_text: 'x', url: 'story.html' },
      film('f', { poster: { url: 'posters/f.jpg', width: 4, height: 3 }, video: { provider: 'file', sources: [{ url: 'media/f.mp4' }] } }),
    ],
  }),
});

const HTML_ERROR = `<!doctype html><html lang="en"><head><title>Error</title></head>
<body><h1>Something went wrong</h1><p>Please try again later.</p></body></html>`;

export function feedTestServerPlugin() {
  /** @type {Map<string, number>} */
  const hits = new Map();
  /** @type {Map<string, 'up' | 'down'>} */
  const flaky = new Map();
  /** @type {Map<string, number>} */
  const closed = new Map();
  /** @type {Map<string, {accept: string | null, cookie: string | null}>} */
  const headers = new Map();
  /** @type {Map<string, number>} */
  const sent = new Map();

  /** Streams about `mb` MB of one valid feed (a long news text), honouring back-pressure; counts bytes sent. */
  function huge(res, key, mb, withLength) {
    const head = '{"version":"https://jsonfeed.org/version/1.1","title":"Huge","items":[{"id":"h","title":"H","content_text":"';
    const tail = '"}]}';
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const chunks = Math.ceil((mb * 1024 * 1024) / chunk.length);
    const length = head.length + tail.length + chunks * chunk.length;
    res.writeHead(200, {
      'Content-Type': 'application/feed+json',
      'Cache-Control': 'no-store',
      ...(withLength ? { 'Content-Length': length } : {}),
    });
    let written = 0;
    let i = 0;
    const count = (n) => sent.set(key, (written += n));
    res.write(head);
    count(head.length);
    const pump = () => {
      while (i < chunks) {
        i++;
        count(chunk.length);
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end(tail);
      count(tail.length);
    };
    res.on('close', () => {
      i = chunks + 1; // the client left: stop
    });
    pump();
  }

  function send(res, status, body, type = 'application/feed+json; charset=utf-8') {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, {
      'Content-Type': type,
      'Cache-Control': 'no-store',
      'Content-Length': Buffer.byteLength(text),
    });
    res.end(text);
  }

  function handle(req, res) {
    const url = new URL(req.url, `http://${req.headers.host ?? 'localhost'}`);
    const name = url.pathname.slice(PREFIX.length);
    const key = url.pathname + url.search;
    const asked = url.searchParams.get('path') ?? '';
    hits.set(key, (hits.get(key) ?? 0) + 1);
    headers.set(key, { accept: req.headers.accept ?? null, cookie: req.headers.cookie ?? null });

    switch (name) {
      case 'hits':
        return send(res, 200, { hits: hits.get(asked) ?? 0 }, 'application/json');
      case 'closed':
        return send(res, 200, { closed: closed.get(asked) ?? 0 }, 'application/json');
      case 'headers':
        return send(res, 200, headers.get(asked) ?? {}, 'application/json');
      case 'sent':
        return send(res, 200, { sent: sent.get(asked) ?? 0 }, 'application/json');
      case 'huge.json':
        return huge(res, key, Math.min(Number(url.searchParams.get('mb')) || 1, 200), url.searchParams.get('length') === '1');
      case 'redirect.json':
        if (flaky.get(url.searchParams.get('id') ?? '') === 'down') {
          req.socket.destroy(); // gone, as flaky.json
          return undefined;
        }
        res.writeHead(302, { Location: `${PREFIX}moved/feed.json${url.search}`, 'Cache-Control': 'no-store', 'Content-Length': 0 });
        return res.end();
      case 'reset':
        hits.clear();
        flaky.clear();
        closed.clear();
        headers.clear();
        return send(res, 200, { ok: true }, 'application/json');
      case 'flaky': {
        const mode = url.searchParams.get('mode') === 'down' ? 'down' : 'up';
        flaky.set(url.searchParams.get('id') ?? '', mode);
        return send(res, 200, { mode }, 'application/json');
      }
      case 'ok.json':
        return send(res, 200, feed('ok'));
      case 'slow.json': {
        const ms = Math.min(Number(url.searchParams.get('ms')) || 1000, 30_000);
        const timer = setTimeout(() => send(res, 200, feed('slow')), ms);
        res.on('close', () => {
          if (res.writableEnded) return;
          clearTimeout(timer); // the client gave up before the answer: count it, answer nothing
          closed.set(key, (closed.get(key) ?? 0) + 1);
        });
        return undefined;
      }
      case '500.json':
        return send(res, 500, { error: 'internal server error' }, 'application/json');
      case '404.json':
        return send(res, 404, { error: 'not found' }, 'application/json');
      case 'html.json':
        return send(res, 200, HTML_ERROR, 'text/html; charset=utf-8');
      case 'not-a-feed.json':
        return send(res, 200, { hello: 'world', items: 'none' }, 'application/json');
      case 'flaky.json':
        if (flaky.get(url.searchParams.get('id') ?? '') === 'down') {
          req.socket.destroy(); // the server is gone: no status, no body
          return undefined;
        }
        return send(res, 200, feed('flaky'));
      default: {
        const page = PAGES[name];
        if (page) return send(res, 200, page(url.origin));
        const chain = /^chain-(\d+)\.json$/.exec(name);
        if (chain) return send(res, 200, feed(`chain-${chain[1]}`, `chain-${Number(chain[1]) + 1}.json`));
        return send(res, 404, { error: `no route ${name}` }, 'application/json');
      }
    }
  }

  return {
    name: 'omj-feed-test-server',
    serverStart({ server }) {
      if (!server) return;
      const listeners = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (req, res) => {
        if (req.url?.startsWith(PREFIX)) {
          handle(req, res);
          return;
        }
        for (const listener of listeners) listener.call(server, req, res);
      });
    },
  };
}
