import type { Executor } from '../db/executor.js';
import { cypherInt, type Plain } from '../db/values.js';
import type { FrontierWallet, Hop, HopFilter, MoneyGraph } from '../domain/trails/types.js';
import { column } from './row-mapping.js';

/**
 * The graph reads of money trails and exposure. Every query takes the hop filter as parameters
 * (`$f`) whose predicates switch off when null, so one text serves every combination.
 */

const HOP_FILTER = (r: string, time: string) => `
  ($f.minAmount IS NULL OR toFloat(${r}.amount) >= $f.minAmount)
  AND ($f.assets IS NULL OR ${r}.asset IN $f.assets)
  AND ($f.since IS NULL OR ${time} >= datetime({epochMillis: $f.since}))
  AND ($f.until IS NULL OR ${time} <= datetime({epochMillis: $f.until}))`;

const HOP = (r: string, time: string, kind: string) =>
  `{key: ${r}.key, kind: '${kind}', from: startNode(${r}).key, to: endNode(${r}).key, amount: ${r}.amount,
    asset: ${r}.asset, at: ${time}.epochMillis, txHash: ${r}.txHash}`;

// An employer pays salaries; a wallet transfers; anyone else moves money through the wallets it
// controls, directly or through an organisation it controls.
const START_HOPS = `
MATCH (s:Node {key: $subject})
CALL {
  WITH s
  MATCH (s:Employer)-[r:PAID_SALARY]->(:Wallet)
  WHERE ${HOP_FILTER('r', 'r.paidAt')}
  RETURN ${HOP('r', 'r.paidAt', 'SALARY')} AS hop
  UNION
  WITH s
  MATCH (s:Wallet)-[r:TRANSFERRED]->(:Wallet)
  WHERE ${HOP_FILTER('r', 'r.at')}
  RETURN ${HOP('r', 'r.at', 'TRANSFER')} AS hop
  UNION
  WITH s
  MATCH (s)-[:CONTROLS*1..2]->(w:Wallet)-[r:TRANSFERRED]->(:Wallet)
  WHERE NOT s:Wallet AND ${HOP_FILTER('r', 'r.at')}
  RETURN DISTINCT ${HOP('r', 'r.at', 'TRANSFER')} AS hop
}
RETURN hop`;

const TRANSFERS_OUT = `
UNWIND $frontier AS f
MATCH (w:Node {key: f.key})
CALL {
  WITH w, f
  MATCH (w)-[r:TRANSFERRED]->(:Wallet)
  WHERE r.at >= datetime({epochMillis: f.after}) AND ${HOP_FILTER('r', 'r.at')}
  WITH r ORDER BY toFloat(r.amount) DESC, r.key LIMIT $limit
  RETURN collect(${HOP('r', 'r.at', 'TRANSFER')}) AS hops
}
RETURN hops`;

// The destination's wallets: the target itself when it is a wallet, wallets it controls through
// a chain of control, and, for an organisation, wallets its members control.
const DESTINATIONS = `
MATCH (t:Node {key: $target})
CALL {
  WITH t
  MATCH (t:Wallet)
  RETURN t AS w, [] AS chain
  UNION
  WITH t
  MATCH p = (t)-[:CONTROLS*1..4]->(w:Wallet)
  RETURN w, reverse([n IN nodes(p)[..-1] | n.key]) AS chain
  UNION
  WITH t
  MATCH (t:Organization)<-[:MEMBER_OF]-(m)-[:CONTROLS]->(w:Wallet)
  RETURN w, [m.key, t.key] AS chain
}
WITH w, chain ORDER BY size(chain)
RETURN w.key AS wallet, head(collect(chain)) AS chain`;

// Designations in force: the wallets they target, and the wallets their targets control.
const SANCTIONED = `
MATCH (a:EnforcementAction {kind: 'SANCTION_DESIGNATION'})-[:TARGETS]->(x)
WHERE a.status <> 'WITHDRAWN'
CALL {
  WITH x
  MATCH (x:Wallet)
  RETURN x AS w, [] AS chain
  UNION
  WITH x
  MATCH (x)-[:CONTROLS]->(w:Wallet)
  RETURN w, [x.key] AS chain
}
WITH w, chain ORDER BY size(chain)
RETURN w.key AS wallet, head(collect(chain)) AS chain`;

const SENDERS_TO = `
UNWIND $wallets AS key
MATCH (:Node {key: key})<-[r:TRANSFERRED]-(s:Wallet)
WHERE ${HOP_FILTER('r', 'r.at')}
RETURN DISTINCT s.key AS sender
LIMIT $limit`;

// Exposure's reads. A ledger is every salary and transfer of one asset into or out of a wallet,
// whoever's money it is and whenever it moved: balances need all of it.
const ANY_HOP = `{key: r.key, kind: CASE type(r) WHEN 'PAID_SALARY' THEN 'SALARY' ELSE 'TRANSFER' END,
  from: startNode(r).key, to: endNode(r).key, amount: r.amount, asset: r.asset,
  at: coalesce(r.at, r.paidAt).epochMillis, txHash: r.txHash}`;

// The subject's own wallets: itself when it is a wallet, else every wallet it controls through a
// chain of CONTROLS of any length (money arriving there is home).
const SUBJECT_WALLETS = `
MATCH (s:Node {key: $subject})
CALL {
  WITH s
  MATCH (s:Wallet)
  RETURN s.key AS wallet
  UNION
  WITH s
  MATCH (s)-[:CONTROLS*]->(w:Wallet)
  WHERE NOT s:Wallet
  RETURN w.key AS wallet
}
RETURN wallet`;

const LEDGER_SIZES = `
UNWIND range(0, size($requests) - 1) AS i
WITH i, $requests[i] AS q
CALL {
  WITH q
  OPTIONAL MATCH (:Node {key: q.wallet})-[r:TRANSFERRED|PAID_SALARY]-()
  WHERE r.asset = q.asset
  RETURN count(DISTINCT r) AS size
}
RETURN i, size`;

const LEDGER = `
UNWIND $requests AS q
MATCH (:Node {key: q.wallet})-[r:TRANSFERRED|PAID_SALARY]-()
WHERE r.asset = q.asset
WITH DISTINCT r
RETURN ${ANY_HOP} AS hop`;

const SAME_INSTANT_INFLOWS = `
UNWIND $requests AS q
MATCH (:Node {key: q.wallet})<-[r:TRANSFERRED|PAID_SALARY]-()
WHERE r.asset = q.asset AND coalesce(r.at, r.paidAt).epochMillis = q.at
WITH DISTINCT r
RETURN ${ANY_HOP} AS hop`;

function filterParams(filter: HopFilter) {
  return {
    minAmount: filter.minAmount === null ? null : Number(filter.minAmount),
    assets: filter.assets,
    // Epoch millis go to Cypher as integers: datetime({epochMillis}) refuses a float.
    since: filter.since === null ? null : cypherInt(filter.since),
    until: filter.until === null ? null : cypherInt(filter.until),
  };
}

function toHop(value: Plain): Hop {
  const h = value as Record<string, Plain>;
  return {
    key: String(h.key),
    kind: h.kind === 'SALARY' ? 'SALARY' : 'TRANSFER',
    from: String(h.from),
    to: String(h.to),
    amount: String(h.amount),
    asset: String(h.asset),
    at: Number(h.at),
    txHash: typeof h.txHash === 'string' ? h.txHash : null,
  };
}

/** The money graph of one request, read in one transaction per call. */
export function createMoneyGraph(executor: Executor): MoneyGraph {
  return {
    async startHops(subject, filter) {
      const rows = await executor.read(START_HOPS, { subject, f: filterParams(filter) });
      return rows.map((row) => toHop(column(row, 'hop')));
    },
    async transfersOut(frontier: readonly FrontierWallet[], filter, limit) {
      if (frontier.length === 0) return [];
      const rows = await executor.read(TRANSFERS_OUT, {
        frontier: frontier.map((w) => ({ key: w.key, after: cypherInt(w.after) })),
        f: filterParams(filter),
        limit: cypherInt(limit),
      });
      return rows.flatMap((row) => (column(row, 'hops') as Plain[]).map(toHop));
    },
    async destinations(target) {
      const rows = await executor.read(DESTINATIONS, { target });
      return new Map(rows.map((row) => [String(column(row, 'wallet')), column(row, 'chain') as string[]]));
    },
    async sanctioned() {
      const rows = await executor.read(SANCTIONED);
      return new Map(rows.map((row) => [String(column(row, 'wallet')), column(row, 'chain') as string[]]));
    },
    async sendersTo(wallets, filter, limit) {
      if (wallets.length === 0) return [];
      const rows = await executor.read(SENDERS_TO, { wallets, f: filterParams(filter), limit: cypherInt(limit) });
      return rows.map((row) => String(column(row, 'sender')));
    },
    async subjectWallets(subject) {
      const rows = await executor.read(SUBJECT_WALLETS, { subject });
      return rows.map((row) => String(column(row, 'wallet')));
    },
    async ledgerSizes(requests) {
      if (requests.length === 0) return [];
      const rows = await executor.read(LEDGER_SIZES, { requests: requests.map((r) => ({ ...r })) });
      const sizes = new Array<number>(requests.length).fill(0);
      for (const row of rows) sizes[Number(column(row, 'i'))] = Number(column(row, 'size'));
      return sizes;
    },
    async ledger(requests) {
      if (requests.length === 0) return [];
      const rows = await executor.read(LEDGER, { requests: requests.map((r) => ({ ...r })) });
      return rows.map((row) => toHop(column(row, 'hop')));
    },
    async sameInstantInflows(requests) {
      if (requests.length === 0) return [];
      const rows = await executor.read(SAME_INSTANT_INFLOWS, {
        requests: requests.map((r) => ({ wallet: r.wallet, asset: r.asset, at: cypherInt(r.at) })),
      });
      return rows.map((row) => toHop(column(row, 'hop')));
    },
  };
}
