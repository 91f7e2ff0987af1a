/**
 * The HTTP server and its shutdown, for the entry point (`src/run-api.ts`).
 */
export { createServer } from './create-server.js';
export { shutDown } from './shutdown.js';
export type { Running } from './shutdown.js';
