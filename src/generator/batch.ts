import type { DatasetDraft } from '../store/index.js';

/** The kinds the generator produces: nodes (each cites its source) and relationships. */
const NODE_KINDS = [
  'sources',
  'states',
  'organizations',
  'operatives',
  'facilitators',
  'stolenIdentities',
  'employers',
  'wallets',
] as const;
const RELATIONSHIP_KINDS = ['links', 'employments', 'salaryPayments', 'transfers'] as const;

/** The facts of some cells; only the kinds above are ever filled. */
export type Batch = DatasetDraft;

/** What a batch writes: citations are the SOURCED_FROM relationships `writeDataset` adds per node. */
export interface BatchSize {
  nodes: number;
  relationships: number;
  citations: number;
}

export function sizeOf(batch: Batch): BatchSize {
  let nodes = 0;
  let citations = 0;
  for (const kind of NODE_KINDS) {
    for (const row of batch[kind]) {
      nodes += 1;
      citations += 'sourceKeys' in row ? row.sourceKeys.length : 0;
    }
  }
  const relationships = RELATIONSHIP_KINDS.reduce((n, kind) => n + batch[kind].length, 0);
  return { nodes, relationships, citations };
}
