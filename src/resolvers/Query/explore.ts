import type { QueryResolvers } from '../../generated/graphql.js';
import { connectionRequest, neighbourhoodRequest, timelineRequest } from '../../loaders/index.js';

export const exploreQueries: Pick<QueryResolvers, 'neighbourhood' | 'shortestConnection' | 'timeline'> = {
  neighbourhood: (_root, args, ctx) => ctx.loaders.explore.neighbourhood(neighbourhoodRequest(args)),
  shortestConnection: (_root, args, ctx) => ctx.loaders.explore.shortestConnection(connectionRequest(args)),
  timeline: (_root, args, ctx) => ctx.loaders.explore.timeline(timelineRequest(args)),
};
