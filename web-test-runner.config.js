// @web/test-runner in real headless Chromium (Debian's package; no browser download here).
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/wtr-summary-reporter.js';
import { feedTestServerPlugin } from './packages/feed/test/server/plugin.js';
import { CHROME_ARGS, CHROME_PATH } from './test-support/chromium.mjs';
import { forcedColorsPlugin } from './test-support/forced-colors-plugin.js';

if (!existsSync(CHROME_PATH)) {
  throw new Error(`No Chromium at ${CHROME_PATH}: install Debian's "chromium" package or set CHROME_PATH.`);
}

export default {
  files: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
  // `source` points workspace packages at their TypeScript; `production` picks Lit's production build,
  // the one partners get.
  nodeResolve: { exportConditions: ['source', 'production'], browser: true },
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    feedTestServerPlugin(),
    forcedColorsPlugin(),
  ],
  browsers: [
    chromeLauncher({
      // Each test page in its own browser context: a page that shares a window with another is a background
      // tab, where animation frames and motion stop (the ticker and fixture() rely on them), and contexts
      // keep localStorage (the loader's stored copies, dismissed banners) apart between test files.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath: CHROME_PATH,
        headless: true,
        args: CHROME_ARGS,
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter('.cache/wtr-summary.json')],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  // Opening a page can take long on a loaded 2-core CI machine; the default 30 s failed files there.
  browserStartTimeout: 120000,
};
