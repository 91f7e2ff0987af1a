import type { CaseContext, HostileCase, SeedIds } from '../case.js';
import type { Category } from '../expectations.js';
import { graphqlRequest, type RawResponse } from '../http-client.js';
import { mutationOf, TEMPLATES, type TemplateName } from '../mutations.js';
import { gql } from './build.js';

/**
 * One template with one input field replaced (or removed, for `undefined`), sent as EDITOR in
 * the `$input` variable so that the refusal can name `input.<field>`.
 */
function broken(
  area: string,
  name: string,
  expect: Category,
  template: TemplateName,
  change: Record<string, unknown> | ((ids: SeedIds) => Record<string, unknown>),
  fields: readonly string[],
): HostileCase {
  return {
    area,
    name: `${template}: ${name}`,
    expect,
    fields,
    request: (ctx: CaseContext) => {
      const input: Record<string, unknown> = { ...TEMPLATES[template].input(ctx.ids), ...(typeof change === 'function' ? change(ctx.ids) : change) };
      for (const [k, v] of Object.entries(input)) if (v === undefined) delete input[k];
      return graphqlRequest({ query: mutationOf(template), variables: { input } }, ctx.as('EDITOR'));
    },
    echoes: Object.values(typeof change === 'function' ? {} : change).filter((v): v is string => typeof v === 'string'),
  };
}

/** Variables that do not coerce to their declared type (issue 4: 400 BAD_USER_INPUT). */
const coercion: HostileCase[] = [
  broken('coercion', 'DateTime 2024-02-30', 'coercion', 'recordTransfer', { at: '2024-02-30T00:00:00Z' }, ['input.at']),
  broken('coercion', 'DateTime without an offset', 'coercion', 'recordTransfer', { at: '2024-03-01T09:00:00' }, ['input.at']),
  broken('coercion', 'DateTime that is only a date', 'coercion', 'recordTransfer', { at: '2024-03-01' }, ['input.at']),
  broken('coercion', 'DateTime at hour 25', 'coercion', 'recordTransfer', { at: '2024-03-01T25:00:00Z' }, ['input.at']),
  broken('coercion', 'DateTime with offset +25:00', 'coercion', 'recordSalaryPayment', { paidAt: '2024-03-01T09:00:00+25:00' }, ['input.paidAt']),
  broken('coercion', 'DateTime as a Unix timestamp number', 'coercion', 'recordTransfer', { at: 1709283600 }, ['input.at']),
  broken('coercion', 'Date 2023-02-29', 'coercion', 'recordEnforcementAction', { date: '2023-02-29' }, ['input.date']),
  broken('coercion', 'Date 2024-13-01', 'coercion', 'upsertSource', { publishedOn: '2024-13-01' }, ['input.publishedOn']),
  broken('coercion', 'Decimal -1', 'coercion', 'recordTransfer', { amount: '-1' }, ['input.amount']),
  broken('coercion', 'Decimal 1e5', 'coercion', 'recordTransfer', { amount: '1e5' }, ['input.amount']),
  broken('coercion', 'Decimal NaN', 'coercion', 'recordTransfer', { amount: 'NaN' }, ['input.amount']),
  broken('coercion', 'Decimal 0x10', 'coercion', 'recordTransfer', { amount: '0x10' }, ['input.amount']),
  broken('coercion', 'Decimal with a leading space', 'coercion', 'recordTransfer', { amount: ' 1' }, ['input.amount']),
  broken('coercion', 'Decimal with a trailing space', 'coercion', 'recordTransfer', { amount: '1 ' }, ['input.amount']),
  broken('coercion', 'Decimal +1', 'coercion', 'recordTransfer', { amount: '+1' }, ['input.amount']),
  broken('coercion', 'Decimal 1,5', 'coercion', 'recordTransfer', { amount: '1,5' }, ['input.amount']),
  broken('coercion', 'Decimal Infinity', 'coercion', 'recordTransfer', { amount: 'Infinity' }, ['input.amount']),
  broken('coercion', 'Decimal empty string', 'coercion', 'recordTransfer', { amount: '' }, ['input.amount']),
  broken('coercion', 'Decimal as a float number', 'coercion', 'recordTransfer', { amount: 1.5 }, ['input.amount']),
  broken('coercion', 'Decimal -1 for amountUsd', 'coercion', 'recordEnforcementAction', { amountUsd: '-1' }, ['input.amountUsd']),
  broken('coercion', 'enum value that does not exist', 'coercion', 'upsertOrganization', { kind: 'FRONT' }, ['input.kind']),
  broken('coercion', 'enum value in lower case', 'coercion', 'upsertOrganization', { kind: 'front_company' }, ['input.kind']),
  broken('coercion', 'chain that does not exist', 'coercion', 'upsertWallet', { chain: 'DOGE' }, ['input.chain']),
  broken('coercion', 'Int overflow 2147483648', 'coercion', 'recordTransfer', { index: 2147483648 }, ['input.index']),
  broken('coercion', 'float for Int', 'coercion', 'recordTransfer', { index: 1.5 }, ['input.index']),
  broken('coercion', 'string for Int', 'coercion', 'recordTransfer', { index: '1' }, ['input.index']),
  broken('coercion', 'missing required field name', 'coercion', 'upsertOrganization', { name: undefined }, ['input.name']),
  broken('coercion', 'missing required field provenance', 'coercion', 'upsertOrganization', { provenance: undefined }, ['input.provenance']),
  broken('coercion', 'null for non-null kind', 'coercion', 'upsertOrganization', { kind: null }, ['input.kind']),
  broken('coercion', 'null inside a non-null list', 'coercion', 'upsertOrganization', { aliases: ['ok', null] }, ['input.aliases']),
  broken('coercion', 'field the input type does not have', 'coercion', 'upsertOrganization', { recordedBy: 'admin' }, ['recordedBy']),
  broken('coercion', 'object for a String', 'coercion', 'upsertOrganization', { name: { $ne: null } }, ['input.name']),
  {
    area: 'coercion',
    name: 'null for the required input itself',
    expect: 'coercion',
    request: (ctx) => graphqlRequest({ query: mutationOf('upsertOrganization'), variables: { input: null } }, ctx.as('EDITOR')),
  },
  {
    area: 'coercion',
    name: 'moneyTrails since without an offset',
    expect: 'coercion',
    request: (ctx) =>
      graphqlRequest({ query: 'query Q($from: ID!, $since: DateTime) { moneyTrails(from: $from, since: $since) { totalCount } }', variables: { from: ctx.ids.employer, since: '2024-01-01T00:00:00' } }, ctx.as('ANALYST')),
  },
  {
    area: 'coercion',
    name: 'first as 2147483648 in a variable',
    expect: 'coercion',
    request: gql('query Q($n: Int) { states(first: $n) { totalCount } }', { n: 2147483648 }),
  },
];

/** Literal arguments their scalar refuses. */
const literal: HostileCase[] = (
  [
    ['Date 2023-02-30 inline', () => '{ enforcementActions(filter: { dateFrom: "2023-02-30" }) { totalCount } }'],
    ['Int 2147483648 inline', () => '{ states(first: 2147483648) { totalCount } }'],
    ['float for Int inline', () => '{ states(first: 1.5) { totalCount } }'],
    ['string for Int inline', () => '{ states(first: "10") { totalCount } }'],
    ['string for an enum inline', () => '{ wallet(chain: "ETH", address: "0x00") { address } }'],
    ['unknown enum value inline', () => '{ wallet(chain: DOGE, address: "0x00") { address } }'],
    ['Decimal 1e5 inline', (ids) => `{ moneyTrails(from: "${ids.employer}", minAmount: "1e5") { totalCount } }`],
    ['Decimal -1 inline', (ids) => `{ moneyTrails(from: "${ids.employer}", minAmount: "-1") { totalCount } }`],
    ['Decimal with a space inline', (ids) => `{ moneyTrails(from: "${ids.employer}", minAmount: " 1") { totalCount } }`],
    ['DateTime without offset inline', (ids) => `{ moneyTrails(from: "${ids.employer}", since: "2024-03-01T09:00:00") { totalCount } }`],
    ['missing required input field inline', () => 'mutation { upsertState(input: { isoCode: "ZZ", provenance: { sourceIds: [] } }) { id } }'],
  ] as const satisfies readonly (readonly [string, (ids: SeedIds) => string])[]
).map(([name, query]) => ({
  area: 'coercion',
  name,
  expect: 'literal' as const,
  request: (ctx: CaseContext) => graphqlRequest({ query: query(ctx.ids) }, ctx.as('EDITOR')),
}));

/** Amounts (issue 5: strictly positive, no sign or exponent, at most the asset's precision, sane magnitude). */
const amounts: HostileCase[] = [
  broken('amounts', 'zero', 'domain', 'recordTransfer', { amount: '0' }, ['input.amount']),
  broken('amounts', 'zero with decimals', 'domain', 'recordTransfer', { amount: '0.000' }, ['input.amount']),
  broken('amounts', 'ETH with 19 decimals', 'domain', 'recordTransfer', { amount: '1.1234567890123456789' }, ['input.amount']),
  broken('amounts', 'USDC with 7 decimals', 'domain', 'recordSalaryPayment', { amount: '1.1234567' }, ['input.amount']),
  broken('amounts', 'USDT with 7 decimals', 'domain', 'recordSalaryPayment', { asset: 'USDT', amount: '0.0000001' }, ['input.amount']),
  broken('amounts', 'a 40-digit amount', 'domain', 'recordTransfer', { amount: `1${'0'.repeat(39)}` }, ['input.amount']),
  broken('amounts', 'amountUsd zero', 'domain', 'recordEnforcementAction', { amountUsd: '0' }, ['input.amountUsd']),
];

/** Dates (issue 5: money between 2009-01-03 and a little past now; actions and publications not in the future). */
const dates: HostileCase[] = [
  broken('dates', 'a transfer in 2099', 'domain', 'recordTransfer', { at: '2099-01-01T00:00:00Z' }, ['input.at']),
  broken('dates', 'a transfer before the Bitcoin genesis block', 'domain', 'recordTransfer', { at: '2008-12-31T23:59:59Z' }, ['input.at']),
  broken('dates', 'a salary paid in 1970', 'domain', 'recordSalaryPayment', { paidAt: '1970-01-01T00:00:00Z' }, ['input.paidAt']),
  broken('dates', 'a salary paid next year', 'domain', 'recordSalaryPayment', { paidAt: `${new Date().getUTCFullYear() + 1}-06-01T00:00:00Z` }, ['input.paidAt']),
  broken('dates', 'an enforcement action in 2099', 'domain', 'recordEnforcementAction', { date: '2099-01-01' }, ['input.date']),
  broken('dates', 'a source published in 2099', 'domain', 'upsertSource', { publishedOn: '2099-01-01' }, ['input.publishedOn']),
];

const BIDI = '\u202e';
/** Strings (issue 5: NFC, no control characters, no lone surrogates, no bidi overrides in names, bounded). */
const strings: HostileCase[] = [
  broken('unicode', 'bidi override in a name', 'domain', 'upsertOrganization', { name: `Evil ${BIDI}dtL yrtsudnI` }, ['input.name']),
  broken('unicode', 'bidi isolate in a name', 'domain', 'upsertPerson', { name: 'Hostile \u2066Example\u2069' }, ['input.name']),
  broken('unicode', 'bidi override in an alias', 'domain', 'upsertOrganization', { aliases: [`HSF${BIDI}`] }, ['input.aliases']),
  broken('unicode', 'lone high surrogate in a name', 'domain', 'upsertOrganization', { name: 'Front \ud800 Ltd' }, ['input.name']),
  broken('unicode', 'lone low surrogate in a title', 'domain', 'upsertSource', { title: 'Report \udc00' }, ['input.title']),
  broken('unicode', 'NUL in a name', 'domain', 'upsertStolenIdentity', { name: 'Jane\u0000Hostile' }, ['input.name']),
  broken('unicode', 'BEL in a name', 'domain', 'upsertOrganization', { name: 'Front\u0007Ltd' }, ['input.name']),
  broken('unicode', 'escape sequence in a name', 'domain', 'upsertOrganization', { name: 'Front \u001b[31mLtd' }, ['input.name']),
  broken('unicode', 'NUL in remarks', 'domain', 'upsertOrganization', { remarks: ['a\u0000b'] }, ['input.remarks']),
  broken('unicode', 'control character in an identifier value', 'domain', 'upsertIdentifier', { value: 'hostile\u0008@example.org' }, ['input.value']),
  broken('unicode', 'NUL in an asset', 'domain', 'recordTransfer', { asset: 'ETH\u0000' }, ['input.asset']),
  broken('strings', 'a 100,000-character name', 'domain', 'upsertOrganization', { name: 'N'.repeat(100_000) }, ['input.name']),
  broken('strings', 'a 10,000-character ref', 'domain', 'upsertOrganization', { ref: 'r'.repeat(10_000) }, ['input.ref']),
  broken('strings', '5,000 aliases', 'domain', 'upsertOrganization', { aliases: Array.from({ length: 5000 }, (_, i) => `alias ${i}`) }, ['input.aliases']),
  broken('strings', 'a 100,000-character title', 'domain', 'upsertSource', { title: 'T'.repeat(100_000) }, ['input.title']),
  broken('strings', 'a 10,000-character transaction hash', 'domain', 'recordTransfer', { txHash: `0x${'a'.repeat(10_000)}` }, ['input.txHash']),
  broken('strings', 'a name of spaces only', 'domain', 'upsertOrganization', { name: '   ' }, ['input.name']),
  broken('strings', 'a javascript: URL', 'domain', 'upsertSource', { url: 'javascript:alert(1)' }, ['input.url']),
  broken('strings', 'a file: URL', 'domain', 'upsertSource', { url: 'file:///etc/passwd' }, ['input.url']),
];

/** Integers (issue 5: within their documented ranges). */
const integers: HostileCase[] = [
  broken('integers', 'negative output index', 'domain', 'recordTransfer', { index: -1 }, ['input.index']),
  ...(
    [
      ['neighbourhood depth 0', 'neighbourhood(id: $id, depth: 0) { __typename }', 'depth'],
      ['neighbourhood depth 4', 'neighbourhood(id: $id, depth: 4) { __typename }', 'depth'],
      ['neighbourhood limitPerNode 0', 'neighbourhood(id: $id, limitPerNode: 0) { __typename }', 'limitPerNode'],
      ['neighbourhood limitPerNode 101', 'neighbourhood(id: $id, limitPerNode: 101) { __typename }', 'limitPerNode'],
      ['shortestConnection maxHops 11', 'shortestConnection(a: $id, b: "c3RhdGU6S1A", maxHops: 11) { __typename }', 'maxHops'],
      ['shortestConnection maxHops -1', 'shortestConnection(a: $id, b: "c3RhdGU6S1A", maxHops: -1) { __typename }', 'maxHops'],
      ['timeline depth 3', 'timeline(id: $id, depth: 3) { totalCount }', 'depth'],
      ['moneyTrails maxHops 9', 'moneyTrails(from: $id, maxHops: 9) { totalCount }', 'maxHops'],
      ['moneyTrails maxHops 0', 'moneyTrails(from: $id, maxHops: 0) { totalCount }', 'maxHops'],
      ['exposure maxHops 1000', 'exposure(id: $id, maxHops: 1000) { __typename }', 'maxHops'],
    ] as const
  ).map(([name, selection, field]) => ({
    area: 'integers',
    name,
    expect: 'domain' as const,
    fields: [field],
    request: (ctx: CaseContext) => graphqlRequest({ query: `query Q($id: ID!) { ${selection} }`, variables: { id: ctx.ids.employer } }, ctx.as('ANALYST')),
  })),
];

/** Several bad fields in one mutation: all reported, each with its field (issue 4). */
const several: HostileCase[] = [
  broken('several fields', 'bidi name, NUL alias and a 10,000-character ref', 'domain', 'upsertOrganization', { name: `A${BIDI}B`, aliases: ['x\u0000'], ref: 'r'.repeat(10_000) }, ['input.name', 'input.aliases', 'input.ref']),
  broken('several fields', 'future time, over-precise amount and oversized hash', 'domain', 'recordTransfer', { at: '2099-01-01T00:00:00Z', amount: '1.1234567890123456789', txHash: `0x${'a'.repeat(10_000)}` }, ['input.at', 'input.amount', 'input.txHash']),
];

/** Pagination abuse. */
const pagination: HostileCase[] = [
  ['first: -1', '{ states(first: -1) { totalCount } }', 'first'],
  ['first: 101', '{ wallets(first: 101) { totalCount } }', 'first'],
  ['first: -1 on a nested connection', '{ employers(first: 1) { edges { node { salaryPayments(first: -1) { totalCount } } } } }', 'first'],
  ['first: -1 on timeline', '{ timeline(id: "c3RhdGU6S1A", first: -1) { totalCount } }', 'first'],
  ["after: \"'; DROP\"", `{ states(after: "'; DROP") { totalCount } }`, 'after'],
  ['after: a base64 string that is not JSON', `{ organizations(after: "${Buffer.from('hello').toString('base64url')}") { totalCount } }`, 'after'],
  ['after: base64 JSON of the wrong shape', `{ organizations(after: "${Buffer.from('{"v":1}').toString('base64url')}") { totalCount } }`, 'after'],
  ['after: 10,000 characters', `{ wallets(after: "${'A'.repeat(10_000)}") { totalCount } }`, 'after'],
  ['after on search with a garbage cursor', '{ search(query: "korea", after: "garbage!") { totalCount } }', 'after'],
].map(([name, query, field]) => ({ area: 'pagination', name: name!, expect: 'domain' as const, fields: [field!], request: gql(query!) }));
pagination.push(
  // A million rows is refused by the page cap or, before it, by the cost limit; either is right.
  ...[
    ['first: 1000000', '{ persons(first: 1000000) { totalCount } }'],
    ['first: 1000000 on search', '{ search(query: "korea", first: 1000000) { totalCount } }'],
  ].map(([name, query]) => ({ area: 'pagination', name: name!, expect: 'pageSize' as const, request: gql(query!) })),
  {
    area: 'pagination',
    name: 'after: a well-formed cursor holding a Cypher fragment is only data',
    expect: 'injection',
    request: gql(`{ persons(after: "${Buffer.from(JSON.stringify(["x' OR 1=1 //", 'person:x'])).toString('base64url')}") { totalCount } }`),
  },
);

const b64 = (text: string) => Buffer.from(text).toString('base64url');
/** Global ids that are not ours: `node` answers null (Relay); fields that need an object refuse. */
const ids: HostileCase[] = [
  ...['', '!!!', b64('state:'), b64('nope:1'), 'c3RhdGU6S1A=', 'A'.repeat(2000), '../../etc/passwd', b64('state:KP\u0000')].map((id) => ({
    area: 'global ids',
    name: `node(id: ${JSON.stringify(id.length > 40 ? `${id.slice(0, 12)}... (${id.length})` : id)}) is null or refused`,
    expect: 'injection' as const,
    request: gql('query Q($id: ID!) { node(id: $id) { id } }', { id }),
    check: (res: RawResponse) => {
      if (!res.json?.errors) {
        if (res.json?.data?.node !== null) throw new Error(`node answered ${JSON.stringify(res.json?.data)}`);
      }
    },
  })),
  ...(
    [
      ['neighbourhood', 'neighbourhood(id: $id) { __typename }', 'id'],
      ['timeline', 'timeline(id: $id) { totalCount }', 'id'],
      ['moneyTrails from', 'moneyTrails(from: $id) { totalCount }', 'from'],
      ['exposure', 'exposure(id: $id) { __typename }', 'id'],
      ['shortestConnection a', 'shortestConnection(a: $id, b: "c3RhdGU6S1A") { __typename }', 'a'],
    ] as const
  ).flatMap(([name, selection, field]) =>
    ['!!!', b64('nope:1')].map((id) => ({
      area: 'global ids',
      name: `${name} with the malformed id ${JSON.stringify(id)}`,
      expect: 'domain' as const,
      fields: [field],
      request: gql(`query Q($id: ID!) { ${selection} }`, { id }),
    })),
  ),
];

export const inputCases: HostileCase[] = [...coercion, ...literal, ...amounts, ...dates, ...strings, ...integers, ...several, ...pagination, ...ids];
