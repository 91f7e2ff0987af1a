import type { ExposureResolvers } from '../generated/graphql.js';
import { requireEntity } from '../loaders/index.js';

export const Exposure: ExposureResolvers = {
  subject: (parent, _args, ctx) => requireEntity(ctx.loaders.node, parent.subjectKey),
  outflow: (parent) => [...parent.result.outflow].map(([asset, amount]) => ({ asset, amount })),
  entries: (parent) => [...parent.result.entries],
  complete: (parent) => parent.result.complete,
  limitsReached: (parent) => [...parent.result.limitsReached],
};
