import type { Tx } from '../db/index.js';
import { EDGE_TYPES, LINK_TYPES, NODE_TYPES, type EdgeTypename, type LinkType, type NodeTypename } from '../model/index.js';
import { int, str, strList } from '../db/index.js';
import { amountOrderKey, walletKey } from '../model/index.js';
import { cypherDate, cypherDateTime, cypherInt } from '../db/index.js';
import { checkAddress } from '../domain/index.js';
import type { Dataset } from './dataset.js';
import { DatasetRejected } from './dataset-rejected.js';
import { checkRelationships } from './relationship-gate.js';

export { DatasetRejected };

/**
 * Writes a dataset with MERGE on natural keys, so writing the same facts twice changes nothing.
 * Labels and relationship types come from `model/model.ts` constants; values travel as parameters.
 * `recordedAt`/`recordedBy` are set only when a node or relationship is first created, and a
 * relationship's `sourceKeys` only ever grow: a second source for the same fact adds to the first.
 */

type Props = Record<string, unknown>;
interface NodeRow {
  readonly key: string;
  readonly props: Props;
  readonly sourceKeys: readonly string[];
  /** A wallet's assets, added to what it already lists (WALLET_ASSETS). */
  readonly assets?: readonly string[];
}
interface EdgeRow {
  readonly key?: string;
  readonly from: string;
  readonly to: string;
  readonly synthetic: boolean;
  readonly sourceKeys: readonly string[];
  readonly props: Props;
}

/*
 * Synthetic and real facts never mix: an existing node keeps its `synthetic` flag, a synthetic
 * relationship may touch a real node only when it is a state (fictional fronts controlled by the
 * DPRK), and a real relationship never touches a synthetic node. Each upsert checks this for its
 * own rows, writes only the rows that pass, and returns the ones that clash; any clash makes
 * `writeDataset` throw, which rolls the whole transaction back.
 *
 * `label` and `type` below are only ever keys of NODE_TYPES / LINK_TYPES / EDGE_TYPES.
 */
const nodeUpsert = (label: string) => `
UNWIND $rows AS row
MERGE (n:Node {key: row.key})
ON CREATE SET n.recordedAt = datetime(), n.recordedBy = $recordedBy, n.synthetic = row.props.synthetic
WITH n, row, n.synthetic <> row.props.synthetic AS clash
CALL {
  WITH n, row, clash
  WITH n, row WHERE NOT clash
  SET n:${label}, n += row.props
  WITH n, row
  UNWIND row.sourceKeys AS sourceKey
  MATCH (s:Node:Source {key: sourceKey})
  MERGE (n)-[c:SOURCED_FROM]->(s)
  ON CREATE SET c.recordedAt = datetime(), c.recordedBy = $recordedBy
}
RETURN [k IN collect(CASE WHEN clash THEN n.key END) WHERE k IS NOT NULL][0..5] AS clashes`;

const CITATION_CLASHES = `
UNWIND $rows AS row
MATCH (n:Node {key: row.key})
UNWIND row.sourceKeys AS sourceKey
MATCH (s:Node:Source {key: sourceKey})
WHERE s.synthetic <> n.synthetic
RETURN n.key + ' <- ' + s.key AS pair LIMIT 5`;

const CITATIONS = `
UNWIND $rows AS row
MATCH (n:Node {key: row.key})
UNWIND row.sourceKeys AS sourceKey
MATCH (s:Node:Source {key: sourceKey})
MERGE (n)-[c:SOURCED_FROM]->(s)
ON CREATE SET c.recordedAt = datetime(), c.recordedBy = $recordedBy
RETURN count(c) AS written`;

// A wallet's assets are what every source lists it under: each write adds, none replaces.
const WALLET_ASSETS = `
UNWIND $rows AS row
MATCH (w:Node {key: row.key})
SET w.assets = coalesce(w.assets, []) + [a IN row.assets WHERE NOT a IN coalesce(w.assets, [])]`;

const NODE_UPSERTS = Object.fromEntries(
  Object.entries(NODE_TYPES).map(([name, t]) => [name, nodeUpsert(t.label)]),
) as Record<NodeTypename, string>;

// Endpoints are matched, never created: a fact about a node we do not hold is an error, seen as
// `matched` falling short of the rows sent.
const edgeUpsert = (merge: string) => `
UNWIND $rows AS row
MATCH (a:Node {key: row.from})
MATCH (b:Node {key: row.to})
WITH row, a, b, CASE WHEN row.synthetic
  THEN (NOT a.synthetic AND NOT a:State) OR (NOT b.synthetic AND NOT b:State)
  ELSE a.synthetic OR b.synthetic END AS clash
CALL {
  WITH row, a, b, clash
  WITH row, a, b WHERE NOT clash
  ${merge}
  ON CREATE SET r.recordedAt = datetime(), r.recordedBy = $recordedBy
  SET r += row.props, r.synthetic = row.synthetic,
    r.sourceKeys = coalesce(r.sourceKeys, []) + [k IN row.sourceKeys WHERE NOT k IN coalesce(r.sourceKeys, [])]
}
RETURN count(*) AS matched,
  [e IN collect(CASE WHEN clash THEN row.from + ' -> ' + row.to END) WHERE e IS NOT NULL][0..5] AS clashes`;

const LINK_UPSERTS = Object.fromEntries(
  Object.keys(LINK_TYPES).map((type) => [type, edgeUpsert(`MERGE (a)-[r:${type}]->(b)`)]),
) as Record<LinkType, string>;

const keyedEdgeUpsert = (type: string) => edgeUpsert(`MERGE (a)-[r:${type} {key: row.key}]->(b)`);

const EMPLOYMENT_UPSERT = keyedEdgeUpsert(EDGE_TYPES.Employment.type);
const SALARY_UPSERT = keyedEdgeUpsert(EDGE_TYPES.SalaryPayment.type);
const TRANSFER_UPSERT = keyedEdgeUpsert(EDGE_TYPES.Transfer.type);

/** Drops absent optional values: `SET r += {x: null}` would remove a property, not keep it. */
function defined(props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined && v !== null));
}

function entityProps(e: {
  name: string;
  aliases?: readonly string[];
  remarks?: readonly string[];
  synthetic: boolean;
}): Props {
  return { name: e.name, aliases: e.aliases ?? [], remarks: e.remarks ?? [], synthetic: e.synthetic };
}

const optDate = (iso: string | undefined) => (iso ? cypherDate(iso) : undefined);

function walletRow(w: NonNullable<Dataset['wallets']>[number]): NodeRow {
  const checked = checkAddress(w.chain, w.address);
  if (!checked.ok) throw new DatasetRejected('address', `${w.chain} ${w.address}: ${checked.reason}`);
  return {
    key: walletKey(checked.chain, checked.address),
    sourceKeys: w.sourceKeys,
    props: { ...entityProps(w), chain: checked.chain, address: checked.display },
    assets: [...new Set((w.assets ?? []).map((a) => a.trim().toUpperCase()))],
  };
}

/**
 * The rows of each node type, in write order: sources first (every other write links to them).
 * A table over every `NodeTypename`, so a new type does not compile until it is written here.
 */
const NODE_ROWS = {
  Source: (d) =>
    (d.sources ?? []).map((s) => ({
      key: s.key,
      sourceKeys: [],
      props: defined({
        kind: s.kind,
        title: s.title,
        publisher: s.publisher,
        url: s.url,
        publishedOn: optDate(s.publishedOn),
        synthetic: s.synthetic,
      }),
    })),
  State: (d) =>
    (d.states ?? []).map((s) => ({ key: s.key, sourceKeys: s.sourceKeys, props: { ...entityProps(s), isoCode: s.isoCode } })),
  Organization: (d) =>
    (d.organizations ?? []).map((o) => ({ key: o.key, sourceKeys: o.sourceKeys, props: { ...entityProps(o), kind: o.kind } })),
  Operative: (d) =>
    (d.operatives ?? []).map((o) => ({ key: o.key, sourceKeys: o.sourceKeys, props: { ...entityProps(o), role: o.role } })),
  Facilitator: (d) =>
    (d.facilitators ?? []).map((f) => ({ key: f.key, sourceKeys: f.sourceKeys, props: { ...entityProps(f), role: f.role } })),
  StolenIdentity: (d) =>
    (d.stolenIdentities ?? []).map((i) => ({ key: i.key, sourceKeys: i.sourceKeys, props: entityProps(i) })),
  Employer: (d) => (d.employers ?? []).map((e) => ({ key: e.key, sourceKeys: e.sourceKeys, props: entityProps(e) })),
  Person: (d) =>
    (d.persons ?? []).map((p) => ({
      key: p.key,
      sourceKeys: p.sourceKeys,
      props: defined({
        ...entityProps(p),
        birthDates: p.birthDates ?? [],
        birthPlaces: p.birthPlaces ?? [],
        gender: p.gender,
        title: p.title,
      }),
    })),
  Craft: (d) =>
    (d.crafts ?? []).map((c) => ({
      key: c.key,
      sourceKeys: c.sourceKeys,
      props: defined({
        ...entityProps(c),
        kind: c.kind,
        callSign: c.callSign,
        model: c.model,
        tonnage: c.tonnage,
        grossRegisteredTonnage: c.grossRegisteredTonnage,
        ownerName: c.ownerName,
      }),
    })),
  Identifier: (d) =>
    (d.identifiers ?? []).map((i) => ({
      key: i.key,
      sourceKeys: i.sourceKeys,
      props: defined({
        type: i.type,
        value: i.value,
        // Identifiers are searched like names, so they carry one.
        name: `${i.type} ${i.value}`,
        issuedOn: i.issuedOn,
        expiresOn: i.expiresOn,
        synthetic: i.synthetic,
      }),
    })),
  Wallet: (d) => (d.wallets ?? []).map(walletRow),
  EnforcementAction: (d) =>
    (d.enforcementActions ?? []).map((a) => ({
      key: a.key,
      sourceKeys: a.sourceKeys,
      props: defined({
        kind: a.kind,
        title: a.title,
        summary: a.summary,
        date: optDate(a.date),
        datePrecision: a.datePrecision,
        amountUsd: a.amountUsd,
        reference: a.reference,
        programs: a.programs,
        status: a.status,
        synthetic: a.synthetic,
      }),
    })),
} satisfies Record<NodeTypename, (data: Dataset) => NodeRow[]>;

/** The relationships with keys of their own, written last (their ends must exist), in this order. */
const EDGE_WRITES = {
  Employment: {
    cypher: EMPLOYMENT_UPSERT,
    rows: (d) =>
      (d.employments ?? []).map((e) => ({
        key: e.key,
        from: e.employer,
        to: e.identity,
        synthetic: e.synthetic,
        sourceKeys: e.sourceKeys,
        props: defined({ jobTitle: e.jobTitle, startedOn: optDate(e.startedOn), endedOn: optDate(e.endedOn) }),
      })),
  },
  SalaryPayment: {
    cypher: SALARY_UPSERT,
    rows: (d) =>
      (d.salaryPayments ?? []).map((p) => ({
        key: p.key,
        from: p.employer,
        to: p.wallet,
        synthetic: p.synthetic,
        sourceKeys: p.sourceKeys,
        props: defined({
          identityKey: p.identity,
          amount: p.amount,
          amountOrder: amountOrderKey(p.amount),
          asset: p.asset,
          paidAt: cypherDateTime(p.paidAt),
          txHash: p.txHash,
        }),
      })),
  },
  Transfer: {
    cypher: TRANSFER_UPSERT,
    rows: (d) =>
      (d.transfers ?? []).map((t) => ({
        key: t.key,
        from: t.from,
        to: t.to,
        synthetic: t.synthetic,
        sourceKeys: t.sourceKeys,
        props: defined({
          amount: t.amount,
          amountOrder: amountOrderKey(t.amount),
          asset: t.asset,
          at: cypherDateTime(t.at),
          txHash: t.txHash,
          index: t.index === undefined ? undefined : cypherInt(t.index),
        }),
      })),
  },
} satisfies Record<EdgeTypename, { readonly cypher: string; readonly rows: (data: Dataset) => EdgeRow[] }>;

/** Counts of what a write covered (matched or created), per kind. */
export type WriteCounts = Record<string, number>;

export async function writeDataset(tx: Tx, data: Dataset, recordedBy: string): Promise<WriteCounts> {
  checkRelationships(data);
  const counts: WriteCounts = {};
  const nodes = async (typename: NodeTypename, rows: NodeRow[]) => {
    if (rows.length === 0) return;
    const [result] = await tx.run(NODE_UPSERTS[typename], { rows, recordedBy });
    const clashes = result ? strList(result, 'clashes') : [];
    if (clashes.length > 0) {
      throw new DatasetRejected('synthetic', `would flip the synthetic flag of stored ${typename} ${clashes.join(', ')}`);
    }
    counts[typename] = rows.length;
    const withAssets = rows.flatMap((r) => (r.assets && r.assets.length > 0 ? [{ key: r.key, assets: r.assets }] : []));
    if (withAssets.length > 0) await tx.run(WALLET_ASSETS, { rows: withAssets });
  };
  const edges = async (name: string, cypher: string, rows: EdgeRow[]) => {
    if (rows.length === 0) return;
    const [result] = await tx.run(cypher, { rows, recordedBy });
    const clashes = result ? strList(result, 'clashes') : [];
    if (clashes.length > 0) {
      throw new DatasetRejected('synthetic', `${name} would mix synthetic and real facts: ${clashes.join(', ')}`);
    }
    const written = result ? int(result, 'matched') : 0;
    if (written !== rows.length) {
      throw new DatasetRejected('id', `${rows.length - written} ${name} relationship(s) name an endpoint that does not exist`);
    }
    counts[name] = (counts[name] ?? 0) + rows.length;
  };

  for (const typename of Object.keys(NODE_ROWS) as NodeTypename[]) await nodes(typename, NODE_ROWS[typename](data));

  const actions = data.enforcementActions ?? [];
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
      .map((l) => ({ from: l.from, to: l.to, synthetic: l.synthetic, sourceKeys: l.sourceKeys, props: {} }));
    await edges(type, LINK_UPSERTS[type], rows);
  }

  const citations = data.citations ?? [];
  if (citations.length > 0) {
    const clashes = await tx.run(CITATION_CLASHES, { rows: citations });
    if (clashes.length > 0) {
      const pairs = clashes.map((c) => str(c, 'pair')).join(', ');
      throw new DatasetRejected('sourceIds', `a synthetic source cannot support a real fact, nor the reverse: ${pairs}`);
    }
    const [result] = await tx.run(CITATIONS, { rows: citations, recordedBy });
    counts.Citation = result ? int(result, 'written') : 0;
  }

  for (const name of Object.keys(EDGE_WRITES) as EdgeTypename[]) {
    const { cypher, rows } = EDGE_WRITES[name];
    await edges(name, cypher, rows(data));
  }
  return counts;
}
