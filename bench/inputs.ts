import type { Executor } from '../src/db/executor.js';
import type { Plain } from '../src/db/values.js';
import { GENERATED_SOURCE_KEY } from '../src/generator/index.js';
import { DIRECTED_REACH, EXPOSURE_TRANSFERS, TRAIL_TRANSFERS, UNDIRECTED_REACH } from './floors.js';

/**
 * Chooses what to time, with Cypher, the same way at every scale: nothing is hard-coded, so a
 * different seed or a changed generator still gets inputs that mean what the report says.
 */

export const DPRK_STATE_KEY = 'state:KP';
const NO_PATH_HOPS = 8;

export interface Picked {
  readonly key: string;
  readonly name: string;
  /** Why it was chosen, for the report. */
  readonly why: string;
}

export interface PathPair {
  readonly from: Picked;
  readonly to: Picked;
  /** Hops of the shortest path found by the check, or null when there is none within 8. */
  readonly checkedHops: number | null;
  readonly check: string;
}

export interface GraphSize {
  readonly neo4jVersion: string;
  readonly nodes: number;
  readonly relationships: number;
  readonly transfers: number;
  readonly salaries: number;
}

export interface Inputs {
  readonly employer: Picked;
  readonly exposureWallet: Picked;
  readonly hub: Picked;
  /** The example: a wallet that only receives, to a DPRK treasury. */
  readonly receiveOnlyPair?: PathPair;
  /** The hub to the busiest wallet it cannot reach: a search that fans out and finds nothing. */
  readonly hubPair?: PathPair;
  /** The hub to a wallet with no chain of transfers to it in either direction. */
  readonly disconnectedPair?: PathPair;
}

const str = (v: Plain | undefined) => (v === null || v === undefined ? '' : String(v));
const num = (v: Plain | undefined) => Number(v ?? 0);
const fmt = (v: number) => v.toLocaleString('en-US');

export async function graphSize(executor: Executor): Promise<GraphSize> {
  const [version] = await executor.read("CALL dbms.components() YIELD name, versions, edition RETURN versions[0] + ' ' + edition AS v");
  const [nodes] = await executor.read('MATCH (n) RETURN count(n) AS c');
  const [rels] = await executor.read('MATCH ()-[r]->() RETURN count(r) AS c');
  const [transfers] = await executor.read('MATCH ()-[r:TRANSFERRED]->() RETURN count(r) AS c');
  const [salaries] = await executor.read('MATCH ()-[r:PAID_SALARY]->() RETURN count(r) AS c');
  return {
    neo4jVersion: str(version?.v),
    nodes: num(nodes?.c),
    relationships: num(rels?.c),
    transfers: num(transfers?.c),
    salaries: num(salaries?.c),
  };
}

/**
 * Reads every transfer's properties and every node's key once, so the first timed operation
 * does not pay for loading the store into the page cache. Returns the time it took.
 */
export async function warmPageCache(executor: Executor): Promise<number> {
  const started = performance.now();
  await executor.read('MATCH (n:Node) RETURN count(n.key) AS c');
  await executor.read('MATCH ()-[r:TRANSFERRED]->() RETURN count(r.at) + count(r.amount) + count(r.asset) AS c');
  await executor.read('MATCH ()-[r:PAID_SALARY]->() RETURN count(r.paidAt) + count(r.amount) AS c');
  return performance.now() - started;
}

/** Where money can be, and since when: a wallet, the earliest it arrived (epoch ms), its asset. */
interface Arrival {
  readonly key: string;
  readonly at: number;
  readonly asset: string;
}

const DPRK_WALLET_KEYS = `
MATCH (:Node {key: $state})-[:CONTROLS]->{1,4}(w:Wallet)
RETURN collect(DISTINCT w.key) AS keys`;

const NEXT_ARRIVALS = `
UNWIND $frontier AS f
MATCH (:Node {key: f.key})-[t:TRANSFERRED]->(n:Wallet)
WHERE t.at >= datetime({epochMillis: toInteger(f.at)}) AND t.asset = f.asset
RETURN n.key AS key, f.asset AS asset, min(t.at).epochMillis AS at`;

/**
 * Fewest transfers after `start` that reach a target in time order, or null past `maxTransfers`.
 * Earliest-arrival search, one statement per level: a wallet is expanded again only when money
 * can reach it earlier than before, and a time-ordered walk always contains a time-ordered path,
 * so the answer is exact. Single statements were tried first and lost: the quantified form
 * cannot prune by time while it expands, and SHORTEST with the time order as a path predicate
 * enumerates paths and timed out after a minute from a consolidation wallet at scale 100.
 */
async function transfersToTarget(
  executor: Executor,
  start: readonly Arrival[],
  targets: ReadonlySet<string>,
  maxTransfers: number,
): Promise<number | null> {
  const best = new Map<string, number>(start.map((a) => [`${a.key}|${a.asset}`, a.at]));
  let frontier = [...start];
  for (let level = 1; level <= maxTransfers && frontier.length > 0; level += 1) {
    const rows = await executor.read(NEXT_ARRIVALS, { frontier });
    const next: Arrival[] = [];
    for (const row of rows) {
      const arrival = { key: str(row.key), at: num(row.at), asset: str(row.asset) };
      if (targets.has(arrival.key)) return level;
      const id = `${arrival.key}|${arrival.asset}`;
      if (arrival.at >= (best.get(id) ?? Infinity)) continue;
      best.set(id, arrival.at);
      next.push(arrival);
    }
    frontier = next;
  }
  return null;
}

async function dprkWallets(executor: Executor): Promise<Set<string>> {
  const [row] = await executor.read(DPRK_WALLET_KEYS, { state: DPRK_STATE_KEY });
  return new Set(Array.isArray(row?.keys) ? row.keys.map(String) : []);
}

/**
 * A typical employer, not the busiest: the one at the median number of salary payments, or the
 * next one up whose salaries reach a DPRK-controlled wallet in at most six time-ordered hops.
 */
async function pickEmployer(executor: Executor, targets: ReadonlySet<string>): Promise<Picked> {
  const rows = await executor.read(`
    MATCH (e:Employer)
    WITH e, COUNT { (e)-[:PAID_SALARY]->() } AS salaries
    ORDER BY salaries, e.key
    WITH collect({key: e.key, name: e.name, salaries: salaries}) AS ranked
    UNWIND ranked[size(ranked) / 2..size(ranked) / 2 + 50] AS c
    RETURN c.key AS key, c.name AS name, c.salaries AS salaries, size(ranked) AS employers`);
  for (const row of rows) {
    // Each salary wallet holds money from its earliest salary on.
    const start = await executor.read(
      `MATCH (:Node {key: $from})-[s:PAID_SALARY]->(w:Wallet)
       RETURN w.key AS key, s.asset AS asset, min(s.paidAt).epochMillis AS at`,
      { from: str(row.key) },
    );
    const arrivals = start.map((r) => ({ key: str(r.key), at: num(r.at), asset: str(r.asset) }));
    const transfers = await transfersToTarget(executor, arrivals, targets, TRAIL_TRANSFERS);
    if (transfers !== null) {
      return {
        key: str(row.key),
        name: str(row.name),
        why: `median of ${fmt(num(row.employers))} employers by salary payments (${fmt(num(row.salaries))}) with a DPRK trail of ${transfers + 1} hops`,
      };
    }
  }
  throw new Error('no employer near the median reaches a DPRK-controlled wallet in six hops');
}

/** The employer's consolidation wallet (run by the team's launderer) with the most outflows that reach the DPRK. */
async function pickConsolidation(executor: Executor, employer: string, targets: ReadonlySet<string>): Promise<Picked> {
  const rows = await executor.read(
    `MATCH (:Node {key: $employer})-[:PAID_SALARY]->(:Wallet)-[:TRANSFERRED]->(c:Wallet)<-[:CONTROLS]-(:Operative {role: 'MONEY_LAUNDERER'})
     WITH DISTINCT c
     RETURN c.key AS key, c.name AS name, COUNT { (c)-[:TRANSFERRED]->() } AS outflows, COUNT { (c)<-[:TRANSFERRED]-() } AS inflows,
       COLLECT { MATCH (c)-[t:TRANSFERRED]->() RETURN DISTINCT t.asset } AS assets
     ORDER BY outflows DESC, key`,
    { employer },
  );
  for (const row of rows) {
    const assets = Array.isArray(row.assets) ? row.assets.map(String) : [];
    const start = assets.map((asset) => ({ key: str(row.key), at: 0, asset }));
    const transfers = await transfersToTarget(executor, start, targets, EXPOSURE_TRANSFERS);
    if (transfers !== null) {
      return {
        key: str(row.key),
        name: str(row.name),
        why: `consolidation wallet fed by the employer's salary wallets (${fmt(num(row.inflows))} in, ${fmt(num(row.outflows))} out), reaches the DPRK in ${transfers} hops`,
      };
    }
  }
  throw new Error(`no consolidation wallet of ${employer} reaches a DPRK-controlled wallet in six hops`);
}

/** The wallet of a mixer, OTC desk or exchange with the most relationships. */
async function pickHub(executor: Executor): Promise<Picked> {
  const [row] = await executor.read(`
    MATCH (o:Organization)-[:CONTROLS]->(w:Wallet)
    WHERE o.kind IN ['MIXER', 'OTC_DESK', 'EXCHANGE']
    WITH o, w, COUNT { (w)-[:TRANSFERRED]->() } AS outflows, COUNT { (w)<-[:TRANSFERRED]-() } AS inflows, COUNT { (w)--() } AS degree
    ORDER BY degree DESC, w.key
    LIMIT 1
    RETURN w.key AS key, w.name AS name, o.kind AS kind, degree, inflows, outflows`);
  if (!row) throw new Error('no mixer, OTC desk or exchange wallet');
  return {
    key: str(row.key),
    name: str(row.name),
    why: `highest-degree ${str(row.kind)} wallet: ${fmt(num(row.degree))} relationships (${fmt(num(row.inflows))} transfers in, ${fmt(num(row.outflows))} out)`,
  };
}

async function reach(executor: Executor, cypher: string, a: string, b: string): Promise<number | null> {
  const [row] = await executor.read(cypher, { a, b });
  return row?.hops === null || row?.hops === undefined ? null : num(row.hops);
}

/** The first candidate (busiest first) that the check says `from` cannot reach. */
async function firstUnreachable(
  executor: Executor,
  from: Picked,
  candidates: readonly Record<string, Plain>[],
  check: { cypher: string; name: string },
  why: (row: Record<string, Plain>) => string,
): Promise<PathPair | undefined> {
  for (const row of candidates) {
    const key = str(row.key);
    if (key === from.key) continue;
    let hops: number | null;
    try {
      hops = await reach(executor, check.cypher, from.key, key);
    } catch {
      continue; // A check that times out proves nothing either way.
    }
    if (hops === null) {
      return { from, to: { key, name: str(row.name), why: why(row) }, checkedHops: null, check: check.name };
    }
  }
  return undefined;
}

const DIRECTED = { cypher: DIRECTED_REACH, name: `no directed chain of transfers within ${NO_PATH_HOPS} hops, time ignored` };
const UNDIRECTED = { cypher: UNDIRECTED_REACH, name: `no chain of transfers within ${NO_PATH_HOPS} hops in either direction` };

async function pickReceiveOnlyPair(executor: Executor): Promise<PathPair | undefined> {
  const [source] = await executor.read(`
    MATCH (o:Organization)-[:CONTROLS]->(w:Wallet)
    WHERE o.kind IN ['EXCHANGE', 'BANK'] AND NOT EXISTS { (w)-[:TRANSFERRED]->() }
    WITH o, w, COUNT { (w)<-[:TRANSFERRED]-() } AS inflows
    ORDER BY inflows DESC, w.key
    LIMIT 1
    RETURN w.key AS key, w.name AS name, o.kind AS kind, inflows`);
  const treasuries = await executor.read(
    `MATCH (:Node {key: $state})-[:CONTROLS]->{1,4}(w:Wallet)
     WITH DISTINCT w, COUNT { (w)<-[:TRANSFERRED]-() } AS inflows
     ORDER BY inflows DESC, w.key
     LIMIT 5
     RETURN w.key AS key, w.name AS name, inflows`,
    { state: DPRK_STATE_KEY },
  );
  if (!source) return undefined;
  const from: Picked = {
    key: str(source.key),
    name: str(source.name),
    why: `busiest ${str(source.kind)} wallet that only receives (${fmt(num(source.inflows))} transfers in, none out)`,
  };
  return firstUnreachable(executor, from, treasuries, DIRECTED, (row) => `busiest DPRK treasury (${fmt(num(row.inflows))} transfers in)`);
}

/** Wallets by transfers received, busiest first, that the hub cannot reach. */
async function pickHubPair(executor: Executor, hub: Picked): Promise<PathPair | undefined> {
  const candidates = await executor.read(`
    MATCH (w:Wallet)
    WITH w, COUNT { (w)<-[:TRANSFERRED]-() } AS inflows
    ORDER BY inflows DESC, w.key
    LIMIT 200
    RETURN w.key AS key, w.name AS name, inflows`);
  return firstUnreachable(
    executor,
    hub,
    candidates,
    DIRECTED,
    (row) => `the busiest wallet the hub cannot reach (${fmt(num(row.inflows))} transfers in)`,
  );
}

/**
 * The generated world is one connected web of transfers (every cell uses the shared mixers and
 * desks), so a wallet with no chain to the hub in either direction has to come from elsewhere:
 * the case's own fictional trail, or analysts' data.
 */
async function pickDisconnectedPair(executor: Executor, hub: Picked): Promise<PathPair | undefined> {
  const candidates = await executor.read(
    `MATCH (w:Wallet)
     WHERE EXISTS { (w)-[:TRANSFERRED]-() } AND NOT EXISTS { (w)-[:SOURCED_FROM]->(:Source {key: $generated}) }
     WITH w, COUNT { (w)-[:TRANSFERRED]-() } AS transfers
     ORDER BY transfers DESC, w.key
     LIMIT 10
     RETURN w.key AS key, w.name AS name, transfers`,
    { generated: GENERATED_SOURCE_KEY },
  );
  return firstUnreachable(
    executor,
    hub,
    candidates,
    UNDIRECTED,
    (row) => `busiest wallet outside the generated world's web (${fmt(num(row.transfers))} transfers)`,
  );
}

export async function pickInputs(executor: Executor): Promise<Inputs> {
  const targets = await dprkWallets(executor);
  const employer = await pickEmployer(executor, targets);
  const exposureWallet = await pickConsolidation(executor, employer.key, targets);
  const hub = await pickHub(executor);
  const receiveOnlyPair = await pickReceiveOnlyPair(executor);
  const hubPair = await pickHubPair(executor, hub);
  const disconnectedPair = await pickDisconnectedPair(executor, hub);
  return { employer, exposureWallet, hub, receiveOnlyPair, hubPair, disconnectedPair };
}

/** What the undirected check says about a pair, for shortestConnection's expected answer. */
export async function undirectedHops(executor: Executor, pair: PathPair): Promise<number | null> {
  return reach(executor, UNDIRECTED_REACH, pair.from.key, pair.to.key);
}
