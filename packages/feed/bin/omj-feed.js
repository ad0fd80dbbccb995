#!/usr/bin/env node
// `omj-feed validate <file-or-url>`: built from src/cli/ by the workspace's `prepare` step.
import('../dist/cli.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND') {
    console.error('omj-feed: not built yet. Run `npm install` (or `node scripts/build-cli.mjs`) in the repository.');
    process.exit(2);
  }
  throw error;
});
