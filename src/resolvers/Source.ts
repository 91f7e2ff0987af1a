import type { SourceResolvers } from '../generated/graphql.js';
import { pageRequest, toGlobalId } from '../loaders/index.js';

export const Source: SourceResolvers = {
  id: (parent) => toGlobalId(parent.key),
  entities: (parent, args, ctx) => ctx.loaders.sourceEntities.load({ parent: parent.key, page: pageRequest(args) }),
};
