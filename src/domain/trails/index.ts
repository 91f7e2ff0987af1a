/**
 * Money trails and exposure: `moneyTrailsPage` and `exposureOf` answer the API's questions over
 * any `MoneyGraph` (the database's in `src/loaders/money-graph.ts`, an in-memory one in tests).
 */
export { exposureOf, moneyTrailsPage } from './requests.js';
export type { TrailReads } from './requests.js';
export { MAX_HOPS } from './types.js';
export type { FrontierWallet, Hop, HopFilter, MoneyGraph } from './types.js';
