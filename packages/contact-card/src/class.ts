export * from './contact-card.js';
