import type { Tx } from '../db/executor.js';
import { EDGE_TYPES, LINK_TYPES, NODE_TYPES, type LinkType, type NodeTypename, walletKey } from '../db/model.js';
import { cypherDate, cypherDateTime, cypherInt } from '../db/values.js';
import type { Dataset } from './dataset.js';

/**
 * Writes a dataset with MERGE on natural keys, so writing the same facts twice changes nothing.
 * Labels and relationship types come from `db/model.ts` constants; values travel as parameters.
 * `recordedAt`/`recordedBy` are set only when a node or relationship is first created.
 */

type Props = Record<string, unknown>;
interface NodeRow {
  readonly key: string;
  readonly props: Props;
  readonly sourceKeys: readonly string[];
}
interface EdgeRow {
  readonly key?: string;
  readonly from: string;
  readonly to: string;
  readonly props: Props;
}

// `label` and `type` below are only ever keys of NODE_TYPES / LINK_TYPES / EDGE_TYPES.
const nodeUpsert = (label: string) => `
UNWIND $rows AS row
MERGE (n:Node {key: row.key})
ON CREATE SET n.recordedAt = datetime(), n.recordedBy = $recordedBy
SET n:${label}, n += row.props
WITH n, row
UNWIND row.sourceKeys AS sourceKey
MATCH (s:Source {key: sourceKey})
MERGE (n)-[:SOURCED_FROM]->(s)`;

const NODE_UPSERTS = Object.fromEntries(
  Object.entries(NODE_TYPES).map(([name, t]) => [name, nodeUpsert(t.label)]),
) as Record<NodeTypename, string>;

// Endpoints are matched, never created: a fact about a node we do not hold is an error.
const linkUpsert = (type: string) => `
UNWIND $rows AS row
MATCH (a:Node {key: row.from})
MATCH (b:Node {key: row.to})
MERGE (a)-[r:${type}]->(b)
ON CREATE SET r.recordedAt = datetime(), r.recordedBy = $recordedBy
SET r += row.props
RETURN count(r) AS written`;

const LINK_UPSERTS = Object.fromEntries(
  Object.keys(LINK_TYPES).map((type) => [type, linkUpsert(type)]),
) as Record<LinkType, string>;

const keyedEdgeUpsert = (type: string) => `
UNWIND $rows AS row
MATCH (a:Node {key: row.from})
MATCH (b:Node {key: row.to})
MERGE (a)-[r:${type} {key: row.key}]->(b)
ON CREATE SET r.recordedAt = datetime(), r.recordedBy = $recordedBy
SET r += row.props
RETURN count(r) AS written`;

const EMPLOYMENT_UPSERT = keyedEdgeUpsert(EDGE_TYPES.Employment.type);
const SALARY_UPSERT = keyedEdgeUpsert(EDGE_TYPES.SalaryPayment.type);
const TRANSFER_UPSERT = keyedEdgeUpsert(EDGE_TYPES.Transfer.type);

/** Drops absent optional values: `SET r += {x: null}` would remove a property, not keep it. */
function defined(props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined && v !== null));
}

function entityProps(e: { name: string; aliases?: readonly string[]; synthetic: boolean }): Props {
  return { name: e.name, aliases: e.aliases ?? [], synthetic: e.synthetic };
}

/** Counts of what a write covered (matched or created), per kind. */
export type WriteCounts = Record<string, number>;

export async function writeDataset(tx: Tx, data: Dataset, recordedBy: string): Promise<WriteCounts> {
  const counts: WriteCounts = {};
  const nodes = async (typename: NodeTypename, rows: NodeRow[]) => {
    if (rows.length === 0) return;
    await tx.run(NODE_UPSERTS[typename], { rows, recordedBy });
    counts[typename] = rows.length;
  };
  const edges = async (name: string, cypher: string, rows: EdgeRow[]) => {
    if (rows.length === 0) return;
    const [result] = await tx.run(cypher, { rows, recordedBy });
    const written = Number(result?.written ?? 0);
    if (written !== rows.length) {
      throw new Error(`${rows.length - written} ${name} relationship(s) name an endpoint that does not exist`);
    }
    counts[name] = (counts[name] ?? 0) + rows.length;
  };

  // Sources first: every other write links to them.
  await nodes(
    'Source',
    (data.sources ?? []).map((s) => ({
      key: s.key,
      sourceKeys: [],
      props: defined({
        kind: s.kind,
        title: s.title,
        publisher: s.publisher,
        url: s.url,
        publishedOn: s.publishedOn ? cypherDate(s.publishedOn) : undefined,
        synthetic: s.synthetic,
      }),
    })),
  );
  await nodes(
    'State',
    (data.states ?? []).map((s) => ({ key: s.key, sourceKeys: s.sourceKeys, props: { ...entityProps(s), isoCode: s.isoCode } })),
  );
  await nodes(
    'Organization',
    (data.organizations ?? []).map((o) => ({ key: o.key, sourceKeys: o.sourceKeys, props: { ...entityProps(o), kind: o.kind } })),
  );
  await nodes(
    'Operative',
    (data.operatives ?? []).map((o) => ({ key: o.key, sourceKeys: o.sourceKeys, props: { ...entityProps(o), role: o.role } })),
  );
  await nodes(
    'Facilitator',
    (data.facilitators ?? []).map((f) => ({ key: f.key, sourceKeys: f.sourceKeys, props: { ...entityProps(f), role: f.role } })),
  );
  await nodes(
    'StolenIdentity',
    (data.stolenIdentities ?? []).map((i) => ({ key: i.key, sourceKeys: i.sourceKeys, props: entityProps(i) })),
  );
  await nodes(
    'Employer',
    (data.employers ?? []).map((e) => ({ key: e.key, sourceKeys: e.sourceKeys, props: entityProps(e) })),
  );
  await nodes(
    'Wallet',
    (data.wallets ?? []).map((w) => ({
      key: walletKey(w.chain, w.address),
      sourceKeys: w.sourceKeys,
      props: { ...entityProps(w), chain: w.chain, address: w.address },
    })),
  );
  const actions = data.enforcementActions ?? [];
  await nodes(
    'EnforcementAction',
    actions.map((a) => ({
      key: a.key,
      sourceKeys: a.sourceKeys,
      props: defined({
        kind: a.kind,
        title: a.title,
        summary: a.summary,
        date: a.date ? cypherDate(a.date) : undefined,
        datePrecision: a.datePrecision,
        amountUsd: a.amountUsd,
        reference: a.reference,
        status: a.status,
        synthetic: a.synthetic,
      }),
    })),
  );

  const links = [
    ...(data.links ?? []),
    ...actions.flatMap((a) => [
      ...a.targets.map((t) => ({ type: 'TARGETS' as const, from: a.key, to: t, sourceKeys: a.sourceKeys, synthetic: a.synthetic })),
      ...(a.authority
        ? [{ type: 'ISSUED_BY' as const, from: a.key, to: a.authority, sourceKeys: a.sourceKeys, synthetic: a.synthetic }]
        : []),
    ]),
  ];
  for (const type of Object.keys(LINK_UPSERTS) as LinkType[]) {
    const rows = links
      .filter((l) => l.type === type)
      .map((l) => ({ from: l.from, to: l.to, props: { synthetic: l.synthetic, sourceKeys: l.sourceKeys } }));
    await edges(type, LINK_UPSERTS[type], rows);
  }

  await edges(
    'Employment',
    EMPLOYMENT_UPSERT,
    (data.employments ?? []).map((e) => ({
      key: e.key,
      from: e.employer,
      to: e.identity,
      props: defined({
        jobTitle: e.jobTitle,
        startedOn: e.startedOn ? cypherDate(e.startedOn) : undefined,
        endedOn: e.endedOn ? cypherDate(e.endedOn) : undefined,
        synthetic: e.synthetic,
        sourceKeys: e.sourceKeys,
      }),
    })),
  );
  await edges(
    'SalaryPayment',
    SALARY_UPSERT,
    (data.salaryPayments ?? []).map((p) => ({
      key: p.key,
      from: p.employer,
      to: p.wallet,
      props: defined({
        identityKey: p.identity,
        amount: p.amount,
        asset: p.asset,
        paidAt: cypherDateTime(p.paidAt),
        txHash: p.txHash,
        synthetic: p.synthetic,
        sourceKeys: p.sourceKeys,
      }),
    })),
  );
  await edges(
    'Transfer',
    TRANSFER_UPSERT,
    (data.transfers ?? []).map((t) => ({
      key: t.key,
      from: t.from,
      to: t.to,
      props: defined({
        amount: t.amount,
        asset: t.asset,
        at: cypherDateTime(t.at),
        txHash: t.txHash,
        index: t.index === undefined ? undefined : cypherInt(t.index),
        synthetic: t.synthetic,
        sourceKeys: t.sourceKeys,
      }),
    })),
  );
  return counts;
}
