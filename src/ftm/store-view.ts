import type { Executor, Row } from '../db/index.js';
import { flag, str } from '../db/index.js';
import { nodeKey, typenameOfKey } from '../model/index.js';
import { NODES_BY_KEY, ORGANIZATIONS_BY_NAME, SOURCES_BY_URL } from './import-queries.js';
import type { Resolved } from './plan.js';

/** What the store holds of the keys, document addresses and organisation names a batch mentions. */
export interface StoreView {
  readonly nodes: ReadonlyMap<string, Resolved>;
  readonly urls: ReadonlyMap<string, Resolved>;
  /** By lower-case name or alias. */
  readonly organizations: ReadonlyMap<string, readonly Resolved[]>;
}

interface StoreQuestions {
  readonly keys: ReadonlySet<string>;
  readonly urls: ReadonlySet<string>;
  readonly names: ReadonlySet<string>;
}

function resolvedOf(row: Row): Resolved | undefined {
  const key = str(row, 'key');
  const typename = typenameOfKey(key);
  return typename ? { key, typename, synthetic: flag(row, 'synthetic') } : undefined;
}

/** One snapshot of everything a batch needs to know about the store. */
export async function lookUp(executor: Executor, questions: StoreQuestions): Promise<StoreView> {
  const [nodeRows, urlRows, organizationRows] = await executor.readTx(async (tx) => [
    questions.keys.size > 0 ? await tx.run(NODES_BY_KEY, { keys: [...questions.keys] }) : [],
    questions.urls.size > 0 ? await tx.run(SOURCES_BY_URL, { urls: [...questions.urls] }) : [],
    questions.names.size > 0 ? await tx.run(ORGANIZATIONS_BY_NAME, { names: [...questions.names] }) : [],
  ]);
  const nodes = new Map<string, Resolved>();
  for (const row of nodeRows) {
    const resolved = resolvedOf(row);
    if (resolved) nodes.set(resolved.key, resolved);
  }
  const urls = new Map<string, Resolved>();
  for (const row of urlRows) {
    urls.set(str(row, 'url'), { key: str(row, 'key'), typename: 'Source', synthetic: flag(row, 'synthetic') });
  }
  const organizations = new Map<string, Resolved[]>();
  for (const row of organizationRows) {
    const name = str(row, 'name');
    organizations.set(name, [
      ...(organizations.get(name) ?? []),
      { key: str(row, 'key'), typename: 'Organization', synthetic: flag(row, 'synthetic') },
    ]);
  }
  return { nodes, urls, organizations };
}

/** Cited by the states an import creates for country codes: their names are ISO's. */
export const ISO_3166_SOURCE = {
  key: nodeKey('Source', 'iso-3166-1'),
  kind: 'OTHER',
  title: 'ISO 3166-1: codes and English short names of countries',
  publisher: 'International Organization for Standardization',
  synthetic: false,
} as const;
