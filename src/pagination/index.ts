/**
 * Relay pages over keyset cursors, sealed so clients cannot read or alter them.
 */
export { useCursorSecret } from './cursor-seal.js';
export { DEFAULT_PAGE_SIZE, encodeCursor, pageRequest, toConnection, toPage } from './pages.js';
export type { Connection, Cursor, Page, PageItem, PageRequest } from './pages.js';
