export * from './video-grid.js';
import './define.js';
