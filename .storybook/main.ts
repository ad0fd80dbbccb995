// Storybook for the widgets, written by hand (the create-storybook wizard rewrites the root package.json).
// Run `node scripts/analyze.mjs` first: preview.ts feeds the controls from ../custom-elements.json.
import type { StorybookConfig } from '@storybook/web-components-vite';
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  // Feeds and posters stories load by URL, relative to iframe.html (stories/fixtures/story-fetch.ts
  // fixtureUrl, so a build served under a sub-path works): fixtures/… (test fixtures) and sample/… (the
  // sample feed).
  staticDirs: [
    { from: '../test/fixtures', to: '/fixtures' },
    { from: '../packages/feed/sample', to: '/sample' },
  ],
  async viteFinal(viteConfig) {
    const { mergeConfig, defaultClientConditions } = await import('vite');
    return mergeConfig(viteConfig, {
      // `source` points @omj/* at their TypeScript sources (as in tsconfig.json and the test runner).
      resolve: { conditions: ['source', ...defaultClientConditions] },
      // Experimental decorators, as tsconfig.json: standard decorators would pass the build and die in
      // the browser (TOOLCHAIN.md).
      esbuild: {
        target: 'es2022',
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
      },
      // The build is a preview for partners and the input of scripts/storybook-check.mjs: unminified (its
      // readers open the sources in devtools) and without gzip size reports, which together were most of
      // the build's time on CI's two cores.
      build: { target: 'es2022', chunkSizeWarningLimit: 2000, minify: false, reportCompressedSize: false, sourcemap: false },
      optimizeDeps: { esbuildOptions: { target: 'es2022' } },
    });
  },
};

export default config;
