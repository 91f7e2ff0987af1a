import type { NodeTypename } from '../model/index.js';
import type { Plain } from '../db/index.js';
import {
  asMap,
  bool,
  flag,
  optDate,
  optInt,
  optStr,
  optStrList,
  str,
  datetime,
  type PlainMap,
} from '../db/index.js';
import type {
  Chain,
  CraftKind,
  DatePrecision,
  EnforcementKind,
  EnforcementStatus,
  FacilitatorRole,
  OperativeRole,
  OrganizationKind,
  SourceKind,
} from '../generated/graphql.js';
import type {
  EmploymentRecord,
  NodeRecord,
  SalaryPaymentRecord,
  TransferRecord,
} from './records.js';

/**
 * Turns the map projections our Cypher returns into records. A missing required property means
 * the stored data breaks the model, so it fails loudly instead of reaching a client as null.
 */

/** Computed by `NODE_PROJECTION`; a projection without it would show personal data in clear. */
function personal(p: PlainMap): boolean {
  return bool(p, '__personal');
}

/** Enum values are written only by our own code from the same generated enums. */
function enumValue<T extends string>(p: PlainMap, name: string): T {
  return str(p, name) as T;
}

function optEnumValue<T extends string>(p: PlainMap, name: string): T | null {
  return optStr(p, name) as T | null;
}

function entityBase(p: PlainMap) {
  return {
    key: str(p, 'key'),
    name: str(p, 'name'),
    aliases: optStrList(p, 'aliases'),
    synthetic: flag(p, 'synthetic'),
    personal: personal(p),
  };
}

/**
 * The record of each node type, read from its projection. A table over every `NodeTypename`, so a
 * new type does not compile until it can be read.
 */
const NODE_READERS: { readonly [T in NodeTypename]: (p: PlainMap) => Extract<NodeRecord, { __typename: T }> } = {
  State: (p) => ({ __typename: 'State', ...entityBase(p), isoCode: str(p, 'isoCode') }),
  Organization: (p) => ({
    __typename: 'Organization',
    ...entityBase(p),
    kind: enumValue<OrganizationKind>(p, 'kind'),
    remarks: optStrList(p, 'remarks'),
  }),
  Person: (p) => ({
    __typename: 'Person',
    ...entityBase(p),
    birthDates: optStrList(p, 'birthDates'),
    birthPlaces: optStrList(p, 'birthPlaces'),
    gender: optStr(p, 'gender'),
    title: optStr(p, 'title'),
    remarks: optStrList(p, 'remarks'),
  }),
  Craft: (p) => ({
    __typename: 'Craft',
    ...entityBase(p),
    kind: enumValue<CraftKind>(p, 'kind'),
    callSign: optStr(p, 'callSign'),
    model: optStr(p, 'model'),
    tonnage: optStr(p, 'tonnage'),
    grossRegisteredTonnage: optStr(p, 'grossRegisteredTonnage'),
    ownerName: optStr(p, 'ownerName'),
    remarks: optStrList(p, 'remarks'),
  }),
  Identifier: (p) => ({
    __typename: 'Identifier',
    key: str(p, 'key'),
    type: str(p, 'type'),
    value: str(p, 'value'),
    issuedOn: optStr(p, 'issuedOn'),
    expiresOn: optStr(p, 'expiresOn'),
    synthetic: flag(p, 'synthetic'),
    personal: personal(p),
  }),
  Operative: (p) => ({ __typename: 'Operative', ...entityBase(p), role: enumValue<OperativeRole>(p, 'role') }),
  Facilitator: (p) => ({ __typename: 'Facilitator', ...entityBase(p), role: enumValue<FacilitatorRole>(p, 'role') }),
  StolenIdentity: (p) => ({ __typename: 'StolenIdentity', ...entityBase(p) }),
  Employer: (p) => ({ __typename: 'Employer', ...entityBase(p) }),
  Wallet: (p) => ({
    __typename: 'Wallet',
    ...entityBase(p),
    chain: enumValue<Chain>(p, 'chain'),
    address: str(p, 'address'),
    assets: [...optStrList(p, 'assets')].sort(),
  }),
  EnforcementAction: (p) => ({
    __typename: 'EnforcementAction',
    key: str(p, 'key'),
    kind: enumValue<EnforcementKind>(p, 'kind'),
    title: str(p, 'title'),
    summary: optStr(p, 'summary'),
    date: optDate(p, 'date'),
    datePrecision: optEnumValue<DatePrecision>(p, 'datePrecision'),
    amountUsd: optStr(p, 'amountUsd'),
    reference: optStr(p, 'reference'),
    programs: optStrList(p, 'programs'),
    status: enumValue<EnforcementStatus>(p, 'status'),
    synthetic: flag(p, 'synthetic'),
  }),
  Source: (p) => ({
    __typename: 'Source',
    key: str(p, 'key'),
    kind: enumValue<SourceKind>(p, 'kind'),
    title: str(p, 'title'),
    publisher: optStr(p, 'publisher'),
    url: optStr(p, 'url'),
    publishedOn: optDate(p, 'publishedOn'),
    synthetic: flag(p, 'synthetic'),
  }),
};

/** A node projected as `n {.*, __label: ...}` (see `NODE_PROJECTION`). */
export function toNodeRecord(value: Plain): NodeRecord {
  const p = asMap(value, 'projection');
  const label = str(p, '__label');
  if (!Object.hasOwn(NODE_READERS, label)) throw new Error(`Stored node ${str(p, 'key')} has unknown label ${label}`);
  return NODE_READERS[label as NodeTypename](p);
}

function edgeBase(p: PlainMap) {
  return { key: str(p, 'key'), synthetic: flag(p, 'synthetic'), sourceKeys: optStrList(p, 'sourceKeys') };
}

/** Relationships are projected as `r {.*, __from: startNode(r).key, __to: endNode(r).key}`. */
export function toEmploymentRecord(value: Plain): EmploymentRecord {
  const p = asMap(value, 'projection');
  return {
    __typename: 'Employment',
    ...edgeBase(p),
    employerKey: str(p, '__from'),
    identityKey: str(p, '__to'),
    jobTitle: optStr(p, 'jobTitle'),
    startedOn: optDate(p, 'startedOn'),
    endedOn: optDate(p, 'endedOn'),
  };
}

export function toSalaryPaymentRecord(value: Plain): SalaryPaymentRecord {
  const p = asMap(value, 'projection');
  return {
    __typename: 'SalaryPayment',
    ...edgeBase(p),
    employerKey: str(p, '__from'),
    walletKey: str(p, '__to'),
    identityKey: optStr(p, 'identityKey'),
    amount: str(p, 'amount'),
    asset: str(p, 'asset'),
    paidAt: datetime(p, 'paidAt'),
    txHash: optStr(p, 'txHash'),
  };
}

export function toTransferRecord(value: Plain): TransferRecord {
  const p = asMap(value, 'projection');
  return {
    __typename: 'Transfer',
    ...edgeBase(p),
    fromKey: str(p, '__from'),
    toKey: str(p, '__to'),
    amount: str(p, 'amount'),
    asset: str(p, 'asset'),
    at: datetime(p, 'at'),
    txHash: optStr(p, 'txHash'),
    index: optInt(p, 'index'),
  };
}
