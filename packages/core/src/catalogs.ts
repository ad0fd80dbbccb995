import { registerCatalogs } from './locale/catalog.js';
import { templates as ru } from './generated/locales/ru.js';
import { templates as ky } from './generated/locales/ky.js';

// The shared strings (loading, errors, stale copy) in every language we ship.
registerCatalogs({ ru, ky });
