import { exposureOf, moneyTrailsPage } from '../../domain/trails/index.js';
import type { QueryResolvers } from '../../generated/graphql.js';

export const trailQueries: Pick<QueryResolvers, 'moneyTrails' | 'exposure'> = {
  moneyTrails: (_root, args, ctx) => moneyTrailsPage(ctx.trails, args),
  exposure: (_root, args, ctx) => exposureOf(ctx.trails, args),
};
