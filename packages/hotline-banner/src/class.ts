export * from './hotline-banner.js';
