import { statement, type Statement } from '../db/index.js';
import { listCypher, pagedCypher } from './cypher-templates.js';
import { NODE_PROJECTION } from './projections.js';
import { LISTS, PAGED } from './relationship-specs.js';

/** The relationship fields' statements, one per spec, registered when this module loads. */
function registerAll<K extends string, S>(prefix: string, specs: Record<K, S>, text: (spec: S) => string): Record<K, Statement> {
  const entries = Object.entries(specs) as [K, S][];
  return Object.fromEntries(entries.map(([name, spec]) => [name, statement(`${prefix}.${name}`, text(spec))])) as Record<K, Statement>;
}

export const PAGED_READS = registerAll('loaders.paged', PAGED, pagedCypher);

export const LIST_READS = registerAll('loaders.list', LISTS, (spec) => listCypher(spec, NODE_PROJECTION));
