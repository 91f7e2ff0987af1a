import { auditEventPage, type AuditFilter } from '../audit/events.js';
import type { Reader } from '../db/statements.js';
import type { Plain } from '../db/values.js';
import { type FilterParams, type ListReads, type ListSortName, listPage, TOP_LISTS } from './list-queries.js';
import type { Connection, PageRequest } from './pagination.js';
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

function lister<T extends NodeRecord>(executor: Reader, reads: ListReads, namesOfPersonal: boolean): ListFn<T> {
  // The label in the spec guarantees the record type.
  const toRecord = (value: Plain) => toNodeRecord(value) as T;
  return (filter, sort, page) => listPage(executor, reads, sort, filter, page, toRecord, namesOfPersonal);
}

/**
 * The top-level list and search queries of one request. `namesOfPersonal` is whether the asker
 * sees personal data; when not, personal objects are not matched by the text they would see masked.
 */
export function createLists(executor: Reader, namesOfPersonal: boolean) {
  return {
    states: lister<StateRecord>(executor, TOP_LISTS.State, namesOfPersonal),
    organizations: lister<OrganizationRecord>(executor, TOP_LISTS.Organization, namesOfPersonal),
    operatives: lister<OperativeRecord>(executor, TOP_LISTS.Operative, namesOfPersonal),
    facilitators: lister<FacilitatorRecord>(executor, TOP_LISTS.Facilitator, namesOfPersonal),
    stolenIdentities: lister<StolenIdentityRecord>(executor, TOP_LISTS.StolenIdentity, namesOfPersonal),
    employers: lister<EmployerRecord>(executor, TOP_LISTS.Employer, namesOfPersonal),
    wallets: lister<WalletRecord>(executor, TOP_LISTS.Wallet, namesOfPersonal),
    enforcementActions: lister<EnforcementActionRecord>(executor, TOP_LISTS.EnforcementAction, namesOfPersonal),
    sources: lister<SourceRecord>(executor, TOP_LISTS.Source, namesOfPersonal),
    persons: lister<PersonRecord>(executor, TOP_LISTS.Person, namesOfPersonal),
    crafts: lister<CraftRecord>(executor, TOP_LISTS.Craft, namesOfPersonal),
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
