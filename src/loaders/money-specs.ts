import type { SalaryPaymentGroupField, TransferGroupField } from '../generated/graphql.js';
import { labelsOf } from '../model/index.js';
import { EDGE_PROJECTION, nodeProjection } from './projections.js';
import { controllersPattern } from './relationship-specs.js';

/**
 * The money pages of the schema (a wallet's or an entity's transfers, salaries paid by an employer
 * or into a wallet) as constant Cypher fragments, and the statements built from them. Request
 * values (parents, filters, cursors) only ever travel as parameters.
 */

/** Where a page's movements sit: a pattern from the parent `p` binding the movement `r`. */
export interface MoneySpec {
  readonly pattern: string;
  /** The movement's time property. */
  readonly time: 'r.at' | 'r.paidAt';
  /** True when one movement can match the pattern twice (both ends among the parent's wallets). */
  readonly distinct: boolean;
  /** What its `countsBy` offers. */
  readonly groups: readonly MoneyGroup[];
}

/** Types whose `wallets` field lists the wallets they control (`CONTROLS`). */
const HOLDERS = labelsOf(['Organization', 'Operative', 'Facilitator', 'Person', 'StolenIdentity']);
const held = `(p:${HOLDERS})-[:CONTROLS]->(:Wallet)`;

const TRANSFER_GROUPS = ['ASSET', 'CHAIN', 'MONTH'] as const satisfies readonly TransferGroupField[];
const SALARY_GROUPS = ['ASSET', 'MONTH'] as const satisfies readonly SalaryPaymentGroupField[];

export const MONEY_PAGES = {
  walletOutgoingTransfers: { pattern: '(p)-[r:TRANSFERRED]->(:Wallet)', time: 'r.at', distinct: false, groups: TRANSFER_GROUPS },
  walletIncomingTransfers: { pattern: '(p)<-[r:TRANSFERRED]-(:Wallet)', time: 'r.at', distinct: false, groups: TRANSFER_GROUPS },
  walletTransfers: { pattern: '(p)-[r:TRANSFERRED]-(:Wallet)', time: 'r.at', distinct: true, groups: TRANSFER_GROUPS },
  heldOutgoingTransfers: { pattern: `${held}-[r:TRANSFERRED]->(:Wallet)`, time: 'r.at', distinct: true, groups: TRANSFER_GROUPS },
  heldIncomingTransfers: { pattern: `${held}<-[r:TRANSFERRED]-(:Wallet)`, time: 'r.at', distinct: true, groups: TRANSFER_GROUPS },
  heldTransfers: { pattern: `${held}-[r:TRANSFERRED]-(:Wallet)`, time: 'r.at', distinct: true, groups: TRANSFER_GROUPS },
  walletSalaryPayments: { pattern: '(p)<-[r:PAID_SALARY]-(:Employer)', time: 'r.paidAt', distinct: false, groups: SALARY_GROUPS },
  employerSalaryPayments: { pattern: '(p)-[r:PAID_SALARY]->(:Wallet)', time: 'r.paidAt', distinct: false, groups: SALARY_GROUPS },
} as const satisfies Record<string, MoneySpec>;

export type MoneyPageName = keyof typeof MONEY_PAGES;

/**
 * Pages one statement serves together: those a screen asks for side by side (a wallet's incoming
 * and outgoing transfers). Not all eight in one: Neo4j plans every branch of a statement the first
 * time it sees it, and eight took it about 9 s, a wait the first request of each ordering would pay.
 */
export const MONEY_PAGE_BATCHES = {
  walletTransfers: ['walletOutgoingTransfers', 'walletIncomingTransfers', 'walletTransfers'],
  heldTransfers: ['heldOutgoingTransfers', 'heldIncomingTransfers', 'heldTransfers'],
  salaryPayments: ['walletSalaryPayments', 'employerSalaryPayments'],
} as const satisfies Record<string, readonly MoneyPageName[]>;

export type MoneyPageBatch = keyof typeof MONEY_PAGE_BATCHES;

export const MONEY_ORDERINGS = ['TIME_DESC', 'TIME_ASC', 'AMOUNT_DESC', 'AMOUNT_ASC'] as const;
export type MoneyOrdering = (typeof MONEY_ORDERINGS)[number];

export const MONEY_GROUPS = TRANSFER_GROUPS;
export type MoneyGroup = TransferGroupField;

/**
 * The filter of `MoneyFilter`, read from the map parameter `f`. Each predicate switches itself off
 * when its value is null, so one text serves every combination. Amounts compare as
 * `amountOrder` keys (`model/amount-order.ts`), exactly.
 */
export const moneyFilter = (f: string, time: string) => `(${f}.assets IS NULL OR r.asset IN ${f}.assets)
    AND (${f}.minAmount IS NULL OR r.amountOrder >= ${f}.minAmount)
    AND (${f}.maxAmount IS NULL OR r.amountOrder <= ${f}.maxAmount)
    AND (${f}.since IS NULL OR ${time} >= ${f}.since)
    AND (${f}.until IS NULL OR ${time} < ${f}.until)
    AND (${f}.synthetic IS NULL OR r.synthetic = ${f}.synthetic)`;

/** Sort value of an ordering: epoch millis (stored times carry no finer part) or the amount key. */
export const sortValue = (ordering: MoneyOrdering, time: string) =>
  ordering.startsWith('TIME') ? `${time}.epochMillis` : 'r.amountOrder';

const directionOf = (ordering: MoneyOrdering) => (ordering.endsWith('DESC') ? 'DESC' : 'ASC');

/**
 * The group of a movement: its asset, the chain of the wallet it left, or its UTC month. Times
 * are re-read from epoch millis so an offset stored with one never shifts its month.
 */
export const groupValue = (group: MoneyGroup, time: string) =>
  group === 'ASSET'
    ? 'r.asset'
    : group === 'CHAIN'
      ? 'startNode(r).chain'
      : `left(toString(datetime({epochMillis: ${time}.epochMillis})), 7)`;

/** The movements of one parent that pass the request's filter, bound as `r` beside `req`. */
const matching = (spec: MoneySpec) => `MATCH ${spec.pattern}
  WITH ${spec.distinct ? 'DISTINCT ' : ''}req, r
  WHERE ${moneyFilter('req.f', spec.time)}`;

/** The controllers of end `v` as `Wallet.controller` lists them: by name, then key. */
const controllersOf = (v: string, c: string, item: string) =>
  `COLLECT { MATCH ${controllersPattern(v, c)} WITH ${c} ORDER BY ${c}.name, ${c}.key RETURN ${item} }`;

/**
 * An end `v` the request selects, projected, with its controllers when `req.controllers` is 1 or
 * more, and theirs (an organisation's `controlledBy`) when it is 2.
 */
const endOf = (v: string) => `{node: ${nodeProjection(v)}, controllers: CASE WHEN req.controllers > 0 THEN ${controllersOf(v, 'c1',
  `{node: ${nodeProjection('c1')}, controllers: CASE WHEN req.controllers > 1 AND c1:Organization THEN ${controllersOf('c1', 'c2', nodeProjection('c2'))} END}`,
)} END}`;

/** How a request names its page in `moneyPagesCypher`: `walletIncomingTransfers` → `WALLET_INCOMING_TRANSFERS`. */
export const pageTag = (name: MoneyPageName) => name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();

/**
 * The page of one request on `spec`, as a branch of `moneyPagesCypher`: it answers only the
 * requests for page `name` (a constant of `MONEY_PAGES`, never a request value). The count runs
 * only for requests that select `totalCount` (`req.counted`). It returns the page's movements
 * bare; `moneyPagesCypher` projects them once for every branch.
 */
function pageBranch(name: MoneyPageName, spec: MoneySpec, ordering: MoneyOrdering): string {
  const direction = directionOf(ordering);
  const cmp = direction === 'ASC' ? '>' : '<';
  return `WITH p, req
  WITH p, req WHERE req.page = '${pageTag(name)}'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    ${matching(spec)}
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    ${matching(spec)}
    WITH req, r, ${sortValue(ordering, spec.time)} AS v, r.key AS k
    WHERE req.after IS NULL OR v ${cmp} req.after.v OR (v = req.after.v AND k ${cmp} req.after.k)
    WITH r, v, k ORDER BY v ${direction}, k ${direction} LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page`;
}

const UNION = `
  UNION ALL
  `;

/**
 * Pages of many requests at once, whichever page of `batch` each asks for (`req.page`), like
 * `pagedCypher`: a hub's incoming and outgoing transfers are one statement, not one per field.
 * `$limit` is the largest page asked for, plus one.
 *
 * The projection comes after the branches, once: only the page's own movements are projected,
 * after the limit, with the ends a request selects (`req.start`: `from`, `employer`; `req.end`:
 * `to`, `wallet`) and the controllers of those ends and theirs as deep as the request selects them
 * (`req.controllers`), so those levels need no statement of their own. Written inside each branch,
 * its personal-data subqueries were planned once per branch: Neo4j took 10–20 s to plan the
 * three-branch statement the first time, against about 3 s now.
 */
export function moneyPagesCypher(batch: MoneyPageBatch, ordering: MoneyOrdering): string {
  const branches = MONEY_PAGE_BATCHES[batch].map((name) => pageBranch(name, MONEY_PAGES[name], ordering));
  return `
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  ${branches.join(UNION)}
}
CALL {
  WITH req, page
  UNWIND page AS m
  WITH req, m, m.r AS r, startNode(m.r) AS s, endNode(m.r) AS e
  RETURN collect({v: m.v, k: m.k, node: ${EDGE_PROJECTION},
    ends: CASE WHEN req.start THEN [${endOf('s')}] ELSE [] END + CASE WHEN req.end THEN [${endOf('e')}] ELSE [] END}) AS items
}
RETURN req.i AS i, CASE WHEN req.counted THEN total END AS total, items`;
}

/** Counts per group of many requests' whole connections, in order of the group's value. */
export function moneyGroupsCypher(spec: MoneySpec, group: MoneyGroup): string {
  return `
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  ${matching(spec)}
  WITH ${groupValue(group, spec.time)} AS value, count(r) AS count
  WHERE value IS NOT NULL
  WITH value, count ORDER BY value
  RETURN collect({value: value, count: count}) AS groups
}
RETURN req.i AS i, groups`;
}

/**
 * A page of every transfer. The ordering's property is range-bounded by `$lower`/`$upper` (the
 * filter's window and the cursor folded together by the caller), so the planner seeks the index
 * in order and stops at the limit; the cursor's tie on the bound itself is broken by key.
 */
export function allTransfersCypher(ordering: MoneyOrdering): string {
  const direction = directionOf(ordering);
  const cmp = direction === 'ASC' ? '>' : '<';
  const property = ordering.startsWith('TIME') ? 'r.at' : 'r.amountOrder';
  return `
MATCH ()-[r:TRANSFERRED]->()
WHERE ${property} >= $lower AND ${property} <= $upper
  AND ($after IS NULL OR ${property} <> $after.bound OR r.key ${cmp} $after.k)
  AND ${moneyFilter('$f', 'r.at')}
WITH r ORDER BY ${property} ${direction}, r.key ${direction} LIMIT $limit
RETURN ${sortValue(ordering, 'r.at')} AS v, r.key AS k, ${EDGE_PROJECTION} AS node`;
}

/** How many transfers pass the filter; the unfiltered count comes from Neo4j's count store. */
export const ALL_TRANSFERS_COUNT = `
MATCH ()-[r:TRANSFERRED]->()
WHERE ${moneyFilter('$f', 'r.at')}
RETURN count(r) AS total`;
export const ALL_TRANSFERS_COUNT_UNFILTERED = 'MATCH ()-[r:TRANSFERRED]->() RETURN count(r) AS total';

export function allTransfersGroupsCypher(group: MoneyGroup): string {
  return `
MATCH ()-[r:TRANSFERRED]->()
WHERE ${moneyFilter('$f', 'r.at')}
WITH ${groupValue(group, 'r.at')} AS value, count(r) AS count
WHERE value IS NOT NULL
RETURN value, count ORDER BY value`;
}
