import { statement, type Reader } from '../db/index.js';
import { cypherInt, type Plain } from '../db/index.js';
import { MAX_HOPS, type FrontierWallet, type Hop, type HopFilter, type MoneyGraph } from '../domain/trails/index.js';
import { asList, asNum, asOptStr, asStr, int, str, strList } from '../db/index.js';

/**
 * The graph reads of money trails and exposure. Every query takes the hop filter as parameters
 * (`$f`) whose predicates switch off when null, so one text serves every combination.
 */

// `amount >= minAmount`, exactly, on the decimal strings (stored amounts are plain digits without
// leading zeros, `checkAmount`): more whole digits is larger; equal whole parts compare as
// strings; then the fractions compare as strings, which is exact once the minimum's trailing
// zeros are gone (`filterParams`): "5" < "50" as strings but "50" >= "5" is what matters.
// No float is involved, so `1.000000000000000001` does not pass `1.000000000000000002`.
const AT_LEAST_MIN = (amount: string) => `
  CASE
    WHEN size(split(${amount}, '.')[0]) <> size($f.minWhole) THEN size(split(${amount}, '.')[0]) > size($f.minWhole)
    WHEN split(${amount}, '.')[0] <> $f.minWhole THEN split(${amount}, '.')[0] > $f.minWhole
    ELSE coalesce(split(${amount}, '.')[1], '') >= $f.minFraction
  END`;

const HOP_FILTER = (r: string, time: string) => `
  ($f.minWhole IS NULL OR ${AT_LEAST_MIN(`${r}.amount`)})
  AND ($f.assets IS NULL OR ${r}.asset IN $f.assets)
  AND ($f.since IS NULL OR ${time} >= datetime({epochMillis: $f.since}))
  AND ($f.until IS NULL OR ${time} <= datetime({epochMillis: $f.until}))`;

// Where few hops come back (the subject's outflow, same-instant inflows) a hop travels as a list,
// not a map: a map makes the driver decode its eight key strings again on every row (toHop
// reads it back). The big reads send one string per hop instead (OUT_ROW, LEDGER_ROW).
const HOP = (r: string, time: string, kind: string) =>
  `[${r}.key, '${kind}', startNode(${r}).key, endNode(${r}).key, ${r}.amount, ${r}.asset, ${time}.epochMillis, ${r}.txHash]`;

// The wallets an entity controls through a chain of CONTROLS of any length (a wallet: itself).
// ANY SHORTEST finds each wallet once, by a breadth-first search, however many chains lead to it,
// so a dense control graph cannot make the number of paths explode.
const OWN_WALLETS = `
WITH s, CASE WHEN s:Wallet THEN [s] ELSE [] END
  + COLLECT { MATCH ANY SHORTEST (s)-[:CONTROLS]->+(w:Wallet) RETURN w } AS own`;

const SUBJECT_WALLETS = statement('money.subjectWallets', `
MATCH (s:Node {key: $subject})
${OWN_WALLETS}
UNWIND own AS w
RETURN w.key AS wallet`);

// The subject's outflow: an employer's salaries, plus the transfers out of every wallet it
// controls through any chain (a wallet: its own), except those into its own wallets.
const START_HOPS = statement('money.startHops', `
MATCH (s:Node {key: $subject})
${OWN_WALLETS}
CALL {
  WITH s, own
  MATCH (s:Employer)-[r:PAID_SALARY]->(w:Wallet)
  WHERE NOT w IN own AND ${HOP_FILTER('r', 'r.paidAt')}
  RETURN ${HOP('r', 'r.paidAt', 'SALARY')} AS hop
  UNION
  WITH own
  UNWIND own AS o
  MATCH (o)-[r:TRANSFERRED]->(w:Wallet)
  WHERE NOT w IN own AND ${HOP_FILTER('r', 'r.at')}
  RETURN ${HOP('r', 'r.at', 'TRANSFER')} AS hop
}
RETURN hop`);

// The reads that return many hops (a ledger, the transfers out of a frontier) send each as one
// string of fields joined by SEP, a control character no key, amount or hash can hold
// (`ledgerRow` refuses a row with a field too many): the driver decodes one string several
// times faster than a list of eight values, and these reads return up to millions of hops.
const SEP = '\u001f';
const JOINED = (...fields: string[]) => fields.join(' + $sep + ');

// From the wallet `w`, a transfer's key, where it went, amount, asset, time and hash.
const OUT_ROW = (r: string, to: string) =>
  JOINED(`${r}.key`, `${to}.key`, `${r}.amount`, `${r}.asset`, `toString(${r}.at.epochMillis)`, `coalesce(${r}.txHash, '')`);

const TRANSFERS_OUT = statement('money.transfersOut', `
UNWIND $frontier AS f
MATCH (w:Node {key: f.key})
CALL (w, f) {
  MATCH (w)-[r:TRANSFERRED]->(to:Wallet)
  WHERE r.at >= datetime({epochMillis: f.after}) AND ${HOP_FILTER('r', 'r.at')}
  WITH r, to ORDER BY toFloat(r.amount) DESC, r.key LIMIT $limit
  RETURN collect(${OUT_ROW('r', 'to')}) AS hops
}
RETURN w.key AS wallet, hops`);

// A chain as reported: from the wallet's controller up to the entity the path starts at.
const CHAIN = (p: string) => `reverse([n IN nodes(${p})[..-1] | n.key])`;

// The destination's wallets: the target itself when it is a wallet, the wallets it controls
// through any chain (a state's own wallets too), and, for an organisation, the wallets its
// members control through any chain. Each wallet keeps its shortest chain (ties by keys).
const DESTINATIONS = statement('money.destinations', `
MATCH (t:Node {key: $target})
CALL {
  WITH t
  MATCH (t:Wallet)
  RETURN t AS w, [] AS chain
  UNION
  WITH t
  MATCH p = ANY SHORTEST (t)-[:CONTROLS]->+(w:Wallet)
  RETURN w, ${CHAIN('p')} AS chain
  UNION
  WITH t
  MATCH (t:Organization)<-[:MEMBER_OF]-(m)
  MATCH p = ANY SHORTEST (m)-[:CONTROLS]->+(w:Wallet)
  RETURN w, ${CHAIN('p')} + t.key AS chain
}
WITH w, chain ORDER BY size(chain), chain
RETURN w.key AS wallet, head(collect(chain)) AS chain`);

// Designations in force (COMPLETED; not PENDING, UNKNOWN or WITHDRAWN): the wallets they
// target, and the wallets their targets control through any chain.
const SANCTIONED = statement('money.sanctioned', `
MATCH (a:EnforcementAction {kind: 'SANCTION_DESIGNATION'})-[:TARGETS]->(x)
WHERE a.status = 'COMPLETED'
WITH DISTINCT x
CALL {
  WITH x
  MATCH (x:Wallet)
  RETURN x AS w, [] AS chain
  UNION
  WITH x
  MATCH p = ANY SHORTEST (x)-[:CONTROLS]->+(w:Wallet)
  RETURN w, ${CHAIN('p')} AS chain
}
WITH w, chain ORDER BY size(chain), chain
RETURN w.key AS wallet, head(collect(chain)) AS chain`);

const SENDERS_TO = statement('money.sendersTo', `
UNWIND $wallets AS key
MATCH (:Node {key: key})<-[r:TRANSFERRED]-(s:Wallet)
WHERE ${HOP_FILTER('r', 'r.at')}
RETURN DISTINCT s.key AS sender
LIMIT $limit`);

// Whether any chain of at most h transfers (time and amounts ignored) leads from one of $from to
// one of $to: one statement per h, built here from constants, so no input reaches the text. ANY
// SHORTEST with a bounded quantifier is a bidirectional search that stops at h; the CALL keeps
// the planner from searching from every node and joining on the endpoints afterwards.
const PATH_WITHIN = new Map(
  Array.from({ length: MAX_HOPS }, (_, i) => i + 1).map((h) => [h, statement(`money.pathWithin.${h}`, `
UNWIND $from AS f
UNWIND $to AS t
MATCH (a:Node {key: f}), (b:Node {key: t})
CALL (a, b) {
  OPTIONAL MATCH p = ANY SHORTEST (a)-[:TRANSFERRED]->{1,${h}}(b)
  RETURN p IS NOT NULL AS found
}
WITH found WHERE found
RETURN true AS found
LIMIT 1`)] as const),
);

// Exposure's reads. A ledger is every salary and transfer of one asset into or out of a wallet,
// whoever's money it is and whenever it moved: balances need all of it.
const ANY_HOP = `[r.key, CASE type(r) WHEN 'PAID_SALARY' THEN 'SALARY' ELSE 'TRANSFER' END,
  startNode(r).key, endNode(r).key, r.amount, r.asset, coalesce(r.at, r.paidAt).epochMillis, r.txHash]`;

// A degree count (no property is read), so Neo4j takes it from the relationship counts it keeps.
const LEDGER_BOUND = statement('money.ledgerBound', `
UNWIND $requests AS q
MATCH (w:Node {key: q.wallet})
RETURN sum(COUNT { (w)-[:TRANSFERRED|PAID_SALARY]-() }) AS most`);

const LEDGER_SIZES = statement('money.ledgerSizes', `
UNWIND range(0, size($requests) - 1) AS i
WITH i, $requests[i] AS q
CALL {
  WITH q
  OPTIONAL MATCH (:Node {key: q.wallet})-[r:TRANSFERRED|PAID_SALARY]-()
  WHERE r.asset = q.asset
  RETURN count(DISTINCT r) AS size
}
RETURN i, size`);

// Seen from the ledger's wallet `w`: S(alary) or T(ransfer), O(ut of w) or I(nto it), then
// the key, the other end, the amount, the time and the hash. A transfer between two requested
// wallets is in both ledgers, and a self-transfer once.
const LEDGER_ROW = (r: string, w: string, other: string) =>
  `CASE type(${r}) WHEN 'PAID_SALARY' THEN 'S' ELSE 'T' END + CASE WHEN startNode(${r}) = ${w} THEN 'O' ELSE 'I' END + ` +
  JOINED(`${r}.key`, `${other}.key`, `${r}.amount`, `toString(coalesce(${r}.at, ${r}.paidAt).epochMillis)`, `coalesce(${r}.txHash, '')`);

const LEDGER = statement('money.ledger', `
UNWIND $requests AS q
MATCH (w:Node {key: q.wallet})
CALL (w, q) {
  MATCH (w)-[r:TRANSFERRED|PAID_SALARY]-(other)
  WHERE r.asset = q.asset
  RETURN collect(${LEDGER_ROW('r', 'w', 'other')}) AS rows
}
RETURN w.key AS wallet, q.asset AS asset, rows`);

const SAME_INSTANT_INFLOWS = statement('money.sameInstantInflows', `
UNWIND $requests AS q
MATCH (:Node {key: q.wallet})<-[r:TRANSFERRED|PAID_SALARY]-()
WHERE r.asset = q.asset AND coalesce(r.at, r.paidAt).epochMillis = q.at
WITH DISTINCT r
RETURN ${ANY_HOP} AS hop`);

/** `minAmount` as its whole part and its fraction without trailing zeros, for AT_LEAST_MIN. */
function minimumParts(minAmount: string): { minWhole: string; minFraction: string } {
  const [whole = '0', fraction = ''] = minAmount.split('.');
  return { minWhole: whole.replace(/^0+(?=\d)/, ''), minFraction: fraction.replace(/0+$/, '') };
}

function filterParams(filter: HopFilter) {
  return {
    ...(filter.minAmount === null ? { minWhole: null, minFraction: null } : minimumParts(filter.minAmount)),
    assets: filter.assets,
    // Epoch millis go to Cypher as integers: datetime({epochMillis}) refuses a float.
    since: filter.since === null ? null : cypherInt(filter.since),
    until: filter.until === null ? null : cypherInt(filter.until),
  };
}

/** A hop as HOP and ANY_HOP project it; millions are read per request, so the checks are typeofs. */
function toHop(value: Plain | undefined): Hop {
  const hop = asList(value, 'a hop');
  const kind = hop[1];
  if (kind !== 'SALARY' && kind !== 'TRANSFER') throw new Error(`Expected a hop kind, got ${JSON.stringify(kind)}`);
  return {
    key: asStr(hop[0], 'hop key'),
    kind,
    from: asStr(hop[2], 'hop start'),
    to: asStr(hop[3], 'hop end'),
    amount: asStr(hop[4], 'hop amount'),
    asset: asStr(hop[5], 'hop asset'),
    at: asNum(hop[6], 'hop time'),
    txHash: asOptStr(hop[7], 'hop txHash'),
  };
}

function fields(row: string, count: number): string[] {
  const parts = row.split(SEP);
  if (parts.length !== count) throw new Error(`Expected a money row of ${count} fields, got ${parts.length}`);
  return parts;
}

/** A hop as OUT_ROW sends it, out of `from`. */
function outRow(from: string, row: string): Hop {
  const [key, to, amount, asset, at, txHash] = fields(row, 6) as [string, string, string, string, string, string];
  return { key, kind: 'TRANSFER', from, to, amount, asset, at: Number(at), txHash: txHash === '' ? null : txHash };
}

/** A hop as LEDGER_ROW sends it, in or out of `wallet`. */
function ledgerRow(wallet: string, asset: string, row: string): Hop {
  const kind = row[0] === 'S' ? 'SALARY' : 'TRANSFER';
  const out = row[1] === 'O';
  const [key, other, amount, at, txHash] = fields(row.slice(2), 5) as [string, string, string, string, string];
  return {
    key,
    kind,
    from: out ? wallet : other,
    to: out ? other : wallet,
    amount,
    asset,
    at: Number(at),
    txHash: txHash === '' ? null : txHash,
  };
}

/** The money graph of one request, read in one transaction per call. */
export function createMoneyGraph(executor: Reader): MoneyGraph {
  return {
    async startHops(subject, filter) {
      const rows = await executor.read(START_HOPS, { subject, f: filterParams(filter) });
      return rows.map((row) => toHop(row.hop));
    },
    async subjectWallets(subject) {
      const rows = await executor.read(SUBJECT_WALLETS, { subject });
      return rows.map((row) => str(row, 'wallet'));
    },
    async transfersOut(frontier: readonly FrontierWallet[], filter, limit) {
      if (frontier.length === 0) return [];
      const rows = await executor.read(TRANSFERS_OUT, {
        frontier: frontier.map((w) => ({ key: w.key, after: cypherInt(w.after) })),
        f: filterParams(filter),
        limit: cypherInt(limit),
        sep: SEP,
      });
      return rows.flatMap((row) => {
        const from = str(row, 'wallet');
        return strList(row, 'hops').map((hop) => outRow(from, hop));
      });
    },
    async destinations(target) {
      const rows = await executor.read(DESTINATIONS, { target });
      return new Map(rows.map((row) => [str(row, 'wallet'), strList(row, 'chain')]));
    },
    async sanctioned() {
      const rows = await executor.read(SANCTIONED);
      return new Map(rows.map((row) => [str(row, 'wallet'), strList(row, 'chain')]));
    },
    async sendersTo(wallets, filter, limit) {
      if (wallets.length === 0) return [];
      const rows = await executor.read(SENDERS_TO, { wallets, f: filterParams(filter), limit: cypherInt(limit) });
      return rows.map((row) => str(row, 'sender'));
    },
    async pathWithin(from, to, hops) {
      if (from.length === 0 || to.length === 0 || hops < 1) return false;
      const within = PATH_WITHIN.get(Math.min(hops, MAX_HOPS))!;
      return (await executor.read(within, { from, to })).length > 0;
    },
    async ledgerBound(requests) {
      if (requests.length === 0) return 0;
      const [row] = await executor.read(LEDGER_BOUND, { requests: requests.map((r) => ({ ...r })) });
      return row ? int(row, 'most') : 0;
    },
    async ledgerSizes(requests) {
      if (requests.length === 0) return [];
      const rows = await executor.read(LEDGER_SIZES, { requests: requests.map((r) => ({ ...r })) });
      const sizes = new Array<number>(requests.length).fill(0);
      for (const row of rows) sizes[int(row, 'i')] = int(row, 'size');
      return sizes;
    },
    async ledger(requests) {
      if (requests.length === 0) return [];
      const rows = await executor.read(LEDGER, { requests: requests.map((r) => ({ ...r })), sep: SEP });
      const hops = new Map<string, Hop>();
      for (const row of rows) {
        const wallet = str(row, 'wallet');
        const asset = str(row, 'asset');
        for (const text of strList(row, 'rows')) {
          const hop = ledgerRow(wallet, asset, text);
          if (!hops.has(hop.key)) hops.set(hop.key, hop);
        }
      }
      return [...hops.values()];
    },
    async sameInstantInflows(requests) {
      if (requests.length === 0) return [];
      const rows = await executor.read(SAME_INSTANT_INFLOWS, {
        requests: requests.map((r) => ({ wallet: r.wallet, asset: r.asset, at: cypherInt(r.at) })),
      });
      return rows.map((row) => toHop(row.hop));
    },
  };
}
