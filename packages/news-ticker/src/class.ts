export * from './news-ticker.js';
