import type { Tx } from '../db/executor.js';
import type { NodeTypename } from '../db/model.js';
import { badUserInput, badUserInputs, type FieldIssue } from '../errors.js';
import { fromGlobalId } from '../loaders/index.js';
import { nodeKinds } from '../store/node-kinds.js';

/** An id in the input that must name a stored object of one of the allowed types. */
export interface Reference {
  readonly field: string;
  readonly key: string;
  readonly allowed: readonly NodeTypename[];
}

const describe = (types: readonly string[]) => (types.length === 1 ? `a ${types[0]}` : `one of ${types.join(', ')}`);

/** Why `id` cannot be used where one of `allowed` is expected, or null when it can. */
export function idProblem(id: string, allowed: readonly NodeTypename[]): string | null {
  const decoded = fromGlobalId(id);
  if (!decoded) return 'is not an id issued by this API';
  if (!(allowed as readonly string[]).includes(decoded.typename)) {
    return `must be the id of ${describe(allowed)}, not of a ${decoded.typename}`;
  }
  return null;
}

/** The key behind a global id, checked against the types the field accepts (no database needed). */
export function keyOf(field: string, id: string, allowed: readonly NodeTypename[]): Reference {
  const problem = idProblem(id, allowed);
  const decoded = fromGlobalId(id);
  if (problem || !decoded) throw badUserInput(field, problem ?? 'is not an id issued by this API');
  return { field, key: decoded.key, allowed };
}

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
      issues.push({ field: ref.field, message: `must be the id of ${describe(ref.allowed)}, not of a ${kind.label}` });
    }
  }
  if (issues.length > 0) throw badUserInputs(issues);
  if (!synthetic && sources.length > 0 && sources.every((s) => kinds.get(s.key)?.synthetic)) {
    throw badUserInput('input.provenance.sourceIds', 'a real fact needs at least one source that is not synthetic');
  }
}
