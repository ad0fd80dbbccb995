#!/usr/bin/env node
// `omj-feed validate|build …`: built from src/ by scripts/build-cli.mjs (the root `prepare` step).
import('../dist/cli.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    console.error('omj-feed: not built yet. Run `npm install` (or `node scripts/build-cli.mjs`) in the repository.');
    process.exit(2);
  }
  throw error;
});
