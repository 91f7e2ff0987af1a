/**
 * Neo4j access: opening the database (embedded or `NEO4J_URI`), the executor, migrations, the
 * registry of named statements, checked row readers and driver values.
 */
export { BATCH_JOB_TIMEOUT_MS, openDatabase } from './database.js';
export type { Database, Preparation } from './database.js';
export { translateError } from './executor.js';
export type { Executor, Row, Tx } from './executor.js';
export { applyMigrations, pendingMigrations, SEARCH_INDEX } from './migrations.js';
export { asBool, asList, asMap, asNum, asOptStr, asSortValue, asStr, asStrList, bool, column, datetime, flag, int, list, map, num, optDate, optInt, optStr, optStrList, str, strList } from './row-readers.js';
export type { PlainMap } from './row-readers.js';
export { statement } from './statements.js';
export type { Reader, ReadTx, Statement } from './statements.js';
export { newTag } from './transaction-tag.js';
export type { TransactionTag } from './transaction-tag.js';
export { cypherDate, cypherDateTime, cypherInt } from './values.js';
export type { Plain } from './values.js';
