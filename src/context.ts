import { createApiKeys, type ApiKeys } from './auth/index.js';
import { seesPersonalData, type Principal } from './auth/index.js';
import type { Executor } from './db/index.js';
import { newTag, type TransactionTag } from './db/index.js';
import type { TrailReads } from './domain/trails/index.js';
import { createIngest, type Ingest } from './ingest/index.js';
import { createMoneyGraph } from './loaders/index.js';
import { createLists, createLoaders, type Lists, type Loaders } from './loaders/index.js';

/** What every resolver receives: this request's loaders, list queries and writer, nothing shared. */
export interface Context {
  /** Who is asking; decided at the HTTP edge, never by anything in the operation. */
  readonly principal: Principal;
  readonly loaders: Loaders;
  readonly lists: Lists;
  readonly ingest: Ingest;
  /** Graph reads of the money-trail and exposure algorithms. */
  readonly trails: TrailReads;
  /** API key management (ADMIN fields only; `@auth` guards them). */
  readonly apiKeys: ApiKeys;
  /** What this request's transactions tell Neo4j about it; Apollo fills in the operation. */
  readonly tag: TransactionTag;
}

export function createContext(executor: Executor, principal: Principal): Context {
  const loaders = createLoaders(executor);
  return {
    principal,
    loaders,
    lists: createLists(executor, seesPersonalData(principal)),
    // Writes are recorded as the authenticated principal, never as a client-supplied name.
    ingest: createIngest(executor, principal.id),
    trails: { money: createMoneyGraph(executor), exists: async (key) => (await loaders.node.load(key)) !== null },
    apiKeys: createApiKeys(executor),
    // An executor without a tag (a script's) gets one nobody reads, so plugins need not check.
    tag: executor.tag ?? newTag(),
  };
}
