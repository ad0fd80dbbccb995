export * from './hotline-banner.js';
import './define.js';
