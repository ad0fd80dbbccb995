export * from './video-grid.js';
