import type { Executor } from '../../src/db/executor.js';
import { COUNTED_CHAINS } from './operations.js';

/** What the operations ask about, chosen with Cypher the same way at every scale. */
export interface PeerInputs {
  /** A wallet with a controller. */
  readonly wallet: string;
  /** The wallet with the most transfers, preferring one with 20 each way. */
  readonly hub: string;
  /** The chain with the most wallets among those counted. */
  readonly pageChain: string;
  /** A word of the hub's name, for the full-text search. */
  readonly searchWord: string;
  /** Two wallets on one chain that already traded, and what moved: where the mutation writes. */
  readonly transferPair: { readonly from: string; readonly to: string; readonly asset: string };
  /** A source the mutation cites. */
  readonly sourceKey: string;
  /**
   * The transfer pages' filter: the hub's most frequent outgoing asset, the middle half of its
   * times in that asset (since inclusive, until exclusive), and the median amount of that asset
   * over the whole graph.
   */
  readonly transferWindow: { readonly asset: string; readonly since: string; readonly until: string; readonly minAmount: string };
}

const one = async (executor: Executor, what: string, cypher: string, params: Record<string, unknown> = {}) => {
  const [row] = await executor.read(cypher, params);
  if (!row) throw new Error(`no input found: ${what}`);
  return row;
};

export async function pickPeerInputs(executor: Executor): Promise<PeerInputs> {
  const wallet = await one(executor, 'a controlled wallet', 'MATCH (w:Wallet)<-[:CONTROLS]-() RETURN w.key AS key ORDER BY key LIMIT 1');
  const hub = await one(
    executor,
    'a hub',
    `MATCH (w:Wallet)
WITH w, COUNT { (w)<-[:TRANSFERRED]-() } AS i, COUNT { (w)-[:TRANSFERRED]->() } AS o
RETURN w.key AS key, w.name AS name ORDER BY CASE WHEN i >= 20 AND o >= 20 THEN 0 ELSE 1 END, i + o DESC, key LIMIT 1`,
  );
  const chain = await one(
    executor,
    'a chain',
    'MATCH (w:Wallet) WHERE w.chain IN $chains RETURN w.chain AS chain, count(*) AS n ORDER BY n DESC, chain LIMIT 1',
    { chains: COUNTED_CHAINS },
  );
  const pair = await one(
    executor,
    'a transfer',
    `MATCH (w:Wallet:Node {key: $hub})-[t:TRANSFERRED]->(o:Wallet) WHERE o.chain = w.chain
RETURN w.key AS from, o.key AS to, t.asset AS asset ORDER BY t.key LIMIT 1`,
    { hub: hub.key },
  );
  const asset = await one(
    executor,
    'the hub asset',
    'MATCH (:Wallet:Node {key: $hub})-[t:TRANSFERRED]->() RETURN t.asset AS asset, count(*) AS n ORDER BY n DESC, asset LIMIT 1',
    { hub: hub.key },
  );
  const window = await one(
    executor,
    'a time window',
    `MATCH (:Wallet:Node {key: $hub})-[t:TRANSFERRED]->() WHERE t.asset = $asset
WITH t.at.epochMillis AS at ORDER BY at WITH collect(at) AS ats
RETURN ats[size(ats) / 4] AS since, ats[(3 * size(ats)) / 4] AS until`,
    { hub: hub.key, asset: asset.asset },
  );
  const median = await one(
    executor,
    'a median amount',
    `MATCH ()-[t:TRANSFERRED]->() WHERE t.asset = $asset
WITH t ORDER BY t.amountOrder WITH collect(t.amount) AS amounts RETURN amounts[size(amounts) / 2] AS amount`,
    { asset: asset.asset },
  );
  const source = await one(executor, 'a source', 'MATCH (s:Source) RETURN s.key AS key ORDER BY key LIMIT 1');
  const word = String(hub.name).split(/[^\p{L}\p{N}]+/u).find((w) => w.length >= 3) ?? String(hub.name);
  return {
    wallet: String(wallet.key),
    hub: String(hub.key),
    pageChain: String(chain.chain),
    searchWord: word,
    transferPair: { from: String(pair.from), to: String(pair.to), asset: String(pair.asset) },
    sourceKey: String(source.key),
    transferWindow: {
      asset: String(asset.asset),
      since: new Date(Number(window.since)).toISOString(),
      until: new Date(Number(window.until)).toISOString(),
      minAmount: String(median.amount),
    },
  };
}
