import type { QueryResolvers } from '../../generated/graphql.js';
import { countedPage } from '../selection.js';

export const transferQueries: Pick<QueryResolvers, 'transfers'> = {
  transfers: (_root, { filter, orderBy, ...page }, ctx, info) => ctx.loaders.allTransfers(filter, orderBy, countedPage(page, info)),
};
