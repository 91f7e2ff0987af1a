import type { QueryResolvers, SearchType } from '../../generated/graphql.js';
import { UnreachableCaseError } from '../../errors.js';
import { pageRequest } from '../../loaders/index.js';

function labelOf(type: SearchType): string {
  switch (type) {
    case 'STATE':
      return 'State';
    case 'ORGANIZATION':
      return 'Organization';
    case 'OPERATIVE':
      return 'Operative';
    case 'FACILITATOR':
      return 'Facilitator';
    case 'STOLEN_IDENTITY':
      return 'StolenIdentity';
    case 'EMPLOYER':
      return 'Employer';
    case 'WALLET':
      return 'Wallet';
    case 'ENFORCEMENT_ACTION':
      return 'EnforcementAction';
    case 'SOURCE':
      return 'Source';
    case 'PERSON':
      return 'Person';
    case 'CRAFT':
      return 'Craft';
    case 'IDENTIFIER':
      return 'Identifier';
    default:
      throw new UnreachableCaseError(type);
  }
}

export const searchQueries: Pick<QueryResolvers, 'search'> = {
  search: async (_root, { query, types, ...page }, ctx) => {
    const hits = await ctx.lists.search(query, types ? types.map(labelOf) : null, pageRequest(page));
    return {
      ...hits,
      edges: hits.edges.map((edge) => ({
        cursor: edge.cursor,
        score: edge.node.score,
        matchedBy: edge.node.matchedBy,
        node: edge.node.record,
      })),
    };
  },
};
