// The partner bundle: one self-contained file per format (no chunk waterfall), Lit's production build.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';

const plugins = [
  nodeResolve({ browser: true, exportConditions: ['source', 'production'] }),
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', minify: false }),
  terser({ ecma: 2021, module: true, format: { comments: false } }),
];

export default [
  {
    input: 'packages/widgets/src/index.ts',
    output: { file: 'dist/omj-widgets.js', format: 'es', inlineDynamicImports: true },
    plugins,
  },
  {
    input: 'packages/widgets/src/index.ts',
    output: { file: 'dist/omj-widgets.iife.js', format: 'iife', name: 'OmjWidgets', inlineDynamicImports: true },
    plugins,
  },
];
