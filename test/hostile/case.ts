import type { Role } from '../../src/auth/principal.js';
import type { Category } from './expectations.js';
import type { RawRequest, RawResponse } from './http-client.js';

/** Ids of seeded objects, read over the API before the cases run, to fill valid arguments. */
export interface SeedIds {
  readonly state: string;
  readonly employer: string;
  readonly identity: string;
  /** The stolen identity's name in clear, to check that a VIEWER cannot read or find it. */
  readonly identityName: string;
  readonly organization: string;
  readonly walletA: string;
  readonly walletB: string;
  readonly walletAddress: string;
  readonly syntheticSource: string;
}

export interface CaseContext {
  as(role: Role | 'ANONYMOUS'): Record<string, string>;
  readonly ids: SeedIds;
}

/** One hostile request and what must come back. */
export interface HostileCase {
  /** The category, for grouping and the report. */
  readonly area: string;
  readonly name: string;
  /** Row of the EXPECTED table. */
  readonly expect: Category;
  readonly request: (ctx: CaseContext) => RawRequest;
  /** Input paths every one of which some error must name (`extensions.field` or the message). */
  readonly fields?: readonly string[];
  /** Strings the request sent that an answer may quote back; not counted as leaks. */
  readonly echoes?: readonly string[];
  /** Further assertions on the answer. */
  readonly check?: (response: RawResponse, ctx: CaseContext) => void;
}
