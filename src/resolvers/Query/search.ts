import type { QueryResolvers, SearchConnectionResolvers, SearchType } from '../../generated/graphql.js';
import { counted, countedPage } from '../selection.js';

/** The label each search type finds; a table over every `SearchType`, so a new one must be mapped. */
const SEARCH_LABELS = {
  STATE: 'State',
  ORGANIZATION: 'Organization',
  OPERATIVE: 'Operative',
  FACILITATOR: 'Facilitator',
  STOLEN_IDENTITY: 'StolenIdentity',
  EMPLOYER: 'Employer',
  WALLET: 'Wallet',
  ENFORCEMENT_ACTION: 'EnforcementAction',
  SOURCE: 'Source',
  PERSON: 'Person',
  CRAFT: 'Craft',
  IDENTIFIER: 'Identifier',
} satisfies Record<SearchType, string>;

const labelOf = (type: SearchType): string => SEARCH_LABELS[type];

export const searchQueries: Pick<QueryResolvers, 'search'> = {
  search: (_root, { query, types, ...page }, ctx, info) =>
    ctx.lists.search(query, types ? types.map(labelOf) : null, countedPage(page, info)),
};

export const SearchConnection: SearchConnectionResolvers = {
  totalCount: counted,
  edges: (hits) =>
    hits.edges.map((edge) => ({ cursor: edge.cursor, score: edge.node.score, matchedBy: edge.node.matchedBy, node: edge.node.record })),
};
