/**
 * Relay pages over keyset cursors, sealed so clients cannot read or alter them.
 */
export { useCursorSecret } from './cursor-seal.js';
export { DEFAULT_PAGE_SIZE, encodeCursor, pageRequest, toConnection } from './pages.js';
export type { Connection, Cursor, PageItem, PageRequest } from './pages.js';
