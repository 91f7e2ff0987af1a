import { allows, describeRule, fromTypes, type RelationshipType } from '../model/index.js';
import { EDGE_TYPES, type NodeTypename } from '../model/index.js';
import { typenameOfKey, walletKey } from '../model/index.js';
import type { Dataset } from './dataset.js';
import { DatasetRejected } from './dataset-rejected.js';

/**
 * The one gate every writer passes: each relationship a dataset holds must be one the graph's
 * rules (`model/graph-rules.ts`) allow between the types its keys name, and each node's key must
 * name the type it is written as, since the prefix is how every later write and read knows a
 * node's type. Runs before anything is written, so a refused dataset touches nothing.
 *
 * Fields are named as the mutations' inputs name them (`fromId`, `targetIds`...), so a mutation
 * reports the field at fault; importers report them after the line.
 */

/** The type each node list of a dataset writes; wallets are keyed by the writer itself. */
const NODE_LISTS = {
  sources: 'Source',
  states: 'State',
  organizations: 'Organization',
  operatives: 'Operative',
  facilitators: 'Facilitator',
  stolenIdentities: 'StolenIdentity',
  employers: 'Employer',
  persons: 'Person',
  crafts: 'Craft',
  identifiers: 'Identifier',
  enforcementActions: 'EnforcementAction',
} as const satisfies Partial<Record<keyof Dataset, NodeTypename>>;

function check(type: RelationshipType, from: string, to: string, fields: { from: string; to: string }): void {
  const fromType = typenameOfKey(from);
  const toType = typenameOfKey(to);
  const fromAllowed = fromType !== undefined && (fromTypes(type) as readonly string[]).includes(fromType);
  if (fromAllowed && toType !== undefined && allows(fromType, type, toType)) return;
  const [field, key, typename] = fromAllowed ? [fields.to, to, toType] : [fields.from, from, fromType];
  const what = typename ? `is a ${typename}` : 'is not the key of a node';
  throw new DatasetRejected(field, `${key} ${what}; ${describeRule(type)}`);
}

const citing = (key: string, sourceKeys: readonly string[], field: string) => {
  for (const source of sourceKeys) check('SOURCED_FROM', key, source, { from: field, to: 'sourceIds' });
};

export function checkRelationships(data: Dataset): void {
  for (const [list, typename] of Object.entries(NODE_LISTS) as [keyof typeof NODE_LISTS, NodeTypename][]) {
    for (const row of data[list] ?? []) {
      const stored = typenameOfKey(row.key);
      if (stored !== typename) {
        throw new DatasetRejected('key', `${row.key} is not the key of a ${typename} (${stored ?? 'no type prefix'})`);
      }
      if ('sourceKeys' in row) citing(row.key, row.sourceKeys, 'key');
    }
  }
  for (const w of data.wallets ?? []) citing(walletKey(w.chain, w.address), w.sourceKeys, 'key');
  for (const link of data.links ?? []) check(link.type, link.from, link.to, { from: 'fromId', to: 'toId' });
  for (const action of data.enforcementActions ?? []) {
    for (const target of action.targets) check('TARGETS', action.key, target, { from: 'key', to: 'targetIds' });
    if (action.authority) check('ISSUED_BY', action.key, action.authority, { from: 'key', to: 'authorityId' });
  }
  for (const citation of data.citations ?? []) citing(citation.key, citation.sourceKeys, 'id');
  for (const e of data.employments ?? []) {
    check(EDGE_TYPES.Employment.type, e.employer, e.identity, { from: 'employerId', to: 'identityId' });
  }
  for (const p of data.salaryPayments ?? []) {
    check(EDGE_TYPES.SalaryPayment.type, p.employer, p.wallet, { from: 'employerId', to: 'walletId' });
  }
  for (const t of data.transfers ?? []) {
    check(EDGE_TYPES.Transfer.type, t.from, t.to, { from: 'fromWalletId', to: 'toWalletId' });
  }
}
