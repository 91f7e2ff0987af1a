import type { Row } from '../../src/db/executor.js';
import { amountOrderKey } from '../../src/model/amount-order.js';
import { toGlobalId } from '../../src/model/global-ids.js';
import type { PeerInputs } from './inputs.js';

/**
 * The operations of issue 12 §1, each asked three ways: trailgraph's GraphQL, the peer's
 * (@neo4j/graphql over the same store), and the floor, one hand-written Cypher statement through
 * the driver. Each way's answer is brought to one canonical form (stored keys, epoch ms, lists
 * whose order the API does not promise sorted) so the three can be compared as JSON.
 */

export type Vars = Record<string, unknown>;
type Data = Record<string, unknown>;

export interface GraphQLCall {
  readonly query: string;
  /** Per run: a mutation writes a new transfer each time. */
  variables(run: number): Vars;
  canonical(data: Data): unknown;
}

export interface FloorCall {
  readonly cypher: string;
  readonly write?: boolean;
  params(run: number): Vars;
  canonical(rows: readonly Row[]): unknown;
}

/** The operations by name, for `--only`; `peerOperations` returns them in this order. */
export const OPERATION_NAMES = [
  'wallet',
  'employers',
  'search',
  'walletPage',
  'chainCounts',
  'chainCountsOneField',
  'hub',
  'transferPage',
  'largestTransfers',
  'recordTransfer',
] as const;

export interface PeerOperation {
  readonly name: (typeof OPERATION_NAMES)[number];
  readonly title: string;
  readonly trailgraph: GraphQLCall;
  /** Missing with the reason when the peer cannot ask it. */
  readonly peer: GraphQLCall | { readonly missing: string };
  readonly floor: FloorCall;
  /** For writes: reads back what run `run` stored, the same whichever way wrote it. */
  readonly readBack?: FloorCall;
  /** Writes are not hammered at concurrency 8: each request must write a new transfer. */
  readonly throughput: boolean;
}

// ---------------------------------------------------------------------------------------------
// Canonical forms

const keyOfId = (id: unknown) => Buffer.from(String(id), 'base64url').toString('utf8');
const ms = (v: unknown) => (typeof v === 'number' ? v : Date.parse(String(v)));
const num = (v: unknown) => Number(v);
const byKey = <T extends { key: string }>(list: readonly T[]) => [...list].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
const obj = (v: unknown) => (v ?? {}) as Record<string, unknown>;
const list = (v: unknown) => (Array.isArray(v) ? v : []) as unknown[];
const edgesOf = (connection: unknown) => list(obj(connection).edges).map(obj);

/** A controller; only an organisation has controllers of its own to list. */
interface Party {
  key: string;
  name: string;
  controllers?: Party[];
}
const party = (key: unknown, name: unknown, controllers?: Party[]): Party => ({
  key: String(key),
  name: String(name),
  ...(controllers ? { controllers: byKey(controllers) } : {}),
});

// ---------------------------------------------------------------------------------------------
// The peer's union of controllers needs a fragment per member

const PARTY_TYPES = ['Person', 'Operative', 'Facilitator', 'StolenIdentity', 'State', 'Organization', 'Employer'] as const;
const partyFields = (inner: string) =>
  PARTY_TYPES.map((t) => (t === 'Organization' && inner ? `... on ${t} { key name ${inner} }` : `... on ${t} { key name }`)).join(' ');
const PEER_CONTROLLER = `controller { ${partyFields(`controlledBy { ${partyFields('')} }`)} }`;

// ---------------------------------------------------------------------------------------------

/** The first 13 chains of trailgraph's Chain enum: one filtered count each. */
export const COUNTED_CHAINS = ['BTC', 'ETH', 'TRON', 'LTC', 'BCH', 'BSV', 'BTG', 'DASH', 'ZEC', 'XMR', 'XVG', 'ETC', 'BSC'] as const;
/** Every chain of the Chain enum (schema/money.graphql), for the peer's one count per chain. */
export const ALL_CHAINS = [...COUNTED_CHAINS, 'ARB', 'XRP'] as const;

/** Counts per chain with the chains no wallet is on left out, as `countsBy` leaves them out. */
const nonZero = (entries: readonly (readonly [string, number])[]) => Object.fromEntries(entries.filter(([, n]) => n > 0));

const BENCH_TX_PREFIX = 'bead';
/** A transaction hash no generated transfer has: the run number under a fixed prefix. */
export function benchTxHash(runId: number, run: number): string {
  return `${BENCH_TX_PREFIX}${runId.toString(16).padStart(12, '0')}${run.toString(16).padStart(48, '0')}`;
}

export function peerOperations(inputs: PeerInputs, runId: number): PeerOperation[] {
  const wallet = inputs.wallet;
  const hub = inputs.hub;
  const walletCanonical = (w: Record<string, unknown>) => ({
    key: String(w.key),
    name: String(w.name),
    chain: String(w.chain),
    address: String(w.address),
    synthetic: Boolean(w.synthetic),
  });

  const transferCanonical = (key: unknown, amount: unknown, asset: unknown, at: unknown, other: unknown) => ({
    key: String(key),
    amount: num(amount),
    asset: String(asset),
    at: ms(at),
    other: String(other),
  });
  const hubSide = (total: unknown, transfers: ReturnType<typeof transferCanonical>[]) => ({ total: num(total), transfers });

  const txHash = (run: number) => benchTxHash(runId, run);
  // Only the hash changes between runs, so every implementation's write reads back the same.
  const amount = (_run: number) => '1.5';
  const at = (_run: number) => '2024-01-01T00:00:00.000Z';
  const mutation = inputs.transferPair;
  const window = inputs.transferWindow;
  /** A transfer of a page, keyed by its stored key whichever way it was asked. */
  const movement = (t: Record<string, unknown>) => ({
    key: t.id === undefined ? String(t.key) : keyOfId(t.id),
    amount: String(t.amount),
    asset: String(t.asset),
    at: ms(t.at),
  });

  return [
    {
      name: 'wallet',
      title: 'a wallet by id',
      trailgraph: {
        query: 'query BenchWallet($id: ID!) { node(id: $id) { ... on Wallet { id name chain address synthetic } } }',
        variables: () => ({ id: toGlobalId(wallet) }),
        canonical: (d) => {
          const w = obj(d.node);
          return walletCanonical({ ...w, key: keyOfId(w.id) });
        },
      },
      peer: {
        query: 'query PeerWallet($key: ID!) { wallets(where: { key: { eq: $key } }) { key name chain address synthetic } }',
        variables: () => ({ key: wallet }),
        canonical: (d) => walletCanonical(obj(list(d.wallets)[0])),
      },
      floor: {
        cypher: 'MATCH (w:Wallet:Node {key: $key}) RETURN w.key AS key, w.name AS name, w.chain AS chain, w.address AS address, w.synthetic AS synthetic',
        params: () => ({ key: wallet }),
        canonical: (rows) => walletCanonical(obj(rows[0])),
      },
      throughput: true,
    },
    {
      name: 'employers',
      title: '50 employers → 10 salary payments → wallet → controller → its controller',
      trailgraph: {
        query: `query BenchEmployers {
          employers(first: 50) { edges { node { id name
            salaryPayments(first: 10) { edges { node { id amount asset paidAt
              wallet { id address controller { id name ... on Organization { controlledBy { id name } } } } } } } } } } }`,
        variables: () => ({}),
        canonical: (d) =>
          edgesOf(d.employers).map(({ node }) => {
            const e = obj(node);
            return {
              key: keyOfId(e.id),
              name: String(e.name),
              payments: edgesOf(e.salaryPayments).map(({ node: p }) => {
                const pay = obj(p);
                const w = obj(pay.wallet);
                return {
                  key: keyOfId(pay.id),
                  amount: num(pay.amount),
                  asset: String(pay.asset),
                  paidAt: ms(pay.paidAt),
                  wallet: {
                    key: keyOfId(w.id),
                    address: String(w.address),
                    controllers: byKey(
                      list(w.controller).map(obj).map((c) =>
                        party(keyOfId(c.id), c.name, c.controlledBy === undefined ? undefined : list(c.controlledBy).map(obj).map((cc) => party(keyOfId(cc.id), cc.name))),
                      ),
                    ),
                  },
                };
              }),
            };
          }),
      },
      peer: {
        query: `query PeerEmployers {
          employers(sort: [{ name: ASC }, { key: ASC }], limit: 50) { key name
            salaryPaymentsConnection(first: 10, sort: [{ edge: { paidAt: DESC } }, { edge: { key: DESC } }]) { edges {
              properties { key amount asset paidAt }
              node { key address ${PEER_CONTROLLER} } } } } }`,
        variables: () => ({}),
        canonical: (d) =>
          list(d.employers)
            .map(obj)
            .map((e) => ({
              key: String(e.key),
              name: String(e.name),
              payments: edgesOf(e.salaryPaymentsConnection).map(({ properties, node }) => {
                const p = obj(properties);
                const w = obj(node);
                return {
                  key: String(p.key),
                  amount: num(p.amount),
                  asset: String(p.asset),
                  paidAt: ms(p.paidAt),
                  wallet: {
                    key: String(w.key),
                    address: String(w.address),
                    controllers: byKey(
                      list(w.controller).map(obj).map((c) =>
                        party(c.key, c.name, c.controlledBy === undefined ? undefined : list(c.controlledBy).map(obj).map((cc) => party(cc.key, cc.name))),
                      ),
                    ),
                  },
                };
              }),
            })),
      },
      floor: {
        cypher: `
MATCH (e:Employer) WITH e ORDER BY e.name, e.key LIMIT 50
CALL {
  WITH e
  MATCH (e)-[r:PAID_SALARY]->(w:Wallet)
  WITH r, w ORDER BY r.paidAt.epochMillis DESC, r.key DESC LIMIT 10
  RETURN collect({key: r.key, amount: r.amount, asset: r.asset, paidAt: r.paidAt.epochMillis, wallet: w.key, address: w.address,
    controllers: COLLECT { MATCH (c)-[:CONTROLS]->(w) RETURN {key: c.key, name: c.name, organization: c:Organization,
      controllers: COLLECT { MATCH (cc)-[:CONTROLS]->(c) WHERE c:Organization RETURN {key: cc.key, name: cc.name} } } } }) AS payments
}
RETURN e.key AS key, e.name AS name, payments`,
        params: () => ({}),
        canonical: (rows) =>
          rows.map((row) => ({
            key: String(row.key),
            name: String(row.name),
            payments: list(row.payments)
              .map(obj)
              .map((p) => ({
                key: String(p.key),
                amount: num(p.amount),
                asset: String(p.asset),
                paidAt: ms(p.paidAt),
                wallet: {
                  key: String(p.wallet),
                  address: String(p.address),
                  controllers: byKey(
                    list(p.controllers)
                      .map(obj)
                      .map((c) => party(c.key, c.name, c.organization ? list(c.controllers).map(obj).map((cc) => party(cc.key, cc.name)) : undefined)),
                  ),
                },
              })),
          })),
      },
      throughput: true,
    },
    {
      name: 'search',
      title: `full-text search for wallets, 20 hits ("${inputs.searchWord}")`,
      trailgraph: {
        query: 'query BenchSearch($q: String!) { search(query: $q, types: [WALLET], first: 20) { edges { node { id } } } }',
        variables: () => ({ q: inputs.searchWord }),
        canonical: (d) => edgesOf(d.search).map(({ node }) => keyOfId(obj(node).id)).sort(),
      },
      peer: {
        query: 'query PeerSearch($q: String!) { walletSearch(phrase: $q, first: 20) { edges { node { key } } } }',
        variables: () => ({ q: inputs.searchWord }),
        canonical: (d) => edgesOf(d.walletSearch).map(({ node }) => String(obj(node).key)).sort(),
      },
      floor: {
        cypher: `CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node, score
WHERE node:Wallet RETURN node.key AS key ORDER BY score DESC, key LIMIT 20`,
        params: () => ({ q: inputs.searchWord }),
        canonical: (rows) => rows.map((r) => String(r.key)).sort(),
      },
      throughput: true,
    },
    {
      name: 'walletPage',
      title: `a page of 50 ${inputs.pageChain} wallets by name, with totalCount`,
      trailgraph: {
        query: `query BenchWalletPage($chain: Chain!) { wallets(filter: { chains: [$chain] }, orderBy: { field: NAME, direction: ASC }, first: 50) {
          totalCount edges { node { id name address } } } }`,
        variables: () => ({ chain: inputs.pageChain }),
        canonical: (d) => ({
          total: num(obj(d.wallets).totalCount),
          page: edgesOf(d.wallets).map(({ node }) => ({ key: keyOfId(obj(node).id), name: String(obj(node).name), address: String(obj(node).address) })),
        }),
      },
      peer: {
        query: `query PeerWalletPage($chain: String!) { walletsConnection(where: { chain: { eq: $chain } }, sort: [{ name: ASC }, { key: ASC }], first: 50) {
          totalCount edges { node { key name address } } } }`,
        variables: () => ({ chain: inputs.pageChain }),
        canonical: (d) => ({
          total: num(obj(d.walletsConnection).totalCount),
          page: edgesOf(d.walletsConnection).map(({ node }) => ({ key: String(obj(node).key), name: String(obj(node).name), address: String(obj(node).address) })),
        }),
      },
      floor: {
        cypher: `MATCH (w:Wallet) WHERE w.chain = $chain
WITH w ORDER BY w.name, w.key
WITH collect({key: w.key, name: w.name, address: w.address}) AS ws
RETURN size(ws) AS total, ws[0..50] AS page`,
        params: () => ({ chain: inputs.pageChain }),
        canonical: (rows) => ({
          total: num(rows[0]?.total),
          page: list(rows[0]?.page).map(obj).map((w) => ({ key: String(w.key), name: String(w.name), address: String(w.address) })),
        }),
      },
      throughput: true,
    },
    {
      name: 'chainCounts',
      title: 'wallets counted per chain (13 filtered totalCounts)',
      trailgraph: {
        query: `query BenchChainCounts { ${COUNTED_CHAINS.map((c) => `${c}: wallets(filter: { chains: [${c}] }, first: 1) { totalCount }`).join(' ')} }`,
        variables: () => ({}),
        canonical: (d) => Object.fromEntries(COUNTED_CHAINS.map((c) => [c, num(obj(d[c]).totalCount)])),
      },
      peer: {
        query: `query PeerChainCounts { ${COUNTED_CHAINS.map((c) => `${c}: walletsConnection(where: { chain: { eq: "${c}" } }) { totalCount }`).join(' ')} }`,
        variables: () => ({}),
        canonical: (d) => Object.fromEntries(COUNTED_CHAINS.map((c) => [c, num(obj(d[c]).totalCount)])),
      },
      floor: {
        cypher: 'UNWIND $chains AS chain RETURN chain, COUNT { MATCH (w:Wallet) WHERE w.chain = chain } AS n',
        params: () => ({ chains: COUNTED_CHAINS }),
        canonical: (rows) => Object.fromEntries(rows.map((r) => [String(r.chain), num(r.n)])),
      },
      throughput: true,
    },
    {
      name: 'chainCountsOneField',
      title: 'wallets counted per chain, one field',
      trailgraph: {
        query: 'query BenchChainCountsBy { wallets { countsBy(field: CHAIN) { value count } } }',
        variables: () => ({}),
        canonical: (d) => nonZero(list(obj(d.wallets).countsBy).map(obj).map((g) => [String(g.value), num(g.count)] as const)),
      },
      // @neo4j/graphql's `walletsConnection { aggregate }` counts one filtered set and cannot
      // group, so the peer asks its best: one filtered totalCount per chain of the enum.
      peer: {
        query: `query PeerChainCountsAll { ${ALL_CHAINS.map((c) => `${c}: walletsConnection(where: { chain: { eq: "${c}" } }) { totalCount }`).join(' ')} }`,
        variables: () => ({}),
        canonical: (d) => nonZero(ALL_CHAINS.map((c) => [c, num(obj(d[c]).totalCount)] as const)),
      },
      floor: {
        cypher: 'MATCH (w:Wallet) RETURN w.chain AS chain, count(*) AS n',
        params: () => ({}),
        canonical: (rows) => nonZero(rows.map((r) => [String(r.chain), num(r.n)] as const)),
      },
      throughput: true,
    },
    {
      name: 'hub',
      title: 'a hub wallet with 20 incoming and 20 outgoing transfers',
      trailgraph: {
        query: `query BenchHub($id: ID!) { node(id: $id) { ... on Wallet { id
          incomingTransfers(first: 20) { totalCount edges { node { id amount asset at from { id } } } }
          outgoingTransfers(first: 20) { totalCount edges { node { id amount asset at to { id } } } } } } }`,
        variables: () => ({ id: toGlobalId(hub) }),
        canonical: (d) => {
          const w = obj(d.node);
          const side = (c: unknown, end: 'from' | 'to') =>
            hubSide(
              obj(c).totalCount,
              edgesOf(c).map(({ node }) => {
                const t = obj(node);
                return transferCanonical(keyOfId(t.id), t.amount, t.asset, t.at, keyOfId(obj(t[end]).id));
              }),
            );
          return { key: keyOfId(w.id), incoming: side(w.incomingTransfers, 'from'), outgoing: side(w.outgoingTransfers, 'to') };
        },
      },
      peer: {
        query: `query PeerHub($key: ID!) { wallets(where: { key: { eq: $key } }) { key
          incomingTransfersConnection(first: 20, sort: [{ edge: { at: DESC } }, { edge: { key: DESC } }]) { totalCount edges { properties { key amount asset at } node { key } } }
          outgoingTransfersConnection(first: 20, sort: [{ edge: { at: DESC } }, { edge: { key: DESC } }]) { totalCount edges { properties { key amount asset at } node { key } } } } }`,
        variables: () => ({ key: hub }),
        canonical: (d) => {
          const w = obj(list(d.wallets)[0]);
          const side = (c: unknown) =>
            hubSide(
              obj(c).totalCount,
              edgesOf(c).map(({ properties, node }) => {
                const p = obj(properties);
                return transferCanonical(p.key, p.amount, p.asset, p.at, obj(node).key);
              }),
            );
          return { key: String(w.key), incoming: side(w.incomingTransfersConnection), outgoing: side(w.outgoingTransfersConnection) };
        },
      },
      floor: {
        cypher: `MATCH (w:Wallet:Node {key: $key})
RETURN w.key AS key,
  COUNT { (w)<-[:TRANSFERRED]-(:Wallet) } AS inTotal,
  COLLECT { MATCH (w)<-[t:TRANSFERRED]-(o:Wallet) WITH t, o ORDER BY t.at.epochMillis DESC, t.key DESC LIMIT 20
    RETURN {key: t.key, amount: t.amount, asset: t.asset, at: t.at.epochMillis, other: o.key} } AS incoming,
  COUNT { (w)-[:TRANSFERRED]->(:Wallet) } AS outTotal,
  COLLECT { MATCH (w)-[t:TRANSFERRED]->(o:Wallet) WITH t, o ORDER BY t.at.epochMillis DESC, t.key DESC LIMIT 20
    RETURN {key: t.key, amount: t.amount, asset: t.asset, at: t.at.epochMillis, other: o.key} } AS outgoing`,
        params: () => ({ key: hub }),
        canonical: (rows) => {
          const r = obj(rows[0]);
          const side = (total: unknown, l: unknown) =>
            hubSide(
              total,
              list(l)
                .map(obj)
                .map((t) => transferCanonical(t.key, t.amount, t.asset, t.at, t.other)),
            );
          return { key: String(r.key), incoming: side(r.inTotal, r.incoming), outgoing: side(r.outTotal, r.outgoing) };
        },
      },
      throughput: true,
    },
    {
      name: 'transferPage',
      title: "the hub's transfers of one asset in a time window, latest first, 20, with totalCount",
      trailgraph: {
        query: `query BenchTransferPage($id: ID!, $filter: MoneyFilter!) { node(id: $id) { ... on Wallet {
          outgoingTransfers(first: 20, filter: $filter, orderBy: { field: TIME, direction: DESC }) { totalCount edges { node { id amount asset at } } } } } }`,
        variables: () => ({ id: toGlobalId(hub), filter: { assets: [window.asset], since: window.since, until: window.until } }),
        canonical: (d) => {
          const c = obj(obj(d.node).outgoingTransfers);
          return { total: num(c.totalCount), transfers: edgesOf(c).map(({ node }) => movement(obj(node))) };
        },
      },
      peer: {
        query: `query PeerTransferPage($key: ID!, $asset: String!, $since: DateTime!, $until: DateTime!) { wallets(where: { key: { eq: $key } }) {
          outgoingTransfersConnection(first: 20, where: { edge: { asset: { eq: $asset }, at: { gte: $since, lt: $until } } },
            sort: [{ edge: { at: DESC } }, { edge: { key: DESC } }]) { totalCount edges { properties { key amount asset at } } } } }`,
        variables: () => ({ key: hub, asset: window.asset, since: window.since, until: window.until }),
        canonical: (d) => {
          const c = obj(obj(list(d.wallets)[0]).outgoingTransfersConnection);
          return { total: num(c.totalCount), transfers: edgesOf(c).map(({ properties }) => movement({ ...obj(properties), id: undefined })) };
        },
      },
      floor: {
        cypher: `MATCH (w:Wallet:Node {key: $key})
CALL { WITH w MATCH (w)-[t:TRANSFERRED]->(:Wallet) WHERE t.asset = $asset AND t.at >= datetime($since) AND t.at < datetime($until) RETURN count(t) AS total }
CALL { WITH w MATCH (w)-[t:TRANSFERRED]->(:Wallet) WHERE t.asset = $asset AND t.at >= datetime($since) AND t.at < datetime($until)
  WITH t ORDER BY t.at DESC, t.key DESC LIMIT 20 RETURN collect({key: t.key, amount: t.amount, asset: t.asset, at: t.at.epochMillis}) AS transfers }
RETURN total, transfers`,
        params: () => ({ key: hub, asset: window.asset, since: window.since, until: window.until }),
        canonical: (rows) => {
          const r = obj(rows[0]);
          return { total: num(r.total), transfers: list(r.transfers).map(obj).map(movement) };
        },
      },
      throughput: true,
    },
    {
      name: 'largestTransfers',
      title: 'every transfer of one asset above its median amount, largest first, 20',
      trailgraph: {
        query: `query BenchLargest($filter: MoneyFilter!) {
          transfers(first: 20, filter: $filter, orderBy: { field: AMOUNT, direction: DESC }) { edges { node { id amount asset at } } } }`,
        variables: () => ({ filter: { assets: [window.asset], minAmount: window.minAmount } }),
        canonical: (d) => edgesOf(d.transfers).map(({ node }) => movement(obj(node))),
      },
      peer: { missing: 'stored amounts are exact decimal strings; the peer can only sort and compare them as text' },
      floor: {
        cypher: `MATCH ()-[t:TRANSFERRED]->() WHERE t.amountOrder >= $min AND t.asset = $asset
WITH t ORDER BY t.amountOrder DESC, t.key DESC LIMIT 20
RETURN t.key AS key, t.amount AS amount, t.asset AS asset, t.at.epochMillis AS at`,
        params: () => ({ asset: window.asset, min: amountOrderKey(window.minAmount) }),
        canonical: (rows) => rows.map((r) => movement(obj(r))),
      },
      throughput: true,
    },
    {
      name: 'recordTransfer',
      title: 'a mutation recording a transfer',
      trailgraph: {
        query: `mutation BenchRecordTransfer($input: TransferInput!) { recordTransfer(input: $input) { id amount asset at from { id } to { id } } }`,
        variables: (run) => ({
          input: {
            fromWalletId: toGlobalId(mutation.from),
            toWalletId: toGlobalId(mutation.to),
            amount: amount(run),
            asset: mutation.asset,
            at: at(run),
            txHash: txHash(run),
            provenance: { sourceIds: [toGlobalId(inputs.sourceKey)], synthetic: true },
          },
        }),
        canonical: (d) => {
          const t = obj(d.recordTransfer);
          return { from: keyOfId(obj(t.from).id), to: keyOfId(obj(t.to).id), amount: num(t.amount), asset: String(t.asset), at: ms(t.at) };
        },
      },
      peer: {
        query: `mutation PeerRecordTransfer($from: ID!, $to: ID!, $edge: TransferCreateInput!) {
          updateWallets(where: { key: { eq: $from } }, update: { outgoingTransfers: [{ connect: [{ where: { node: { key: { eq: $to } } }, edge: $edge }] }] }) {
            wallets { key } } }`,
        variables: (run) => ({
          from: mutation.from,
          to: mutation.to,
          edge: { key: `transfer:peer:${txHash(run)}`, amount: amount(run), asset: mutation.asset, at: at(run), txHash: txHash(run), index: 0, synthetic: true },
        }),
        canonical: () => null,
      },
      floor: {
        write: true,
        cypher: `MATCH (a:Wallet:Node {key: $from}), (b:Wallet:Node {key: $to})
MERGE (a)-[t:TRANSFERRED {key: $key}]->(b)
ON CREATE SET t.amount = $amount, t.asset = $asset, t.at = datetime($at), t.txHash = $txHash, t.index = 0, t.synthetic = true,
  t.sourceKeys = [$source], t.recordedAt = datetime(), t.recordedBy = 'bench'
RETURN a.key AS from, b.key AS to, t.amount AS amount, t.asset AS asset, t.at.epochMillis AS at`,
        params: (run) => ({
          from: mutation.from,
          to: mutation.to,
          key: `transfer:floor:${txHash(run)}`,
          amount: amount(run),
          asset: mutation.asset,
          at: at(run),
          txHash: txHash(run),
          source: inputs.sourceKey,
        }),
        canonical: (rows) => {
          const r = obj(rows[0]);
          return { from: String(r.from), to: String(r.to), amount: num(r.amount), asset: String(r.asset), at: ms(r.at) };
        },
      },
      readBack: {
        cypher: `MATCH (a:Wallet:Node {key: $from})-[t:TRANSFERRED]->(b:Wallet)
WHERE t.txHash IN [$txHash, '0x' + $txHash]
RETURN a.key AS from, b.key AS to, t.amount AS amount, t.asset AS asset, t.at.epochMillis AS at`,
        params: (run) => ({ from: mutation.from, txHash: txHash(run) }),
        canonical: (rows) => {
          const r = obj(rows[0]);
          return { from: String(r.from), to: String(r.to), amount: num(r.amount), asset: String(r.asset), at: ms(r.at) };
        },
      },
      throughput: false,
    },
  ];
}

/** Removes every transfer this run's mutations wrote, so the cached dataset stays as generated. */
export const DELETE_BENCH_TRANSFERS = `
MATCH (:Wallet:Node {key: $from})-[t:TRANSFERRED]->(:Wallet)
WHERE t.txHash STARTS WITH $prefix OR t.txHash STARTS WITH '0x' + $prefix
DELETE t
RETURN count(*) AS deleted`;

export const benchTxPrefix = (runId: number) => `${BENCH_TX_PREFIX}${runId.toString(16).padStart(12, '0')}`;
