#!/usr/bin/env node
// The custom-elements manifest: the analyzer's CLI with custom-elements-manifest.config.mjs (plugins in
// scripts/cem-plugins.mjs). Kept as the entry other scripts call (build-packages, storybook-check, npm test).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const cli = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');
const result = spawnSync(process.execPath, [cli, 'analyze', '--config', 'custom-elements-manifest.config.mjs'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
