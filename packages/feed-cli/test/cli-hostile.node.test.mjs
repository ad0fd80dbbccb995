// `omj-feed validate` against hostile input: huge files, terminal escapes from a server, a BOM, paged
// archives with withdrawn films and loops (--follow). Run from the repository root:
//   node --test packages/feed-cli/test/cli-hostile.node.test.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, root, runCli } from './run-cli.mjs';

const corpus = 'packages/feed/test/corpus';
const tmp = mkdtempSync(join(tmpdir(), 'omj-feed-'));

const run = (args, input) => runCli(args, input);

before(buildCli);

describe('omj-feed validate: hostile input', () => {
  it('refuses a 100 MB file by its size, before reading it', async () => {
    const path = join(tmp, 'huge.json');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 100 * 1024 * 1024); // sparse: no 100 MB written to disk
    closeSync(fd);
    const result = await run(['validate', path]);
    assert.equal(result.status, 1);
    assert.deepEqual(result.lines, ['$: file is 100 MB, more than the 4 MB limit', 'feed not usable: nothing can be shown']);
  });

  it('refuses standard input past the limit', async () => {
    const result = await run(['validate', '-'], Buffer.alloc(5 * 1024 * 1024, 0x20));
    assert.equal(result.status, 1);
    assert.equal(result.lines[0], '$: standard input is larger than the limit, more than the 4 MB limit');
  });

  it('resolves relative posters of a file that starts with a byte order mark (as the browser does)', async () => {
    const path = join(tmp, 'bom.json');
    writeFileSync(path, `\ufeff${readFileSync(join(root, corpus, 'relative-media.json'), 'utf8')}`);
    const result = await run(['validate', path]);
    assert.equal(result.status, 0, result.stdout);
    assert.deepEqual(result.lines, ['1 item: 1 kept, 0 dropped']);
  });

  it('--follow reports a film withdrawn on one page and listed on others, and the next_url loop', async () => {
    const result = await run(['validate', '--follow', `${corpus}/paged/page-1.json`]);
    assert.equal(result.status, 1, result.stdout);
    const page = (name) => `https://local.invalid${join(root, corpus, 'paged', name)}`;
    assert.deepEqual(result.lines, [
      `page 1: ${corpus}/paged/page-1.json`,
      'page 1: 2 items: 2 kept, 0 dropped',
      `page 2: ${page('page-2.json')}`,
      'page 2: 2 items: 1 kept, 0 dropped, 1 withdrawn',
      `page 3: ${page('page-3.json')}`,
      'page 3: 2 items: 2 kept, 0 dropped',
      `page 3 next_url: repeats ${page('page-1.json')} (a loop) (warning)`,
      `page 1 film "a": withdrawn on page 2 (${page('page-2.json')}): never shown; remove it from this page`,
      `page 3 film "a": withdrawn on page 2 (${page('page-2.json')}): never shown; remove it from this page`,
      '3 pages followed',
    ]);
  });

  it('without --follow a page is checked alone', async () => {
    const result = await run(['validate', `${corpus}/paged/page-1.json`]);
    assert.equal(result.status, 0);
    assert.deepEqual(result.lines, ['2 items: 2 kept, 0 dropped']);
  });
});

describe('omj-feed validate: what a server says is printed without terminal escapes', () => {
  let server;
  let base;
  before(async () => {
    // A raw socket: Node's own HTTP server refuses control characters in a status text; other servers send them.
    server = createServer((socket) => {
      socket.once('data', () => {
        socket.end('HTTP/1.1 500 \x1b[2J\x1b]0;pwned\x07Oops\u202e\r\nContent-Length: 0\r\nConnection: close\r\n\r\n', 'latin1');
      });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => server.close());

  it('strips control characters from the status text', async () => {
    const result = await run(['validate', `${base}/feed.json`]);
    assert.equal(result.status, 1);
    assert.equal(result.lines[0], `$: HTTP 500 [2J]0;pwnedOops. from ${base}/feed.json`);
    assert.doesNotMatch(result.stdout, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
