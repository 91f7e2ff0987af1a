import { auditEventPage, type AuditFilter } from '../audit/events.js';
import type { Executor } from '../db/executor.js';
import type { Plain } from '../db/values.js';
import { type FilterParams, LIST_SORTS, LIST_SPECS, type ListSortName, type ListSpec, listPage } from './list-queries.js';
import type { Connection, PageRequest } from './pagination.js';
import { toNodeRecord } from './row-mapping.js';
import { search } from './search.js';
import type {
  CraftRecord,
  EmployerRecord,
  EnforcementActionRecord,
  FacilitatorRecord,
  NodeRecord,
  OperativeRecord,
  OrganizationRecord,
  PersonRecord,
  SourceRecord,
  StateRecord,
  StolenIdentityRecord,
  WalletRecord,
} from './records.js';

type ListFn<T> = (filter: FilterParams, sort: ListSortName, page: PageRequest) => Promise<Connection<T>>;

function lister<T extends NodeRecord>(executor: Executor, spec: ListSpec): ListFn<T> {
  // The label in the spec guarantees the record type.
  const toRecord = (value: Plain) => toNodeRecord(value) as T;
  return (filter, sort, page) => listPage(executor, spec, LIST_SORTS[sort], filter, page, toRecord);
}

/** The top-level list and search queries of one request. */
export function createLists(executor: Executor) {
  return {
    states: lister<StateRecord>(executor, LIST_SPECS.State),
    organizations: lister<OrganizationRecord>(executor, LIST_SPECS.Organization),
    operatives: lister<OperativeRecord>(executor, LIST_SPECS.Operative),
    facilitators: lister<FacilitatorRecord>(executor, LIST_SPECS.Facilitator),
    stolenIdentities: lister<StolenIdentityRecord>(executor, LIST_SPECS.StolenIdentity),
    employers: lister<EmployerRecord>(executor, LIST_SPECS.Employer),
    wallets: lister<WalletRecord>(executor, LIST_SPECS.Wallet),
    enforcementActions: lister<EnforcementActionRecord>(executor, LIST_SPECS.EnforcementAction),
    sources: lister<SourceRecord>(executor, LIST_SPECS.Source),
    persons: lister<PersonRecord>(executor, LIST_SPECS.Person),
    crafts: lister<CraftRecord>(executor, LIST_SPECS.Craft),
    search: (text: string, labels: readonly string[] | null, page: PageRequest) =>
      search(executor, text, labels, page),
    auditEvents: (filter: AuditFilter, page: PageRequest) => auditEventPage(executor, filter, page),
  };
}

export type Lists = ReturnType<typeof createLists>;
export type { ListSortName, FilterParams };
