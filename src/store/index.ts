/**
 * The write side: datasets, written by `writeDataset` with MERGE on natural keys behind the
 * relationship gate, and the bookkeeping of sanctions-list versions.
 */
export { emptyDraft } from './dataset.js';
export type { Dataset, DatasetDraft } from './dataset.js';
export { nodeKinds } from './node-kinds.js';
export { latestListVersion, removeSuperseded, storedKeysWithPrefix, storedStateCodes, withdraw } from './sanctions-list.js';
export { DatasetRejected, writeDataset } from './write-dataset.js';
export type { WriteCounts } from './write-dataset.js';
