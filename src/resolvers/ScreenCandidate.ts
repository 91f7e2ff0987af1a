import type { ScreenCandidateResolvers } from '../generated/graphql.js';

export const ScreenCandidate: ScreenCandidateResolvers = {
  lists: (parent) => [...parent.lists],
  // Batched with every other entity's in the request: one query for all candidates.
  sanctions: (parent, _args, ctx) => ctx.loaders.sanctions.load(parent.node.key),
};
