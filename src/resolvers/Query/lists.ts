import type {
  EnforcementActionOrder,
  EntityOrder,
  QueryResolvers,
} from '../../generated/graphql.js';
import { type ListSortName, pageRequest } from '../../loaders/index.js';

/** Case-insensitive "contains" filters compare lower-cased text on both sides. */
const lower = (text: string | null | undefined) => (text ? text.toLowerCase() : null);

function entitySort(order: EntityOrder | null | undefined): ListSortName {
  return order?.direction === 'DESC' ? 'NAME_DESC' : 'NAME_ASC';
}

function actionSort(order: EnforcementActionOrder | null | undefined): ListSortName {
  const field = order?.field ?? 'DATE';
  const direction = order?.direction ?? 'DESC';
  return `${field}_${direction}`;
}

export const listQueries: Pick<
  QueryResolvers,
  | 'states'
  | 'organizations'
  | 'operatives'
  | 'facilitators'
  | 'stolenIdentities'
  | 'employers'
  | 'wallets'
  | 'enforcementActions'
  | 'sources'
  | 'persons'
  | 'crafts'
> = {
  states: (_root, { filter, orderBy, ...page }, ctx) =>
    ctx.lists.states(
      { nameContains: lower(filter?.nameContains), synthetic: filter?.synthetic },
      entitySort(orderBy),
      pageRequest(page),
    ),
  organizations: (_root, { filter, orderBy, ...page }, ctx) =>
    ctx.lists.organizations(
      { nameContains: lower(filter?.nameContains), synthetic: filter?.synthetic, kinds: filter?.kinds },
      entitySort(orderBy),
      pageRequest(page),
    ),
  operatives: (_root, { filter, orderBy, ...page }, ctx) =>
    ctx.lists.operatives(
      { nameContains: lower(filter?.nameContains), synthetic: filter?.synthetic, roles: filter?.roles },
      entitySort(orderBy),
      pageRequest(page),
    ),
  facilitators: (_root, { filter, orderBy, ...page }, ctx) =>
    ctx.lists.facilitators(
      { nameContains: lower(filter?.nameContains), synthetic: filter?.synthetic, roles: filter?.roles },
      entitySort(orderBy),
      pageRequest(page),
    ),
  stolenIdentities: (_root, { filter, orderBy, ...page }, ctx) =>
    ctx.lists.stolenIdentities(
      { nameContains: lower(filter?.nameContains), synthetic: filter?.synthetic },
      entitySort(orderBy),
      pageRequest(page),
    ),
  employers: (_root, { filter, orderBy, ...page }, ctx) =>
    ctx.lists.employers(
      { nameContains: lower(filter?.nameContains), synthetic: filter?.synthetic },
      entitySort(orderBy),
      pageRequest(page),
    ),
  wallets: (_root, { filter, orderBy, ...page }, ctx) =>
    ctx.lists.wallets(
      {
        nameContains: lower(filter?.nameContains),
        synthetic: filter?.synthetic,
        chains: filter?.chains,
        assets: filter?.assets?.map((a) => a.trim().toUpperCase()),
      },
      entitySort(orderBy),
      pageRequest(page),
    ),
  enforcementActions: (_root, { filter, orderBy, ...page }, ctx) =>
    ctx.lists.enforcementActions(
      {
        kinds: filter?.kinds,
        statuses: filter?.statuses,
        dateFrom: filter?.dateFrom,
        dateTo: filter?.dateTo,
        synthetic: filter?.synthetic,
      },
      actionSort(orderBy),
      pageRequest(page),
    ),
  persons: (_root, { filter, orderBy, ...page }, ctx) =>
    ctx.lists.persons(
      { nameContains: lower(filter?.nameContains), synthetic: filter?.synthetic },
      entitySort(orderBy),
      pageRequest(page),
    ),
  crafts: (_root, { filter, orderBy, ...page }, ctx) =>
    ctx.lists.crafts(
      { nameContains: lower(filter?.nameContains), synthetic: filter?.synthetic, kinds: filter?.kinds },
      entitySort(orderBy),
      pageRequest(page),
    ),
  sources: (_root, { filter, ...page }, ctx) =>
    ctx.lists.sources(
      { kinds: filter?.kinds, titleContains: lower(filter?.titleContains) },
      'TITLE_ASC',
      pageRequest(page),
    ),
};
