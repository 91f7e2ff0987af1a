import type { Tx } from '../db/index.js';
import { flag, optStr, str } from '../db/index.js';

const NODE_KINDS = `
UNWIND $keys AS key
OPTIONAL MATCH (n:Node {key: key})
RETURN key, [l IN labels(n) WHERE l <> 'Node'][0] AS label, n.synthetic AS synthetic`;

export interface NodeKind {
  readonly label: string;
  readonly synthetic: boolean;
}

/** The type label and synthetic flag of each stored key; absent keys are missing from the map. */
export async function nodeKinds(tx: Tx, keys: readonly string[]): Promise<Map<string, NodeKind>> {
  if (keys.length === 0) return new Map();
  const rows = await tx.run(NODE_KINDS, { keys: [...new Set(keys)] });
  const kinds = new Map<string, NodeKind>();
  for (const row of rows) {
    // A key that matches nothing comes back with a null label.
    const label = optStr(row, 'label');
    if (label !== null) kinds.set(str(row, 'key'), { label, synthetic: flag(row, 'synthetic') });
  }
  return kinds;
}
