import { statement, type Reader } from '../db/index.js';
import { EDGE_PROJECTION, NODE_PROJECTION, nodeProjection } from './projections.js';
import { LIST_READS, PAGED_READS } from './relationship-statements.js';
import { byKeyLoader, listLoader, pagedLoader } from './batch-loaders.js';
import {
  toEmploymentRecord,
  toNodeRecord,
  toSalaryPaymentRecord,
  toTransferRecord,
} from './row-mapping.js';
import { sanctionsLoader } from './sanctions.js';
import { stateTiesLoader } from './state-ties.js';
import { createExplore } from './explore/index.js';
import { createMoneyLoaders } from './money-pages.js';
import type {
  CraftRecord,
  EmploymentRecord,
  EnforcementActionRecord,
  EntityRecord,
  FacilitatorRecord,
  IdentifierRecord,
  NodeRecord,
  OperativeRecord,
  OrganizationRecord,
  SalaryPaymentRecord,
  SourceRecord,
  StateRecord,
  StolenIdentityRecord,
  TransferRecord,
  WalletRecord,
} from './records.js';

export type { KeyedLoader, PageKey } from './batch-loaders.js';
export type { MoneyEnds, MoneyPageKey } from './money-pages.js';
export type * from './records.js';
export { encodeCursor, pageRequest, toConnection, type Connection } from '../pagination/index.js';
export { toGlobalId, fromGlobalId } from '../model/index.js';
export { createLists, type Lists, type ListSortName, type FilterOf } from './lists.js';
export type { SearchHit, SearchPage } from './search.js';
export { loadNodeOf, requireEntity, requireNodeOf } from './typed-node.js';

const NODES_BY_KEY = statement('loaders.nodesByKey', `
UNWIND $keys AS key
MATCH (n:Node {key: key})
RETURN key, ${NODE_PROJECTION} AS item`);

// Relationship property uniqueness constraints index `key`, so each lookup is an index seek.
const EMPLOYMENTS_BY_KEY = statement('loaders.employmentsByKey', `
UNWIND $keys AS key
MATCH ()-[r:EMPLOYED {key: key}]->()
RETURN key, ${EDGE_PROJECTION} AS item`);
// Money movements come with the nodes at their ends, which nearly every selection of one reads.
const SALARY_PAYMENTS_BY_KEY = statement('loaders.salaryPaymentsByKey', `
UNWIND $keys AS key
MATCH (s)-[r:PAID_SALARY {key: key}]->(e)
RETURN key, ${EDGE_PROJECTION} AS item, [${nodeProjection('s')}, ${nodeProjection('e')}] AS ends`);
const TRANSFERS_BY_KEY = statement('loaders.transfersByKey', `
UNWIND $keys AS key
MATCH (s)-[r:TRANSFERRED {key: key}]->(e)
RETURN key, ${EDGE_PROJECTION} AS item, [${nodeProjection('s')}, ${nodeProjection('e')}] AS ends`);

// The patterns constrain the labels, so these casts only narrow what the query already guarantees.
const asNode = <T extends NodeRecord>(value: Parameters<typeof toNodeRecord>[0]) => toNodeRecord(value) as T;

/**
 * Builds the loaders of one request. Called from the context function for every request and
 * never cached across requests: cached records must not leak between users or go stale.
 */
export function createLoaders(executor: Reader) {
  const node = byKeyLoader(executor, NODES_BY_KEY, toNodeRecord);
  const primeNode = (value: Parameters<typeof toNodeRecord>[0]) => {
    const record = toNodeRecord(value);
    node.prime(record.key, record);
  };
  const controllers = listLoader(executor, LIST_READS.controllers, asNode<EntityRecord>);
  const primes = {
    node: primeNode,
    controllers: (key: string, values: readonly Parameters<typeof toNodeRecord>[0][]) => controllers.prime(key, values.map(asNode<EntityRecord>)),
  };
  return {
    node,
    employment: byKeyLoader(executor, EMPLOYMENTS_BY_KEY, toEmploymentRecord),
    salaryPayment: byKeyLoader(executor, SALARY_PAYMENTS_BY_KEY, toSalaryPaymentRecord, primeNode),
    transfer: byKeyLoader(executor, TRANSFERS_BY_KEY, toTransferRecord, primeNode),

    sources: listLoader(executor, LIST_READS.sources, asNode<SourceRecord>),
    enforcementActions: listLoader(executor, LIST_READS.enforcementActions, asNode<EnforcementActionRecord>),
    controllers,
    authorities: listLoader(executor, LIST_READS.authorities, asNode<OrganizationRecord>),
    identifierIssuers: listLoader(executor, LIST_READS.identifierIssuers, asNode<StateRecord>),
    identifiers: listLoader(executor, LIST_READS.identifiers, asNode<IdentifierRecord>),
    linkedTo: listLoader(executor, LIST_READS.linkedTo, asNode<EntityRecord>),
    owners: listLoader(executor, LIST_READS.owners, asNode<EntityRecord>),
    ownedCrafts: listLoader(executor, LIST_READS.ownedCrafts, asNode<CraftRecord>),
    stateTies: stateTiesLoader(executor),
    sanctions: sanctionsLoader(executor),
    explore: createExplore(executor),

    stateOrganizations: pagedLoader(executor, PAGED_READS.stateOrganizations, asNode<OrganizationRecord>),
    organizationMembers: pagedLoader(executor, PAGED_READS.organizationMembers, asNode<EntityRecord>),
    operativeIdentities: pagedLoader(executor, PAGED_READS.operativeIdentities, asNode<StolenIdentityRecord>),
    operativeOrganizations: pagedLoader(executor, PAGED_READS.operativeOrganizations, asNode<OrganizationRecord>),
    operativeFacilitators: pagedLoader(executor, PAGED_READS.operativeFacilitators, asNode<FacilitatorRecord>),
    facilitatorOperatives: pagedLoader(executor, PAGED_READS.facilitatorOperatives, asNode<OperativeRecord>),
    identityOperatives: pagedLoader(executor, PAGED_READS.identityOperatives, asNode<OperativeRecord>),
    actionTargets: pagedLoader(executor, PAGED_READS.actionTargets, asNode<EntityRecord>),
    sourceEntities: pagedLoader(executor, PAGED_READS.sourceEntities, asNode<EntityRecord>),
    linkedFrom: pagedLoader(executor, PAGED_READS.linkedFrom, asNode<EntityRecord>),
    identifierHolders: pagedLoader(executor, PAGED_READS.identifierHolders, asNode<EntityRecord>),
    controlledWallets: pagedLoader(executor, PAGED_READS.controlledWallets, asNode<WalletRecord>),
    issuedActions: pagedLoader(executor, PAGED_READS.issuedActions, asNode<EnforcementActionRecord>),
    ...createMoneyLoaders<TransferRecord, SalaryPaymentRecord>(executor, toTransferRecord, toSalaryPaymentRecord, primes),
    employerEmployments: pagedLoader<EmploymentRecord>(executor, PAGED_READS.employerEmployments, toEmploymentRecord),
    identityEmployments: pagedLoader<EmploymentRecord>(executor, PAGED_READS.identityEmployments, toEmploymentRecord),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export { connectionRequest, neighbourhoodRequest, timelineRequest } from './explore/index.js';
export type { TimelineEventRecord } from './explore/index.js';
export { createMoneyGraph } from './money-graph.js';
export type { ListedRecord, ScreenCandidateRecord } from './screening.js';
