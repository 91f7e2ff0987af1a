import type { Executor, Row } from '../db/index.js';
import { NODE_TYPES, type LinkType, type NodeTypename } from '../model/index.js';
import { typenameOfKey } from '../model/index.js';
import { cypherInt, type Plain } from '../db/index.js';
import { asList, asMap, asStr, bool, flag, list, map, optStrList, str, strList, type PlainMap } from '../db/index.js';
import {
  actionToFtm,
  documentToFtm,
  edgeToFtm,
  entityToFtm,
  linkToFtm,
  type ActionRow,
  type EntityRow,
  type LinkRow,
  type TieRow,
} from './export-entities.js';
import { BY_KEYS, EDGE_PAGES, EDGES_FROM_KEYS, NEIGHBOURS, NODE_KIND, PAGES } from './export-queries.js';
import { toFtmLine, type FtmEntity } from './ftm-entity.js';

export interface FtmExportSummary {
  /** Entities written, by FtM schema. */
  readonly written: Record<string, number>;
  /** Facts left out, by reason. */
  readonly skipped: Record<string, number>;
}

export const DEFAULT_DEPTH = 2;
export const MAX_DEPTH = 6;
const PAGE_SIZE = 500;

/** States first: the links of every other entity may point at them. */
const ENTITY_ORDER: readonly NodeTypename[] = [
  'State',
  'Organization',
  'Employer',
  'Person',
  'Operative',
  'Facilitator',
  'StolenIdentity',
  'Wallet',
  'Craft',
];

/** Where the export's rows come from: pages over the whole graph, or the keys of a subgraph. */
interface Scope {
  has(key: string): boolean;
  sources(): AsyncIterable<Row>;
  rows(query: 'entities' | 'links' | 'actions', typenames: readonly NodeTypename[]): AsyncIterable<Row>;
  edges(): AsyncIterable<{ type: string; row: Row }>;
}

const maps = (row: Row, name: string) => list(row, name).map((value) => asMap(value, `an item of ${name}`));

/** The relationship types the export queries name are the model's link types. */
const linkType = (p: PlainMap) => str(p, 'type') as LinkType;

/** `[i.type, i.value]`, both required of every identifier. */
function identifierPair(value: Plain): readonly [string, string] {
  const pair = asList(value, 'an identifier pair');
  return [asStr(pair[0], 'identifier type'), asStr(pair[1], 'identifier value')];
}

function entityRow(row: Row): EntityRow {
  return {
    key: str(row, 'key'),
    props: map(row, 'props'),
    sources: strList(row, 'sources'),
    identifiers: list(row, 'identifiers').map(identifierPair),
    ties: maps(row, 'ties').map(
      (t): TieRow => ({
        type: linkType(t),
        state: str(t, 'state'),
        iso: str(t, 'iso'),
        sourceKeys: optStrList(t, 'sourceKeys'),
        synthetic: flag(t, 'synthetic'),
      }),
    ),
  };
}

function linkRows(row: Row): LinkRow[] {
  const from = str(row, 'key');
  return maps(row, 'links').map((l) => ({
    type: linkType(l),
    from,
    to: str(l, 'to'),
    sourceKeys: optStrList(l, 'sourceKeys'),
    synthetic: flag(l, 'synthetic'),
  }));
}

function actionRow(row: Row): ActionRow {
  return {
    key: str(row, 'key'),
    props: map(row, 'props'),
    sources: strList(row, 'sources'),
    targets: strList(row, 'targets'),
    authorities: strList(row, 'authorities'),
  };
}

function bump(counts: Record<string, number>, name: string, by = 1): void {
  if (by > 0) counts[name] = (counts[name] ?? 0) + by;
}

/** Every fact in scope as FtM entities, Documents aside; counts what it writes and leaves out. */
async function* facts(scope: Scope, summary: FtmExportSummary): AsyncGenerator<FtmEntity> {
  for await (const row of scope.rows('entities', ENTITY_ORDER)) {
    const exported = entityToFtm(entityRow(row));
    if (!exported) continue;
    yield exported.entity;
    bump(summary.skipped, 'identifier of a wallet (no FtM property)', exported.droppedIdentifiers);
    for (const link of exported.links) {
      if (scope.has(link.to)) yield linkToFtm(link);
    }
  }
  for await (const row of scope.rows('links', ENTITY_ORDER)) {
    for (const link of linkRows(row)) {
      if (scope.has(link.to)) yield linkToFtm(link);
    }
  }
  for await (const { type, row } of scope.edges()) {
    const edge = { from: str(row, 'from'), to: str(row, 'to'), props: map(row, 'props') };
    if (scope.has(edge.to)) yield edgeToFtm(type, edge, (k) => scope.has(k));
  }
  for await (const row of scope.rows('actions', ['EnforcementAction'])) {
    const action = actionRow(row);
    const sanction = actionToFtm(action, (k) => scope.has(k));
    if (sanction) yield sanction;
    else if (action.props.kind === 'SANCTION_DESIGNATION') bump(summary.skipped, 'sanction without a target in the export');
    else bump(summary.skipped, `enforcement action ${String(action.props.kind)} (no FtM schema)`);
  }
}

function wholeGraph(executor: Executor): Scope {
  async function* pages(cypher: string, prefix: string): AsyncGenerator<Row> {
    let after = `${prefix}:`;
    for (;;) {
      const rows = await executor.read(cypher, { after, before: `${prefix};`, limit: cypherInt(PAGE_SIZE) });
      yield* rows;
      const last = rows.at(-1);
      if (!last || rows.length < PAGE_SIZE) return;
      after = str(last, 'key');
    }
  }
  return {
    has: () => true,
    sources: () => pages(PAGES.sources, NODE_TYPES.Source.prefix),
    async *rows(query, typenames) {
      for (const typename of typenames) yield* pages(PAGES[query], NODE_TYPES[typename].prefix);
    },
    async *edges() {
      for (const { type, cypher } of EDGE_PAGES) {
        let after = '';
        for (;;) {
          const rows = await executor.read(cypher, { after, limit: cypherInt(PAGE_SIZE) });
          for (const row of rows) yield { type, row };
          const last = rows.at(-1);
          if (!last || rows.length < PAGE_SIZE) break;
          after = str(last, 'cursor');
        }
      }
    },
  };
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += PAGE_SIZE) out.push(items.slice(i, i + PAGE_SIZE));
  return out;
}

/** The keys within `depth` hops of the start, walking every relationship but citations. */
async function reachable(executor: Executor, fromKey: string, depth: number): Promise<Set<string>> {
  const [start] = await executor.read(NODE_KIND, { key: fromKey });
  if (!start) throw new RangeError(`No node has the key ${fromKey}`);
  const seen = new Set([fromKey]);
  let frontier = [fromKey];
  for (let hop = 1; hop <= depth && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const keys of chunks(frontier)) {
      const rows = await executor.read(NEIGHBOURS, { keys, fromSource: hop === 1 && bool(start, 'source') });
      for (const row of rows) {
        const key = str(row, 'key');
        if (seen.has(key)) continue;
        seen.add(key);
        if (!bool(row, 'stop')) next.push(key);
      }
    }
    frontier = next;
  }
  return seen;
}

function subgraph(executor: Executor, keys: ReadonlySet<string>, cited: () => ReadonlySet<string>): Scope {
  const sorted = [...keys].sort();
  const ofTypes = (typenames: readonly string[]) =>
    typenames.flatMap((t) => sorted.filter((k) => typenameOfKey(k) === t));
  async function* byKeys(cypher: string, list: readonly string[]): AsyncGenerator<Row> {
    for (const chunk of chunks(list)) yield* await executor.read(cypher, { keys: chunk });
  }
  return {
    has: (key) => keys.has(key),
    sources: () => byKeys(BY_KEYS.sources, [...new Set([...ofTypes(['Source']), ...cited()])].sort()),
    rows: (query, typenames) => byKeys(BY_KEYS[query], ofTypes(typenames)),
    async *edges() {
      for await (const row of byKeys(EDGES_FROM_KEYS, ofTypes(['Employer', 'Wallet']))) yield { type: str(row, 'type'), row };
    },
  };
}

/**
 * The export as FtM JSON lines: Documents first, then entities, then what links them, so that
 * a streaming import meets every entity before the lines that refer to it. The whole graph is
 * read page by page; a subgraph is first walked to its keys, then read twice (once to learn
 * which documents it cites, once to write it) so that neither is held in memory.
 */
export function createFtmExport(
  executor: Executor,
  options: { fromKey?: string; depth?: number },
): { lines: AsyncGenerator<string>; summary: FtmExportSummary } {
  const summary: FtmExportSummary = { written: {}, skipped: {} };
  const depth = options.depth ?? DEFAULT_DEPTH;
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH) {
    throw new RangeError(`depth must be a whole number from 0 to ${MAX_DEPTH}, not ${depth}`);
  }
  const emit = (entity: FtmEntity) => {
    bump(summary.written, entity.schema);
    return toFtmLine(entity);
  };
  async function* lines(): AsyncGenerator<string> {
    let scope: Scope;
    if (options.fromKey === undefined) {
      scope = wholeGraph(executor);
    } else {
      const cited = new Set<string>();
      scope = subgraph(executor, await reachable(executor, options.fromKey, depth), () => cited);
      for await (const entity of facts(scope, { written: {}, skipped: {} })) {
        (entity.properties.proof ?? []).forEach((key) => cited.add(key));
      }
    }
    for await (const row of scope.sources()) yield emit(documentToFtm({ key: str(row, 'key'), props: map(row, 'props') }));
    for await (const entity of facts(scope, summary)) yield emit(entity);
  }
  return { lines: lines(), summary };
}
