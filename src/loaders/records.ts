import type { Page } from '../pagination/index.js';
import type { MoneyPageName } from './money-specs.js';
import type {
  Chain,
  MoneyFilter,
  CraftKind,
  DatePrecision,
  EnforcementKind,
  EnforcementStatus,
  FacilitatorRole,
  LinkKind,
  OperativeRole,
  OrganizationKind,
  SanctionRoute,
  SourceKind,
  StateTieReason,
} from '../generated/graphql.js';

/**
 * What loaders return and resolvers receive as parents (codegen `mappers`). Records are plain
 * data keyed by `key`, the natural key stored on every node and money relationship; global ids
 * are derived from it at the GraphQL edge (see `ids.ts`).
 */

/** Records whose `@pii` fields a VIEWER sees masked when `personal` (see `personal.ts`). */
export interface MaybePersonal {
  readonly personal: boolean;
}

interface EntityBase extends MaybePersonal {
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
  readonly remarks: readonly string[];
}

export interface PersonRecord extends EntityBase {
  readonly __typename: 'Person';
  readonly birthDates: readonly string[];
  readonly birthPlaces: readonly string[];
  readonly gender: string | null;
  readonly title: string | null;
  readonly remarks: readonly string[];
}

export interface CraftRecord extends EntityBase {
  readonly __typename: 'Craft';
  readonly kind: CraftKind;
  readonly callSign: string | null;
  readonly model: string | null;
  readonly tonnage: string | null;
  readonly grossRegisteredTonnage: string | null;
  readonly ownerName: string | null;
  readonly remarks: readonly string[];
}

export interface IdentifierRecord extends MaybePersonal {
  readonly __typename: 'Identifier';
  readonly key: string;
  readonly type: string;
  readonly value: string;
  readonly issuedOn: string | null;
  readonly expiresOn: string | null;
  readonly synthetic: boolean;
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
  readonly chain: Chain;
  readonly address: string;
  readonly assets: readonly string[];
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
  readonly programs: readonly string[];
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
  | WalletRecord
  | PersonRecord
  | CraftRecord;

/** Everything stored as a node. */
export type NodeRecord = EntityRecord | EnforcementActionRecord | SourceRecord | IdentifierRecord;

/** A sanctions designation covering an entity; see `Sanction` in the schema. */
export interface SanctionRecord {
  readonly designation: EnforcementActionRecord;
  readonly route: SanctionRoute;
  readonly designated: EntityRecord;
  readonly controlChain: readonly EntityRecord[];
  readonly list: SourceRecord | null;
}

/** Why an entity is tied to a state; see `StateTieReason` in the schema. */
export interface StateTieRecord {
  readonly state: StateRecord;
  readonly reason: StateTieReason;
  readonly via: NodeRecord | null;
}

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

/** A link a mutation recorded (`Link` in the schema). */
export interface LinkRecord {
  readonly kind: LinkKind;
  readonly fromKey: string;
  readonly toKey: string;
}


/** What a money connection covers, so `countsBy` can count the same movements. */
export interface MoneyScope {
  /** The page field (`MONEY_PAGES`), or null for the top-level `transfers` list. */
  readonly page: MoneyPageName | null;
  readonly parent: string | null;
  readonly filter: MoneyFilter | null;
}

/** A page of transfers or salary payments; `totalCount` is null when the request did not ask. */
export interface MoneyConnectionRecord<T> extends Page<T> {
  readonly totalCount: number | null;
  readonly scope: MoneyScope;
}

export interface GroupCountRecord {
  readonly value: string;
  readonly count: number;
}
