import { keyOf } from '../../model/index.js';
import { DPRK_STATE_KEY } from '../../model/index.js';
import type { NodeTypename } from '../../model/index.js';
import { badUserInput } from '../../errors.js';
import { encodeCursor, pageRequest, type Connection } from '../../pagination/index.js';
import { exposure, type Category, type ExposureResult, type TaintMethod } from './exposure.js';
import { findTrails, trailId } from './find-trails.js';
import { type HopFilter, type LimitReached, MAX_HOPS, type MoneyGraph, type Trail } from './types.js';

/**
 * `moneyTrails` and `exposure` as the API asks them: arguments checked (each mistake names its
 * argument), the subject and target looked up, the destinations chosen, the algorithm run and
 * its answer paged. Resolvers hand their arguments over and return what comes back.
 */

const DEFAULT_HOPS = 6;

/** What money can leave from: an employer's salaries, a wallet, or whoever controls wallets. */
const SENDERS: readonly NodeTypename[] = [
  'Employer',
  'Wallet',
  'StolenIdentity',
  'Operative',
  'Facilitator',
  'Person',
  'Organization',
];
const ENTITIES: readonly NodeTypename[] = [...SENDERS, 'State', 'Craft'];

/** The reads a request needs: the money graph, and whether a key names a stored node. */
export interface TrailReads {
  readonly money: MoneyGraph;
  exists(key: string): Promise<boolean>;
}

export interface MoneyTrailsArgs {
  readonly from: string;
  readonly to?: string | null;
  readonly toState?: string | null;
  readonly maxHops?: number | null;
  readonly minAmount?: string | null;
  readonly assets?: readonly string[] | null;
  readonly since?: string | null;
  readonly until?: string | null;
  readonly first?: number | null;
  readonly after?: string | null;
}

export interface ExposureArgs {
  readonly id: string;
  readonly maxHops?: number | null;
  readonly method?: TaintMethod | null;
}

export type TrailConnection = Connection<Trail> & { readonly complete: boolean; readonly limitsReached: LimitReached[] };

/** An exposure answer with the question it answers. */
export interface ExposureRecord {
  readonly subjectKey: string;
  readonly method: TaintMethod;
  readonly maxHops: number;
  readonly result: ExposureResult;
}

function maxHopsOf(value: number | null | undefined): number {
  const hops = value ?? DEFAULT_HOPS;
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) throw badUserInput('maxHops', `must be between 1 and ${MAX_HOPS}`);
  return hops;
}

/** `assets: []` would follow nothing; omitting it is how to follow every asset. */
function assetsOf(assets: readonly string[] | null | undefined): readonly string[] | null {
  if (assets === null || assets === undefined) return null;
  if (assets.length === 0) throw badUserInput('assets', 'name at least one asset, or omit it to follow every asset');
  return assets.map((a) => a.trim().toUpperCase());
}

function filterOf(args: MoneyTrailsArgs): HopFilter {
  const since = args.since ? Date.parse(args.since) : null;
  const until = args.until ? Date.parse(args.until) : null;
  if (since !== null && until !== null && until < since) throw badUserInput('until', 'must not be before since');
  return {
    minAmount: args.minAmount ?? null,
    assets: assetsOf(args.assets),
    since,
    until,
  };
}

/** The subject must exist: a trail from nothing is a mistake worth saying so. */
async function existing(reads: TrailReads, field: string, id: string, allowed: readonly NodeTypename[]): Promise<string> {
  const { key } = keyOf(field, id, allowed);
  if (!(await reads.exists(key))) throw badUserInput(field, 'names nothing stored here');
  return key;
}

/**
 * A cursor is a trail's rank plus its id. The search returns the top of the ranking only, so a
 * page needs the trails up to the cursor's rank, the page, and one more to know whether a next
 * page exists.
 */
function pageWindow(args: { first?: number | null; after?: string | null }) {
  const request = pageRequest(args);
  const rank = request.after?.v ?? -1;
  if (typeof rank !== 'number' || !Number.isInteger(rank) || rank < -1) throw badUserInput('after', 'is not a cursor returned by this API');
  return { request, top: rank + 1 + request.limit + 1 };
}

function page(trails: readonly Trail[], window: ReturnType<typeof pageWindow>, totalCount: number): Connection<Trail> {
  const { request } = window;
  let start = 0;
  if (request.after) {
    // The trail at the cursor's rank, unless the graph changed since: then find it by id.
    const rank = Number(request.after.v);
    const at = trails[rank] && trailId(trails[rank]) === request.after.k ? rank : trails.findIndex((t) => trailId(t) === request.after?.k);
    start = at >= 0 ? at + 1 : rank + 1;
  }
  const items = trails.slice(start, start + request.limit + 1);
  const edges = items.slice(0, request.limit).map((node, i) => ({ cursor: encodeCursor({ v: start + i, k: trailId(node) }), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: items.length > request.limit,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/** A page of the trails from `from` to a target (an entity, a state, or by default the DPRK). */
export async function moneyTrailsPage(reads: TrailReads, args: MoneyTrailsArgs): Promise<TrailConnection> {
  const maxHops = maxHopsOf(args.maxHops);
  const filter = filterOf(args);
  const window = pageWindow(args);
  // Both looked up in one batch; a client with two bad ids hears about `from` first.
  const [from, to] = await Promise.allSettled([
    existing(reads, 'from', args.from, SENDERS),
    args.to ? existing(reads, 'to', args.to, ENTITIES) : args.toState ? existing(reads, 'toState', args.toState, ['State']) : DPRK_STATE_KEY,
  ]);
  if (from.status === 'rejected') throw from.reason;
  if (to.status === 'rejected') throw to.reason;
  const [subject, target] = [from.value, to.value];
  const destinations = await reads.money.destinations(target);
  const result = await findTrails(reads.money, { subject, destinations, maxHops, filter, top: window.top });
  return { ...page(result.trails, window, result.totalCount), complete: result.complete, limitsReached: [...result.limitsReached] };
}

/** A subject's exposure to DPRK-controlled and to sanctioned wallets, by one method. */
export async function exposureOf(reads: TrailReads, args: ExposureArgs): Promise<ExposureRecord> {
  const maxHops = maxHopsOf(args.maxHops);
  const method = args.method ?? 'HAIRCUT';
  const subject = await existing(reads, 'id', args.id, SENDERS);
  const categories: Category[] = [
    { name: 'DPRK_CONTROLLED', wallets: await reads.money.destinations(DPRK_STATE_KEY) },
    { name: 'SANCTIONED', wallets: await reads.money.sanctioned() },
  ];
  const result = await exposure(reads.money, { subject, categories, maxHops, method });
  return { subjectKey: subject, method, maxHops, result };
}
