import type DataLoader from 'dataloader';
import type { EntityRecord, NodeRecord } from './records.js';

export type NodeOf<T extends NodeRecord['__typename']> = Extract<NodeRecord, { __typename: T }>;

/**
 * Loads a node whose type the model already fixes (a salary's employer is an Employer). A record
 * of another type means the stored graph breaks the model, which must surface, not be papered over.
 */
export async function loadNodeOf<T extends NodeRecord['__typename']>(
  loader: DataLoader<string, NodeRecord | null>,
  typename: T,
  key: string,
): Promise<NodeOf<T> | null> {
  const record = await loader.load(key);
  if (record && record.__typename !== typename) {
    throw new Error(`Expected ${key} to be a ${typename}, found ${record.__typename}`);
  }
  return record as NodeOf<T> | null;
}

/** Like `loadNodeOf`, for references the model requires to exist. */
export async function requireNodeOf<T extends NodeRecord['__typename']>(
  loader: DataLoader<string, NodeRecord | null>,
  typename: T,
  key: string,
): Promise<NodeOf<T>> {
  const record = await loadNodeOf(loader, typename, key);
  if (!record) throw new Error(`Dangling reference to ${key}`);
  return record;
}

const NOT_ENTITIES = new Set<NodeRecord['__typename']>(['Source', 'EnforcementAction', 'Identifier']);

/** Loads an entity (anything that can hold or move money, or be named and targeted). */
export async function requireEntity(loader: DataLoader<string, NodeRecord | null>, key: string): Promise<EntityRecord> {
  const record = await loader.load(key);
  if (!record || NOT_ENTITIES.has(record.__typename)) throw new Error(`Expected ${key} to be a stored entity`);
  return record as EntityRecord;
}
