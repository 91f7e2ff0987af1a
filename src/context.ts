import type { Executor } from './db/executor.js';
import type { MoneyGraph } from './domain/trails/types.js';
import { createIngest, type Ingest } from './ingest/index.js';
import { createMoneyGraph } from './loaders/money-graph.js';
import { createLists, createLoaders, type Lists, type Loaders } from './loaders/index.js';

/** What every resolver receives: this request's loaders, list queries and writer, nothing shared. */
export interface Context {
  readonly loaders: Loaders;
  readonly lists: Lists;
  readonly ingest: Ingest;
  /** Graph reads of the money-trail and exposure algorithms. */
  readonly money: MoneyGraph;
}

/** Who a write is recorded as: `api:` and the actor the client named, or `api:anonymous`. */
export function recordedByOf(actor: string | undefined): string {
  return `api:${actor && /^[\w.@+-]{1,64}$/.test(actor) ? actor : 'anonymous'}`;
}

export function createContext(executor: Executor, actor?: string): Context {
  return {
    loaders: createLoaders(executor),
    lists: createLists(executor),
    ingest: createIngest(executor, recordedByOf(actor)),
    money: createMoneyGraph(executor),
  };
}
