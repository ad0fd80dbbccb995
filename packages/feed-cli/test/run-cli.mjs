// Running the built `omj-feed` as a user does, for the CLI's Node tests (one runner, not one per file).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const BIN = 'packages/feed-cli/bin/omj-feed.js';

const result = (status, stdout, stderr) => ({ status, stdout, stderr, lines: stdout.trimEnd().split('\n') });

/** Builds packages/feed-cli/dist/cli.js from the sources under test (a `before` hook). */
export function buildCli() {
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
}

/** Runs `omj-feed ...args` with `input` on standard input; waits without blocking (a local server may have to answer). */
export function runCli(args, input) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdin.on('error', () => undefined); // the CLI may stop reading early
    child.stdin.end(input);
    child.on('close', (status) => resolve(result(status, stdout, stderr)));
  });
}

/** The same, synchronously (for inputs that need no server). */
export function runCliSync(args, input) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: root, encoding: 'utf8', timeout: 30000, input });
  return result(run.status, run.stdout, run.stderr);
}
