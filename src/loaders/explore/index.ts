import type { Reader } from '../../db/index.js';
import type { ConnectionRequest, NeighbourhoodRequest, TimelineRequest } from './arguments.js';
import { degreeLoader, loadNeighbourhood } from './neighbourhood.js';
import { findShortestConnection } from './shortest-connection.js';
import { loadTimeline } from './timeline.js';

export { connectionRequest, neighbourhoodRequest, timelineRequest } from './arguments.js';
export type { ConnectionRequest, NeighbourhoodRequest, TimelineRequest } from './arguments.js';
export type * from './records.js';

/**
 * The explore queries of one request (neighbourhood, shortest connection, timeline). Each runs
 * its few statements in one read transaction; the objects they mention are then resolved through
 * the request's `node` loader, in one batch. Built per request like every loader.
 */
export function createExplore(executor: Reader) {
  return {
    neighbourhood: (request: NeighbourhoodRequest) => loadNeighbourhood(executor, request),
    /** Degrees of the nodes a neighbourhood did not expand, when a client asks for them. */
    degrees: degreeLoader(executor),
    shortestConnection: (request: ConnectionRequest) => findShortestConnection(executor, request),
    timeline: (request: TimelineRequest) => loadTimeline(executor, request),
  };
}

export type Explore = ReturnType<typeof createExplore>;
