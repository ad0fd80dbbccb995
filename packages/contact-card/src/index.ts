export * from './contact-card.js';
import './define.js';
