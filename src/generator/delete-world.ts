import type { Executor } from '../db/index.js';
import { int } from '../db/index.js';
import { cypherInt } from '../db/index.js';
import { GENERATED_SOURCE_KEY } from './provenance.js';

/** Nodes per transaction: shared service wallets bring thousands of relationships each. */
const NODES_PER_DELETE = 5_000;

// Every generated node cites the generated source (wallets carry no `gen-` in their keys, so the
// citation is the mark). DETACH DELETE also removes the CONTROLS links from the DPRK state.
const DELETE_SOME = `
MATCH (:Node:Source {key: $source})<-[:SOURCED_FROM]-(n:Node)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted`;

const DELETE_SOURCE = 'MATCH (s:Node:Source {key: $source}) DETACH DELETE s';

/** Removes the whole generated world (every seed), in batches; returns how many nodes cited it. */
export async function deleteGeneratedWorld(executor: Executor): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await executor.writeTx((tx) =>
      tx.run(DELETE_SOME, { source: GENERATED_SOURCE_KEY, limit: cypherInt(NODES_PER_DELETE) }),
    );
    const deleted = row ? int(row, 'deleted') : 0;
    total += deleted;
    if (deleted === 0) break;
  }
  await executor.writeTx((tx) => tx.run(DELETE_SOURCE, { source: GENERATED_SOURCE_KEY }));
  return total;
}
