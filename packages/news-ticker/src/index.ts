export * from './news-ticker.js';
import './define.js';
