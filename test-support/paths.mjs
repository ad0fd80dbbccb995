// The repository root, for servers and tests that read its files wherever they are started from.
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('..', import.meta.url));
