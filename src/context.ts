import type { Executor } from './db/executor.js';
import { createLists, createLoaders, type Lists, type Loaders } from './loaders/index.js';

/** What every resolver receives: this request's loaders and list queries, nothing shared. */
export interface Context {
  readonly loaders: Loaders;
  readonly lists: Lists;
}

export function createContext(executor: Executor): Context {
  return { loaders: createLoaders(executor), lists: createLists(executor) };
}
