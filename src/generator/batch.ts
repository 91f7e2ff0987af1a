import type { Dataset } from '../store/dataset.js';

/**
 * The facts of some cells, collected into the shape `writeDataset` takes. Only the kinds the
 * generator produces are listed, so a kind added to `Dataset` elsewhere needs nothing here.
 */
type Row<K extends keyof Dataset> = NonNullable<Dataset[K]>[number];

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

type Kind = (typeof NODE_KINDS)[number] | (typeof RELATIONSHIP_KINDS)[number];
export type Batch = { [K in Kind]: Row<K>[] };

export function emptyBatch(): Batch {
  return {
    sources: [],
    states: [],
    organizations: [],
    operatives: [],
    facilitators: [],
    stolenIdentities: [],
    employers: [],
    wallets: [],
    links: [],
    employments: [],
    salaryPayments: [],
    transfers: [],
  };
}

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
