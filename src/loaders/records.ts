import type {
  DatePrecision,
  EnforcementKind,
  EnforcementStatus,
  FacilitatorRole,
  OperativeRole,
  OrganizationKind,
  SourceKind,
} from '../generated/graphql.js';

/**
 * What loaders return and resolvers receive as parents (codegen `mappers`). Records are plain
 * data keyed by `key`, the natural key stored on every node and money relationship; global ids
 * are derived from it at the GraphQL edge (see `ids.ts`).
 */

interface EntityBase {
  readonly key: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly synthetic: boolean;
}

export interface StateRecord extends EntityBase {
  readonly __typename: 'State';
  readonly isoCode: string;
}

export interface OrganizationRecord extends EntityBase {
  readonly __typename: 'Organization';
  readonly kind: OrganizationKind;
}

export interface OperativeRecord extends EntityBase {
  readonly __typename: 'Operative';
  readonly role: OperativeRole;
}

export interface FacilitatorRecord extends EntityBase {
  readonly __typename: 'Facilitator';
  readonly role: FacilitatorRole;
}

export interface StolenIdentityRecord extends EntityBase {
  readonly __typename: 'StolenIdentity';
}

export interface EmployerRecord extends EntityBase {
  readonly __typename: 'Employer';
}

export interface WalletRecord extends EntityBase {
  readonly __typename: 'Wallet';
  readonly chain: string;
  readonly address: string;
}

export interface EnforcementActionRecord {
  readonly __typename: 'EnforcementAction';
  readonly key: string;
  readonly kind: EnforcementKind;
  readonly title: string;
  readonly summary: string | null;
  readonly date: string | null;
  readonly datePrecision: DatePrecision | null;
  readonly amountUsd: string | null;
  readonly reference: string | null;
  readonly status: EnforcementStatus;
  readonly synthetic: boolean;
}

export interface SourceRecord {
  readonly __typename: 'Source';
  readonly key: string;
  readonly kind: SourceKind;
  readonly title: string;
  readonly publisher: string | null;
  readonly url: string | null;
  readonly publishedOn: string | null;
  readonly synthetic: boolean;
}

export type EntityRecord =
  | StateRecord
  | OrganizationRecord
  | OperativeRecord
  | FacilitatorRecord
  | StolenIdentityRecord
  | EmployerRecord
  | WalletRecord;

/** Everything stored as a node. */
export type NodeRecord = EntityRecord | EnforcementActionRecord | SourceRecord;

interface MoneyEdgeBase {
  readonly key: string;
  readonly synthetic: boolean;
  readonly sourceKeys: readonly string[];
}

export interface EmploymentRecord extends MoneyEdgeBase {
  readonly __typename: 'Employment';
  readonly employerKey: string;
  readonly identityKey: string;
  readonly jobTitle: string | null;
  readonly startedOn: string | null;
  readonly endedOn: string | null;
}

export interface SalaryPaymentRecord extends MoneyEdgeBase {
  readonly __typename: 'SalaryPayment';
  readonly employerKey: string;
  readonly walletKey: string;
  readonly identityKey: string | null;
  readonly amount: string;
  readonly asset: string;
  readonly paidAt: string;
  readonly txHash: string | null;
}

export interface TransferRecord extends MoneyEdgeBase {
  readonly __typename: 'Transfer';
  readonly fromKey: string;
  readonly toKey: string;
  readonly amount: string;
  readonly asset: string;
  readonly at: string;
  readonly txHash: string | null;
  readonly index: number | null;
}

/** Everything stored as a relationship with a key of its own. */
export type EdgeRecord = EmploymentRecord | SalaryPaymentRecord | TransferRecord;

export type AnyRecord = NodeRecord | EdgeRecord;
export type Typename = AnyRecord['__typename'];
