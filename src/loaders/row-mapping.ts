import type { Row } from '../db/executor.js';
import type { Plain } from '../db/values.js';
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

type Props = Record<string, Plain>;

function props(value: Plain): Props {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`Expected a map projection, got ${JSON.stringify(value)}`);
  }
  return value;
}

function str(p: Props, name: string): string {
  const v = p[name];
  if (typeof v !== 'string') throw new Error(`Stored ${String(p.key)} lacks string property ${name}`);
  return v;
}

function optStr(p: Props, name: string): string | null {
  const v = p[name];
  return typeof v === 'string' ? v : null;
}

function optInt(p: Props, name: string): number | null {
  const v = p[name];
  return typeof v === 'number' ? v : null;
}

function strList(p: Props, name: string): string[] {
  const v = p[name];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** Computed by `NODE_PROJECTION`; a projection without it would show personal data in clear. */
function personal(p: Props): boolean {
  const v = p.__personal;
  if (typeof v !== 'boolean') throw new Error(`Projection of ${String(p.key)} lacks __personal`);
  return v;
}

/** Enum values are written only by our own code from the same generated enums. */
function enumValue<T extends string>(p: Props, name: string): T {
  return str(p, name) as T;
}

function entityBase(p: Props) {
  return {
    key: str(p, 'key'),
    name: str(p, 'name'),
    aliases: strList(p, 'aliases'),
    synthetic: p.synthetic === true,
    personal: personal(p),
  };
}

/** A node projected as `n {.*, __label: ...}` (see `NODE_PROJECTION`). */
export function toNodeRecord(value: Plain): NodeRecord {
  const p = props(value);
  const label = str(p, '__label');
  switch (label) {
    case 'State':
      return { __typename: 'State', ...entityBase(p), isoCode: str(p, 'isoCode') };
    case 'Organization':
      return {
        __typename: 'Organization',
        ...entityBase(p),
        kind: enumValue<OrganizationKind>(p, 'kind'),
        remarks: strList(p, 'remarks'),
      };
    case 'Person':
      return {
        __typename: 'Person',
        ...entityBase(p),
        birthDates: strList(p, 'birthDates'),
        birthPlaces: strList(p, 'birthPlaces'),
        gender: optStr(p, 'gender'),
        title: optStr(p, 'title'),
        remarks: strList(p, 'remarks'),
      };
    case 'Craft':
      return {
        __typename: 'Craft',
        ...entityBase(p),
        kind: enumValue<CraftKind>(p, 'kind'),
        callSign: optStr(p, 'callSign'),
        model: optStr(p, 'model'),
        tonnage: optStr(p, 'tonnage'),
        grossRegisteredTonnage: optStr(p, 'grossRegisteredTonnage'),
        ownerName: optStr(p, 'ownerName'),
        remarks: strList(p, 'remarks'),
      };
    case 'Identifier':
      return {
        __typename: 'Identifier',
        key: str(p, 'key'),
        type: str(p, 'type'),
        value: str(p, 'value'),
        issuedOn: optStr(p, 'issuedOn'),
        expiresOn: optStr(p, 'expiresOn'),
        synthetic: p.synthetic === true,
        personal: personal(p),
      };
    case 'Operative':
      return { __typename: 'Operative', ...entityBase(p), role: enumValue<OperativeRole>(p, 'role') };
    case 'Facilitator':
      return { __typename: 'Facilitator', ...entityBase(p), role: enumValue<FacilitatorRole>(p, 'role') };
    case 'StolenIdentity':
      return { __typename: 'StolenIdentity', ...entityBase(p) };
    case 'Employer':
      return { __typename: 'Employer', ...entityBase(p) };
    case 'Wallet':
      return {
        __typename: 'Wallet',
        ...entityBase(p),
        chain: enumValue<Chain>(p, 'chain'),
        address: str(p, 'address'),
        assets: strList(p, 'assets').sort(),
      };
    case 'EnforcementAction':
      return {
        __typename: 'EnforcementAction',
        key: str(p, 'key'),
        kind: enumValue<EnforcementKind>(p, 'kind'),
        title: str(p, 'title'),
        summary: optStr(p, 'summary'),
        date: optStr(p, 'date'),
        datePrecision: optStr(p, 'datePrecision') as DatePrecision | null,
        amountUsd: optStr(p, 'amountUsd'),
        reference: optStr(p, 'reference'),
        programs: strList(p, 'programs'),
        status: enumValue<EnforcementStatus>(p, 'status'),
        synthetic: p.synthetic === true,
      };
    case 'Source':
      return {
        __typename: 'Source',
        key: str(p, 'key'),
        kind: enumValue<SourceKind>(p, 'kind'),
        title: str(p, 'title'),
        publisher: optStr(p, 'publisher'),
        url: optStr(p, 'url'),
        publishedOn: optStr(p, 'publishedOn'),
        synthetic: p.synthetic === true,
      };
    default:
      throw new Error(`Stored node ${String(p.key)} has unknown label ${label}`);
  }
}

function edgeBase(p: Props) {
  return { key: str(p, 'key'), synthetic: p.synthetic === true, sourceKeys: strList(p, 'sourceKeys') };
}

/** Relationships are projected as `r {.*, __from: startNode(r).key, __to: endNode(r).key}`. */
export function toEmploymentRecord(value: Plain): EmploymentRecord {
  const p = props(value);
  return {
    __typename: 'Employment',
    ...edgeBase(p),
    employerKey: str(p, '__from'),
    identityKey: str(p, '__to'),
    jobTitle: optStr(p, 'jobTitle'),
    startedOn: optStr(p, 'startedOn'),
    endedOn: optStr(p, 'endedOn'),
  };
}

export function toSalaryPaymentRecord(value: Plain): SalaryPaymentRecord {
  const p = props(value);
  return {
    __typename: 'SalaryPayment',
    ...edgeBase(p),
    employerKey: str(p, '__from'),
    walletKey: str(p, '__to'),
    identityKey: optStr(p, 'identityKey'),
    amount: str(p, 'amount'),
    asset: str(p, 'asset'),
    paidAt: str(p, 'paidAt'),
    txHash: optStr(p, 'txHash'),
  };
}

export function toTransferRecord(value: Plain): TransferRecord {
  const p = props(value);
  return {
    __typename: 'Transfer',
    ...edgeBase(p),
    fromKey: str(p, '__from'),
    toKey: str(p, '__to'),
    amount: str(p, 'amount'),
    asset: str(p, 'asset'),
    at: str(p, 'at'),
    txHash: optStr(p, 'txHash'),
    index: optInt(p, 'index'),
  };
}

/** Reads a column that must be present on every row of a result. */
export function column(row: Row, name: string): Plain {
  if (!(name in row)) throw new Error(`Result lacks column ${name}`);
  return row[name] ?? null;
}
