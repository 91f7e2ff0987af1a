import type { Executor } from '../db/executor.js';
import { EDGE_PROJECTION, NODE_PROJECTION } from './projections.js';
import { LISTS, PAGED } from './relationship-specs.js';
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

export type { PageKey } from './batch-loaders.js';
export type * from './records.js';
export { encodeCursor, pageRequest, toConnection, type Connection } from '../pagination/pages.js';
export { toGlobalId, fromGlobalId } from '../db/global-ids.js';
export { createLists, type Lists, type ListSortName, type FilterOf } from './lists.js';
export type { SearchHit } from './search.js';
export { loadNodeOf, requireEntity, requireNodeOf } from './typed-node.js';

const NODES_BY_KEY = `
UNWIND $keys AS key
MATCH (n:Node {key: key})
RETURN key, ${NODE_PROJECTION} AS item`;

// Relationship property uniqueness constraints index `key`, so each lookup is an index seek.
const EMPLOYMENTS_BY_KEY = `
UNWIND $keys AS key
MATCH ()-[r:EMPLOYED {key: key}]->()
RETURN key, ${EDGE_PROJECTION} AS item`;
const SALARY_PAYMENTS_BY_KEY = `
UNWIND $keys AS key
MATCH ()-[r:PAID_SALARY {key: key}]->()
RETURN key, ${EDGE_PROJECTION} AS item`;
const TRANSFERS_BY_KEY = `
UNWIND $keys AS key
MATCH ()-[r:TRANSFERRED {key: key}]->()
RETURN key, ${EDGE_PROJECTION} AS item`;

// The patterns constrain the labels, so these casts only narrow what the query already guarantees.
const asNode = <T extends NodeRecord>(value: Parameters<typeof toNodeRecord>[0]) => toNodeRecord(value) as T;

/**
 * Builds the loaders of one request. Called from the context function for every request and
 * never cached across requests: cached records must not leak between users or go stale.
 */
export function createLoaders(executor: Executor) {
  return {
    node: byKeyLoader(executor, NODES_BY_KEY, toNodeRecord),
    employment: byKeyLoader(executor, EMPLOYMENTS_BY_KEY, toEmploymentRecord),
    salaryPayment: byKeyLoader(executor, SALARY_PAYMENTS_BY_KEY, toSalaryPaymentRecord),
    transfer: byKeyLoader(executor, TRANSFERS_BY_KEY, toTransferRecord),

    sources: listLoader(executor, LISTS.sources, NODE_PROJECTION, asNode<SourceRecord>),
    enforcementActions: listLoader(executor, LISTS.enforcementActions, NODE_PROJECTION, asNode<EnforcementActionRecord>),
    controllers: listLoader(executor, LISTS.controllers, NODE_PROJECTION, asNode<EntityRecord>),
    authorities: listLoader(executor, LISTS.authorities, NODE_PROJECTION, asNode<OrganizationRecord>),
    identifierIssuers: listLoader(executor, LISTS.identifierIssuers, NODE_PROJECTION, asNode<StateRecord>),
    identifiers: listLoader(executor, LISTS.identifiers, NODE_PROJECTION, asNode<IdentifierRecord>),
    linkedTo: listLoader(executor, LISTS.linkedTo, NODE_PROJECTION, asNode<EntityRecord>),
    owners: listLoader(executor, LISTS.owners, NODE_PROJECTION, asNode<EntityRecord>),
    ownedCrafts: listLoader(executor, LISTS.ownedCrafts, NODE_PROJECTION, asNode<CraftRecord>),
    stateTies: stateTiesLoader(executor),
    sanctions: sanctionsLoader(executor),
    explore: createExplore(executor),

    stateOrganizations: pagedLoader(executor, PAGED.stateOrganizations, asNode<OrganizationRecord>),
    organizationMembers: pagedLoader(executor, PAGED.organizationMembers, asNode<EntityRecord>),
    operativeIdentities: pagedLoader(executor, PAGED.operativeIdentities, asNode<StolenIdentityRecord>),
    operativeOrganizations: pagedLoader(executor, PAGED.operativeOrganizations, asNode<OrganizationRecord>),
    operativeFacilitators: pagedLoader(executor, PAGED.operativeFacilitators, asNode<FacilitatorRecord>),
    facilitatorOperatives: pagedLoader(executor, PAGED.facilitatorOperatives, asNode<OperativeRecord>),
    identityOperatives: pagedLoader(executor, PAGED.identityOperatives, asNode<OperativeRecord>),
    actionTargets: pagedLoader(executor, PAGED.actionTargets, asNode<EntityRecord>),
    sourceEntities: pagedLoader(executor, PAGED.sourceEntities, asNode<EntityRecord>),
    linkedFrom: pagedLoader(executor, PAGED.linkedFrom, asNode<EntityRecord>),
    identifierHolders: pagedLoader(executor, PAGED.identifierHolders, asNode<EntityRecord>),
    controlledWallets: pagedLoader(executor, PAGED.controlledWallets, asNode<WalletRecord>),
    issuedActions: pagedLoader(executor, PAGED.issuedActions, asNode<EnforcementActionRecord>),
    employerEmployments: pagedLoader<EmploymentRecord>(executor, PAGED.employerEmployments, toEmploymentRecord),
    identityEmployments: pagedLoader<EmploymentRecord>(executor, PAGED.identityEmployments, toEmploymentRecord),
    employerSalaryPayments: pagedLoader<SalaryPaymentRecord>(executor, PAGED.employerSalaryPayments, toSalaryPaymentRecord),
    walletSalaryPayments: pagedLoader<SalaryPaymentRecord>(executor, PAGED.walletSalaryPayments, toSalaryPaymentRecord),
    walletOutgoingTransfers: pagedLoader<TransferRecord>(executor, PAGED.walletOutgoingTransfers, toTransferRecord),
    walletIncomingTransfers: pagedLoader<TransferRecord>(executor, PAGED.walletIncomingTransfers, toTransferRecord),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
