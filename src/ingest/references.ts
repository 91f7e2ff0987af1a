import type { Tx } from '../db/index.js';
import { describeTypes, type KeyReference } from '../model/index.js';
import { badUserInput, badUserInputs, type FieldIssue } from '../errors.js';
import { nodeKinds } from '../store/index.js';

/** An id in the input that must name a stored object of one of the allowed types. */
export type Reference = KeyReference;

/**
 * Checks, inside the write transaction, that every referenced object exists, and that a real
 * fact cites at least one real source: a demo dataset cannot be the only support of a claim
 * about the world.
 */
export async function checkReferences(
  tx: Tx,
  references: readonly Reference[],
  sources: readonly Reference[],
  synthetic: boolean,
): Promise<void> {
  const kinds = await nodeKinds(tx, [...references, ...sources].map((r) => r.key));
  const issues: FieldIssue[] = [];
  for (const ref of [...references, ...sources]) {
    const kind = kinds.get(ref.key);
    if (!kind) issues.push({ field: ref.field, message: 'names nothing stored here' });
    else if (!(ref.allowed as readonly string[]).includes(kind.label)) {
      issues.push({ field: ref.field, message: `must be the id of ${describeTypes(ref.allowed)}, not of a ${kind.label}` });
    }
  }
  if (issues.length > 0) throw badUserInputs(issues);
  if (!synthetic && sources.length > 0 && sources.every((s) => kinds.get(s.key)?.synthetic)) {
    throw badUserInput('input.provenance.sourceIds', 'a real fact needs at least one source that is not synthetic');
  }
}
