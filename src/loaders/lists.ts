import { auditEventPage, type AuditFilter } from '../audit/index.js';
import type { Reader } from '../db/index.js';
import type { Plain } from '../db/index.js';
import {
  type FilterOf,
  type CountingConnection,
  listConnection,
  type ListName,
  type ListSortName,
  TOP_LISTS,
} from './list-queries.js';
import type { PageRequest } from '../pagination/index.js';
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

type ListFn<C, N extends ListName> = (filter: FilterOf<N>, sort: ListSortName, page: PageRequest) => C;

function lister<T extends NodeRecord, N extends ListName>(
  executor: Reader,
  name: N,
  namesOfPersonal: boolean,
): ListFn<CountingConnection<T>, N> {
  // The label in the spec guarantees the record type.
  const toRecord = (value: Plain) => toNodeRecord(value) as T;
  const reads = TOP_LISTS[name];
  // Nothing is read here: the connection reads each part its selection asks for.
  return (filter, sort, page) => listConnection(executor, reads, sort, filter, page, toRecord, namesOfPersonal);
}

/**
 * The top-level list and search queries of one request. `namesOfPersonal` is whether the asker
 * sees personal data; when not, personal objects are not matched by the text they would see masked.
 */
export function createLists(executor: Reader, namesOfPersonal: boolean) {
  return {
    states: lister<StateRecord, 'State'>(executor, 'State', namesOfPersonal),
    organizations: lister<OrganizationRecord, 'Organization'>(executor, 'Organization', namesOfPersonal),
    operatives: lister<OperativeRecord, 'Operative'>(executor, 'Operative', namesOfPersonal),
    facilitators: lister<FacilitatorRecord, 'Facilitator'>(executor, 'Facilitator', namesOfPersonal),
    stolenIdentities: lister<StolenIdentityRecord, 'StolenIdentity'>(executor, 'StolenIdentity', namesOfPersonal),
    employers: lister<EmployerRecord, 'Employer'>(executor, 'Employer', namesOfPersonal),
    wallets: lister<WalletRecord, 'Wallet'>(executor, 'Wallet', namesOfPersonal),
    enforcementActions: lister<EnforcementActionRecord, 'EnforcementAction'>(executor, 'EnforcementAction', namesOfPersonal),
    sources: lister<SourceRecord, 'Source'>(executor, 'Source', namesOfPersonal),
    persons: lister<PersonRecord, 'Person'>(executor, 'Person', namesOfPersonal),
    crafts: lister<CraftRecord, 'Craft'>(executor, 'Craft', namesOfPersonal),
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
export type { ListSortName, FilterOf };
