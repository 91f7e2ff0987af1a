import { auditEventPage, type AuditFilter } from '../audit/events.js';
import type { Executor } from '../db/executor.js';
import type { Plain } from '../db/values.js';
import { type FilterParams, LIST_SORTS, LIST_SPECS, type ListSortName, type ListSpec, listPage } from './list-queries.js';
import type { Connection, PageRequest } from '../pagination/pages.js';
import { toNodeRecord } from './row-mapping.js';
import { fetchScreenCandidates, fetchScreenRecords } from './screening.js';
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

function lister<T extends NodeRecord>(executor: Executor, spec: ListSpec, namesOfPersonal: boolean): ListFn<T> {
  // The label in the spec guarantees the record type.
  const toRecord = (value: Plain) => toNodeRecord(value) as T;
  return (filter, sort, page) => listPage(executor, spec, LIST_SORTS[sort], filter, page, toRecord, namesOfPersonal);
}

/**
 * The top-level list and search queries of one request. `namesOfPersonal` is whether the asker
 * sees personal data; when not, personal objects are not matched by the text they would see masked.
 */
export function createLists(executor: Executor, namesOfPersonal: boolean) {
  return {
    states: lister<StateRecord>(executor, LIST_SPECS.State, namesOfPersonal),
    organizations: lister<OrganizationRecord>(executor, LIST_SPECS.Organization, namesOfPersonal),
    operatives: lister<OperativeRecord>(executor, LIST_SPECS.Operative, namesOfPersonal),
    facilitators: lister<FacilitatorRecord>(executor, LIST_SPECS.Facilitator, namesOfPersonal),
    stolenIdentities: lister<StolenIdentityRecord>(executor, LIST_SPECS.StolenIdentity, namesOfPersonal),
    employers: lister<EmployerRecord>(executor, LIST_SPECS.Employer, namesOfPersonal),
    wallets: lister<WalletRecord>(executor, LIST_SPECS.Wallet, namesOfPersonal),
    enforcementActions: lister<EnforcementActionRecord>(executor, LIST_SPECS.EnforcementAction, namesOfPersonal),
    sources: lister<SourceRecord>(executor, LIST_SPECS.Source, namesOfPersonal),
    persons: lister<PersonRecord>(executor, LIST_SPECS.Person, namesOfPersonal),
    crafts: lister<CraftRecord>(executor, LIST_SPECS.Craft, namesOfPersonal),
    search: (text: string, labels: readonly string[] | null, page: PageRequest) =>
      search(executor, text, labels, page, namesOfPersonal),
    /** Candidates for a screen's names and addresses, all items at once. */
    screenCandidates: (
      names: readonly { i: number; query: string }[],
      addresses: readonly { i: number; key: string }[],
      needListedAddresses: boolean,
    ) => fetchScreenCandidates(executor, names, addresses, needListedAddresses, namesOfPersonal),
    /** What a screen shows of the records it reports. */
    screenRecords: (keys: readonly string[]) => fetchScreenRecords(executor, keys),
    auditEvents: (filter: AuditFilter, page: PageRequest) => auditEventPage(executor, filter, page),
  };
}

export type Lists = ReturnType<typeof createLists>;
export type { ListSortName, FilterParams };
