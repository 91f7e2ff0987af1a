import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '../src/db/executor.js';
import { deleteGeneratedWorld, GENERATED_SOURCE_KEY, generateWorld } from '../src/generator/index.js';
import { createHarness, type Harness } from './support/harness.js';

// Three cells: a few hundred nodes and a few thousand relationships, seconds to write once the
// server is warm (the first write also compiles every statement, hence the longer timeouts).
const SCALE = 0.05;
const GENERATION_TIMEOUT_MS = 180_000;
const DPRK = 'state:KP';

let h: Harness;
let realBefore: string;
const executor = () => h.db.executor({ timeoutMs: 120_000 });
const generate = (seed: number, scale = SCALE) => generateWorld(executor(), { scale, seed });

beforeAll(async () => {
  h = await createHarness();
  await deleteGeneratedWorld(executor());
  realBefore = await realDigest();
});
afterAll(async () => {
  // Other test files expect the case seed only.
  await deleteGeneratedWorld(executor());
  await h.close();
});

/** JSON with object keys sorted, so property order in Neo4j's answers cannot change a digest. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function digest(rows: readonly Row[]): string {
  const lines = rows.map((row) => {
    const { recordedAt: _at, recordedBy: _by, ...props } = row.props as Record<string, unknown>;
    return canonical({ ...row, props });
  });
  return createHash('sha256').update(lines.sort().join('\n')).digest('hex');
}

/** Cypher for "node `v` is generated": it is the generated source or cites it. */
const generated = (v: string) => `(${v}.key = $source OR EXISTS { (${v})-[:SOURCED_FROM]->(:Source {key: $source}) })`;

/** Every generated node, and every relationship touching one, with their properties. */
async function generatedWorld() {
  const params = { source: GENERATED_SOURCE_KEY };
  const nodes = await executor().read(
    `MATCH (n:Node) WHERE ${generated('n')} RETURN n.key AS key, labels(n) AS labels, properties(n) AS props`,
    params,
  );
  const relationships = await executor().read(
    `MATCH (a:Node)-[r]->(b:Node) WHERE ${generated('a')} OR ${generated('b')}
     RETURN a.key AS from, type(r) AS type, b.key AS to, properties(r) AS props`,
    params,
  );
  return { nodes, relationships, digest: digest([...nodes, ...relationships]) };
}

/** Every real node with its properties, and every relationship between two real nodes. */
async function realDigest(): Promise<string> {
  const nodes = await executor().read(
    'MATCH (n:Node) WHERE n.synthetic = false RETURN n.key AS key, labels(n) AS labels, properties(n) AS props',
  );
  const relationships = await executor().read(
    `MATCH (a:Node)-[r]->(b:Node) WHERE a.synthetic = false AND b.synthetic = false
     RETURN a.key AS from, type(r) AS type, b.key AS to, properties(r) AS props`,
  );
  // recordedAt/recordedBy of real facts must not change either.
  const lines = [...nodes, ...relationships].map((row) => canonical(row));
  return createHash('sha256').update(lines.sort().join('\n')).digest('hex');
}

/** `'1234.56'` as an integer of millionths, so sums are exact. */
function micro(amount: string): bigint {
  const [whole = '0', fraction = ''] = amount.split('.');
  return BigInt(whole + fraction.padEnd(6, '0'));
}

describe('the world generator', () => {
  let seven: Awaited<ReturnType<typeof generatedWorld>>;

  it('writes the same graph for the same scale and seed, and writing it again changes nothing', async () => {
    const summary = await generate(7);
    seven = await generatedWorld();
    // Every row written is its own node or relationship: no two facts share a key.
    expect(seven.nodes).toHaveLength(summary.nodes);
    expect(seven.relationships).toHaveLength(summary.relationships + summary.citations);

    await generate(7);
    expect((await generatedWorld()).digest).toBe(seven.digest);

    await deleteGeneratedWorld(executor());
    expect((await generatedWorld()).nodes).toHaveLength(0);
    await generate(7);
    expect((await generatedWorld()).digest).toBe(seven.digest);
  }, GENERATION_TIMEOUT_MS);

  it('makes a larger scale a superset of a smaller one with the same seed', async () => {
    await deleteGeneratedWorld(executor());
    await generate(7, 0.02);
    const small = await generatedWorld();
    await generate(7);
    const large = await generatedWorld();
    expect(large.digest).toBe(seven.digest);
    const keys = new Set(large.nodes.map((n) => n.key));
    expect(small.nodes.length).toBeLessThan(large.nodes.length);
    expect(small.nodes.filter((n) => !keys.has(n.key))).toEqual([]);
  }, GENERATION_TIMEOUT_MS);

  it('flags everything it writes as synthetic and fictional, and leaves real data alone', async () => {
    for (const node of seven.nodes) {
      const props = node.props as Record<string, unknown>;
      expect(props.synthetic, String(node.key)).toBe(true);
      if (!(node.labels as string[]).includes('Source')) expect(props.name, String(node.key)).toMatch(/fictional/i);
    }
    for (const rel of seven.relationships) {
      if (rel.type === 'SOURCED_FROM') continue;
      const props = rel.props as Record<string, unknown>;
      expect(props.synthetic, `${rel.from} ${rel.type} ${rel.to}`).toBe(true);
      expect(props.sourceKeys).toEqual([GENERATED_SOURCE_KEY]);
    }
    // The only real node it links to is the DPRK, and only to control fictional fronts.
    const generatedKeys = new Set(seven.nodes.map((n) => n.key));
    const touchingReal = seven.relationships.filter(
      (r) => !generatedKeys.has(r.from as string) || !generatedKeys.has(r.to as string),
    );
    expect(touchingReal.length).toBeGreaterThan(0);
    for (const r of touchingReal) expect([r.from, r.type]).toEqual([DPRK, 'CONTROLS']);
    expect(await realDigest()).toBe(realBefore);
  });

  it('has salaries that reach DPRK-controlled treasuries forward in time, decoys that do not, and balanced wallets', async () => {
    const money = await executor().read(
      `MATCH (a:Node)-[r:PAID_SALARY|TRANSFERRED]->(w:Wallet)
       WHERE EXISTS { (w)-[:SOURCED_FROM]->(:Source {key: $source}) }
       RETURN type(r) AS type, a.key AS from, w.key AS to, r.amount AS amount, r.asset AS asset,
              coalesce(r.paidAt, r.at) AS at`,
      { source: GENERATED_SOURCE_KEY },
    );
    const [ends] = await executor().read(
      `MATCH (:State {key: $dprk})-[:CONTROLS]->(:Organization {kind: 'FRONT_COMPANY'})-[:CONTROLS]->(t:Wallet)
       WITH collect(t.key) AS treasuries
       MATCH (o:Organization)-[:CONTROLS]->(d:Wallet)
       WHERE o.kind IN ['EXCHANGE', 'BANK'] AND NOT EXISTS { (:State {key: $dprk})-[:CONTROLS*1..3]->(o) }
       RETURN treasuries, collect(d.key) AS decoys`,
      { dprk: DPRK },
    );
    const treasuries = new Set(ends?.treasuries as string[]);
    const decoys = new Set(ends?.decoys as string[]);
    const salaries = money.filter((m) => m.type === 'PAID_SALARY');
    const transfers = money.filter((m) => m.type === 'TRANSFERRED');
    const ms = (iso: unknown) => Date.parse(String(iso));

    // Earliest arrival from the salaries, following only transfers later than the money arrived.
    const arrival = new Map<string, number>();
    for (const s of salaries) arrival.set(s.to as string, Math.min(arrival.get(s.to as string) ?? Infinity, ms(s.at)));
    const byTime = [...transfers].sort((a, b) => ms(a.at) - ms(b.at));
    for (const t of byTime) {
      if ((arrival.get(t.from as string) ?? Infinity) < ms(t.at)) {
        arrival.set(t.to as string, Math.min(arrival.get(t.to as string) ?? Infinity, ms(t.at)));
      }
    }
    expect([...treasuries].some((t) => arrival.has(t))).toBe(true);
    expect(transfers.some((t) => treasuries.has(t.to as string))).toBe(true);
    expect(transfers.some((t) => decoys.has(t.to as string))).toBe(true);

    // No wallet ever sends more than it has received by then, so time runs forward along every
    // trail and amounts never grow.
    const events = new Map<string, { at: number; delta: bigint }[]>();
    const event = (wallet: string, asset: unknown, at: number, delta: bigint) => {
      const key = `${wallet} ${String(asset)}`;
      events.set(key, [...(events.get(key) ?? []), { at, delta }]);
    };
    for (const m of money) {
      event(m.to as string, m.asset, ms(m.at), micro(m.amount as string));
      if (m.type === 'TRANSFERRED') event(m.from as string, m.asset, ms(m.at), -micro(m.amount as string));
    }
    for (const [wallet, list] of events) {
      // At the same instant, spending comes first: money must have arrived strictly earlier.
      list.sort((a, b) => a.at - b.at || (a.delta < b.delta ? -1 : 1));
      let balance = 0n;
      for (const e of list) {
        balance += e.delta;
        expect(balance >= 0n, `${wallet} overdrawn at ${new Date(e.at).toISOString()}`).toBe(true);
      }
    }
  });

  it('has operatives with several identities, fan-in to consolidation wallets, and peel chains', async () => {
    const params = { source: GENERATED_SOURCE_KEY };
    const [identities] = await executor().read(
      `MATCH (o:Operative {role: 'IT_WORKER'}) WHERE ${generated('o')}
       RETURN min(COUNT { (o)-[:USES_IDENTITY]->(:StolenIdentity) }) AS fewest`,
      params,
    );
    expect(identities?.fewest).toBeGreaterThanOrEqual(2);
    const [fanIn] = await executor().read(
      `MATCH (:StolenIdentity)-[:CONTROLS]->(s:Wallet)-[:TRANSFERRED]->(c:Wallet)<-[:CONTROLS]-(:Operative {role: 'MONEY_LAUNDERER'})
       WHERE ${generated('c')}
       WITH c, count(DISTINCT s) AS feeds
       RETURN max(feeds) AS widest`,
      params,
    );
    expect(fanIn?.widest).toBeGreaterThanOrEqual(2);
    // Two hops in a row that each send a sliver (under 5%) one way and the rest on to the next.
    const [peels] = await executor().read(
      `MATCH (h1:Wallet)-[rest1:TRANSFERRED]->(h2:Wallet)-[rest2:TRANSFERRED]->(:Wallet)
       WHERE ${generated('h1')} AND NOT EXISTS { (h1)<-[:CONTROLS]-(:StolenIdentity) }
         AND EXISTS { (h1)-[p1:TRANSFERRED]->() WHERE p1 <> rest1 AND toFloat(p1.amount) * 20 < toFloat(rest1.amount) }
         AND EXISTS { (h2)-[p2:TRANSFERRED]->() WHERE p2 <> rest2 AND toFloat(p2.amount) * 20 < toFloat(rest2.amount) }
         AND rest2.at > rest1.at AND toFloat(rest2.amount) < toFloat(rest1.amount)
       RETURN count(*) AS chains`,
      params,
    );
    expect(peels?.chains).toBeGreaterThan(0);
  });

  it('writes a different graph for a different seed', async () => {
    await deleteGeneratedWorld(executor());
    await generate(8);
    expect((await generatedWorld()).digest).not.toBe(seven.digest);
  }, GENERATION_TIMEOUT_MS);
});
