// `omj-feed validate`: exit statuses and printed lines. Run from the repository root:
//   node --test packages/feed-cli/test/cli.node.test.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildCli, root, runCli, runCliSync } from './run-cli.mjs';

const corpus = relative(root, join(root, 'packages/feed/test/corpus'));

const omjFeed = (...args) => runCliSync(args);
const omjFeedWithInput = (input, ...args) => runCliSync(args, input);
/** Same as omjFeed, but asynchronous (the local HTTP server must keep answering meanwhile). */
const omjFeedAsync = (...args) => runCli(args);

before(buildCli);

describe('omj-feed validate: files', () => {
  it('exits 0 and prints the summary for a clean feed', () => {
    const run = omjFeed('validate', `${corpus}/omj-full.json`);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(run.lines, ['8 items: 7 kept, 0 dropped, 1 withdrawn']);
  });

  it('exits 0 when there are only warnings, and marks them', () => {
    const run = omjFeed('validate', `${corpus}/warnings-only.json`);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(run.lines, [
      'items[0].title: contained HTML markup, tags removed (warning)',
      'items[0].date_published: "yesterday" is not an RFC 3339 date (warning)',
      '1 item: 1 kept, 0 dropped, 2 warnings',
    ]);
  });

  it('exits 1 and prints PATH: reason lines when items are dropped', () => {
    const run = omjFeed('validate', `${corpus}/broken-items.json`);
    assert.equal(run.status, 1);
    assert.deepEqual(run.lines, [
      'next_url: not an http(s) URL (warning)',
      'items[1]._omj.country: "XX" is not an ISO 3166-1 code',
      'items[2].id: missing',
      'items[3].id: duplicate of items[0].id',
      'items[4].url: not an http(s) URL (warning)',
      '6 items: 2 kept, 3 dropped, 1 withdrawn, 2 warnings',
    ]);
  });

  it('resolves relative media of a local file against its own location', () => {
    const run = omjFeed('validate', `${corpus}/relative-media.json`);
    assert.equal(run.status, 0, run.stdout);
    assert.deepEqual(run.lines, ['1 item: 1 kept, 0 dropped']);
  });

  it('exits 1 for an HTML page', () => {
    const run = omjFeed('validate', `${corpus}/html-error-page.json`);
    assert.equal(run.status, 1);
    assert.deepEqual(run.lines, ['$: not JSON (starts with "<!DOCTYPE html>")', 'feed not usable: nothing can be shown']);
  });

  it('exits 1 for a missing file', () => {
    const run = omjFeed('validate', `${corpus}/no-such-feed.json`);
    assert.equal(run.status, 1);
    assert.equal(run.lines[0], `$: no file ${corpus}/no-such-feed.json`);
  });

  it('prints JSON with --json', () => {
    const run = omjFeed('validate', '--json', `${corpus}/broken-items.json`);
    assert.equal(run.status, 1);
    const out = JSON.parse(run.stdout);
    assert.equal(out.ok, true);
    assert.deepEqual([out.items, out.kept, out.dropped, out.withdrawn, out.warnings], [6, 2, 3, 1, 2]);
    assert.deepEqual(out.problems[1], { path: 'items[1]._omj.country', reason: '"XX" is not an ISO 3166-1 code', severity: 'error' });
  });

  it('reads standard input (-) and resolves relative URLs against --base-url', () => {
    const feed = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'stdin',
      items: [{ id: 'a', title: 'A', url: 'a.html' }],
    });
    const without = omjFeedWithInput(feed, 'validate', '-');
    assert.equal(without.status, 0, without.stderr);
    assert.deepEqual(without.lines, [
      'items[0].url: not an http(s) URL (relative, and the feed has no absolute feed_url to resolve it) (warning)',
      '1 item: 1 kept, 0 dropped, 1 warning',
    ]);
    const withBase = omjFeedWithInput(feed, 'validate', '--base-url', 'https://example.org/news/feed.json', '-');
    assert.equal(withBase.status, 0, withBase.stderr);
    assert.deepEqual(withBase.lines, ['1 item: 1 kept, 0 dropped']);
  });

  it('exits 1 on an empty standard input', () => {
    const run = omjFeedWithInput('', 'validate', '--json', '-');
    assert.equal(run.status, 1);
    assert.deepEqual(JSON.parse(run.stdout).problems, [{ path: '$', reason: 'not JSON (empty)', severity: 'error' }]);
  });
});

describe('omj-feed: usage', () => {
  it('--help prints usage and exits 0', () => {
    const run = omjFeed('--help');
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^Usage: omj-feed validate <file-or-url>/);
  });

  it('no arguments: usage on stderr, exit 2', () => {
    const run = omjFeed();
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^omj-feed: missing command\n\nUsage:/);
  });

  it('unknown command: exit 2', () => {
    const run = omjFeed('check', `${corpus}/minimal.json`);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^omj-feed: unknown command "check"/);
  });

  it('validate without a target, or with an unknown option: exit 2', () => {
    assert.equal(omjFeed('validate').status, 2);
    const run = omjFeed('validate', '--strict', `${corpus}/minimal.json`);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /unknown option "--strict"/);
  });
});

describe('omj-feed validate: URLs', () => {
  let server;
  let base;
  before(async () => {
    server = createServer((request, response) => {
      if (request.url === '/feed.json') {
        response.writeHead(200, { 'content-type': 'application/feed+json' });
        response.end(readFileSync(join(root, corpus, 'hugo-1.1.json')));
      } else if (request.url === '/relative.json') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({
            version: 'https://jsonfeed.org/version/1.1',
            title: 'r',
            items: [
              { id: 'a', title: 'A', url: 'javascript:void(0)' },
              { id: 'b', title: 'B', url: 'b.html' },
            ],
          }),
        );
      } else if (request.url === '/slow.json') {
        // Never answers (closeAllConnections ends it after the tests): the only waiting is the CLI's own --timeout.
        response.writeHead(200, { 'content-type': 'application/json' });
      } else {
        response.writeHead(404, { 'content-type': 'text/html' });
        response.end('<!DOCTYPE html><title>Not found</title>');
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  it('fetches and validates a feed URL (exit 0)', async () => {
    const run = await omjFeedAsync('validate', `${base}/feed.json`);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(run.lines, ['2 items: 2 kept, 0 dropped']);
  });

  it('resolves relative URLs against the fetched URL', async () => {
    const run = await omjFeedAsync('validate', `${base}/relative.json`);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(run.lines, ['items[0].url: not an http(s) URL (warning)', '2 items: 2 kept, 0 dropped, 1 warning']);
  });

  it('reports an HTTP error (exit 1)', async () => {
    const run = await omjFeedAsync('validate', `${base}/missing.json`);
    assert.equal(run.status, 1);
    assert.equal(run.lines[0], `$: HTTP 404 Not Found from ${base}/missing.json`);
  });

  it('gives up after --timeout (exit 1)', async () => {
    const run = await omjFeedAsync('validate', '--timeout', '0.2', `${base}/slow.json`);
    assert.equal(run.status, 1);
    assert.equal(run.lines[0], `$: no answer from ${base}/slow.json within 0.2 s`);
  });
});
