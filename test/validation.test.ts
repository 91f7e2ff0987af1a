import { Kind } from 'graphql';
import { CASE_DATASETS } from '../seed/index.js';
import { buildSchema } from '../src/schema.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAmount } from '../src/domain/amounts.js';
import { ASSET_DECIMALS, decimalsOf, DEFAULT_DECIMALS } from '../src/domain/assets.js';
import { checkMoneyInstant, checkPastDay, MONEY_EPOCH } from '../src/domain/dates.js';
import { checkText, MAX_LIST_ENTRIES, TEXT_RULES, type TextKind } from '../src/domain/text.js';
import { badUserInputs } from '../src/errors.js';
import { formatAmount, type Asset } from '../src/generator/money.js';
import { idProblem } from '../src/model/global-ids.js';
import { toGlobalId } from '../src/loaders/index.js';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../src/resolvers/scalars.js';
import { createHarness, dataOf, removeByPrefix, type GraphQLResult, type Harness } from './support/harness.js';

const NOW = new Date('2026-12-01T12:00:00Z');

describe('amounts', () => {
  it.each([
    ['1', 'BTC'],
    ['0.00000001', 'BTC'],
    ['1250.50', 'USDC'],
    ['0.000001', 'usdt'],
    ['0.000000000000000001', 'ETH'],
    ['0.000000000001', 'XMR'],
    ['999999999999999.99', 'USD'],
    ['1.000000000000000001', 'SOMETOKEN'],
  ])('accept %s %s', (amount, asset) => {
    expect(checkAmount(amount, asset)).toEqual({ ok: true, amount });
  });

  it.each([
    ['-1', 'ETH', /digits/],
    ['+1', 'ETH', /digits/],
    ['1e5', 'ETH', /no sign, exponent/],
    [' 1', 'ETH', /digits/],
    ['1 ', 'ETH', /digits/],
    ['0x10', 'ETH', /hex/],
    ['NaN', 'ETH', /digits/],
    ['Infinity', 'ETH', /digits/],
    ['1,5', 'ETH', /digits/],
    ['01', 'ETH', /digits/],
    ['1.', 'ETH', /digits/],
    ['.5', 'ETH', /digits/],
    ['', 'ETH', /digits/],
    ['0', 'ETH', /greater than zero/],
    ['0.000', 'ETH', /greater than zero/],
    ['0.000000001', 'BTC', /9 decimal places; BTC has at most 8/],
    ['1.1234567', 'USDC', /USDC has at most 6/],
    ['1.1234567', 'usdt', /USDT has at most 6/],
    ['0.0000000000001', 'XMR', /XMR has at most 12/],
    ['1.001', 'USD', /USD has at most 2/],
    ['0.0000000000000000001', 'ETH', /ETH has at most 18/],
    ['0.0000000000000000001', 'SOMETOKEN', /at most 18/],
    ['1000000000000000', 'USD', /below 10\^15/],
  ])('refuse %j %s', (amount, asset, reason) => {
    const result = checkAmount(amount, asset);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it('come from one table, with a default for unknown assets', () => {
    expect(decimalsOf('btc')).toBe(8);
    expect(decimalsOf('ETH')).toBe(18);
    expect(decimalsOf('NOT-LISTED')).toBe(DEFAULT_DECIMALS);
    expect(ASSET_DECIMALS).toMatchObject({ USDC: 6, USDT: 6, LTC: 8, BCH: 8, XMR: 12, TRX: 6, BNB: 18, ETC: 18, ZEC: 8, DASH: 8, USD: 2 });
  });

  it('leave room for the smallest amount the generator writes', () => {
    for (const asset of ['USDC', 'ETH'] satisfies Asset[]) {
      expect(checkAmount(formatAmount(1, asset), asset).ok).toBe(true);
    }
  });
});

describe('the Decimal scalar', () => {
  it('takes unsigned digits as input, exactly', () => {
    expect(DecimalScalar.parseValue('0.000000000000000001')).toBe('0.000000000000000001');
    expect(DecimalScalar.parseValue(7740000)).toBe('7740000');
    expect(DecimalScalar.parseValue('0')).toBe('0');
  });

  it.each([['-1'], ['1e5'], [' 1'], ['0x10'], ['NaN'], ['01.5'], [-1], [0.1], [Number.NaN], ['9'.repeat(101)], [null]])(
    'refuses %j as BAD_USER_INPUT',
    (value) => {
      expect(() => DecimalScalar.parseValue(value)).toThrow(
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/^Decimal must be/) }),
      );
    },
  );

  it('refuses negative and float literals', () => {
    expect(() => DecimalScalar.parseLiteral({ kind: Kind.INT, value: '-1' })).toThrow(/Decimal must be/);
    expect(() => DecimalScalar.parseLiteral({ kind: Kind.FLOAT, value: '1e5' })).toThrow(/Decimal must be/);
    expect(DecimalScalar.parseLiteral({ kind: Kind.STRING, value: '12.5' })).toBe('12.5');
  });

  it('still shows every stored or computed value, signed ones included', () => {
    expect(DecimalScalar.serialize('-12.50')).toBe('-12.50');
    expect(DecimalScalar.serialize('7740000')).toBe('7740000');
  });
});

describe('the Date and DateTime scalars', () => {
  it.each([['2024-02-29'], ['2023-02-28'], ['2009-01-03']])('accept the calendar day %s', (day) => {
    expect(DateScalar.parseValue(day)).toBe(day);
  });

  it.each([['2024-02-30'], ['2023-02-29'], ['2024-13-01'], ['2024-1-01'], ['01/02/2024'], [20240101]])(
    'refuse %j as BAD_USER_INPUT',
    (day) => {
      expect(() => DateScalar.parseValue(day)).toThrow(
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/^Date must be/) }),
      );
    },
  );

  it('hand instants on as ISO strings in UTC', () => {
    expect(DateTimeScalar.parseValue('2024-02-01T10:00:00+02:00')).toBe('2024-02-01T08:00:00.000Z');
    expect(DateTimeScalar.parseLiteral({ kind: Kind.STRING, value: '2024-02-29T10:00:00Z' })).toBe('2024-02-29T10:00:00.000Z');
  });

  it.each([['2024-02-01T10:00:00'], ['2024-02-01'], ['2024-02-30T10:00:00Z'], ['2024-02-01T25:00:00Z'], [1706781600]])(
    'refuse %j (no offset, not a real time) as BAD_USER_INPUT',
    (value) => {
      expect(() => DateTimeScalar.parseValue(value)).toThrow(
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/with an offset/) }),
      );
    },
  );
});

describe('time windows', () => {
  it.each([
    ['2009-01-03T00:00:00Z', true],
    ['2024-02-01T10:00:00.000Z', true],
    ['2026-12-02T11:59:59Z', true],
    ['2009-01-02T23:59:59Z', false],
    ['2008-06-01T00:00:00Z', false],
    ['2026-12-02T12:00:01Z', false],
    ['2999-01-01T00:00:00Z', false],
  ])('money moved at %s: %s', (iso, ok) => {
    expect(checkMoneyInstant(iso, NOW).ok).toBe(ok);
  });

  it.each([
    ['2026-12-01', true],
    ['2026-12-02', true],
    ['1900-01-01', true],
    ['2026-12-03', false],
    ['1899-12-31', false],
  ])('a past day %s: %s', (day, ok) => {
    expect(checkPastDay(day, NOW).ok).toBe(ok);
  });

  it('say why', () => {
    expect(checkMoneyInstant('2008-12-31T00:00:00Z', NOW)).toEqual({ ok: false, reason: expect.stringContaining(MONEY_EPOCH) });
    expect(checkPastDay('2030-01-01', NOW)).toEqual({ ok: false, reason: 'must not be in the future' });
    expect(checkPastDay('2008-01-01', NOW, MONEY_EPOCH).ok).toBe(false);
  });
});

describe('text', () => {
  it.each<[string, TextKind, string]>([
    ['  Kim Jong  ', 'name', 'Kim Jong'],
    ['Jose\u0301', 'name', 'Jos\u00e9'],
    ['\uD83D\uDE00 emoji', 'name', '\uD83D\uDE00 emoji'],
    ['first line\nsecond\tcolumn\r\n', 'text', 'first line\nsecond\tcolumn'],
    ['\u05e9\u05dc\u05d5\u05dd \u2067x\u2069', 'title', '\u05e9\u05dc\u05d5\u05dd \u2067x\u2069'],
    ['x'.repeat(300), 'name', 'x'.repeat(300)],
    ['\uD83D\uDE00'.repeat(300), 'name', '\uD83D\uDE00'.repeat(300)],
  ])('stores %j as %s in NFC, trimmed', (value, kind, stored) => {
    expect(checkText(value, kind)).toEqual({ ok: true, text: stored });
  });

  it.each<[string, TextKind, RegExp]>([
    ['', 'name', /empty/],
    ['   ', 'name', /empty/],
    ['bell\u0007', 'name', /control characters \(found U\+0007\)/],
    ['nul\u0000', 'text', /U\+0000/],
    ['two\nlines', 'name', /U\+000A/],
    ['tab\tbed', 'label', /U\+0009/],
    ['next\u0085line', 'text', /U\+0085/],
    ['del\u007f', 'title', /U\+007F/],
    ['broken \uD800', 'name', /lone surrogate/],
    ['broken \uDC00 too', 'text', /lone surrogate/],
    ['evil\u202Egnp.exe', 'name', /bidi.*U\+202E/],
    ['isolated \u2066x\u2069', 'label', /bidi.*U\+2066/],
    ['https://example.org/\u202E', 'url', /bidi/],
    ['x'.repeat(301), 'name', /at most 300 characters \(has 301\)/],
    ['x'.repeat(501), 'title', /at most 500/],
    ['x'.repeat(5001), 'text', /at most 5000/],
    ['x'.repeat(2001), 'url', /at most 2000/],
  ])('refuses %j as %s', (value, kind, reason) => {
    const result = checkText(value, kind);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });
});

describe('global ids in input', () => {
  it.each([
    ['not-an-id', /not an id issued by this API/],
    ['', /not an id/],
    [toGlobalId('unknown:1'), /not an id/],
    [toGlobalId('org:vt-x'), /must be the id of a Wallet, not of a Organization/],
  ])('refuse %j', (id, reason) => {
    expect(idProblem(id, ['Wallet'])).toMatch(reason);
  });

  it('accept ids of the allowed types', () => {
    expect(idProblem(toGlobalId('wallet:ETH:0xabc'), ['Wallet'])).toBeNull();
  });
});

describe('several bad fields', () => {
  it('make one error listing all of them, the first also as extensions.field', () => {
    const one = badUserInputs([{ field: 'input.a', message: 'is bad' }]);
    expect(one.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.a' });
    const two = badUserInputs([
      { field: 'input.a', message: 'is bad' },
      { field: 'input.b', message: 'is worse' },
    ]);
    expect(two.message).toBe('input.a: is bad; input.b: is worse');
    expect(two.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.a',
      fields: [
        { field: 'input.a', message: 'is bad' },
        { field: 'input.b', message: 'is worse' },
      ],
    });
  });
});

describe('the rules as written down', () => {
  it('hold for the seeded case, which is written without going through a mutation', () => {
    for (const data of CASE_DATASETS) {
      for (const t of [...(data.transfers ?? []), ...(data.salaryPayments ?? [])]) {
        expect(checkAmount(t.amount, t.asset), t.key).toMatchObject({ ok: true });
        expect(checkMoneyInstant('at' in t ? t.at : t.paidAt), t.key).toEqual({ ok: true });
      }
      for (const a of data.enforcementActions ?? []) {
        if (a.amountUsd) expect(checkAmount(a.amountUsd, 'USD'), a.key).toMatchObject({ ok: true });
        if (a.date) expect(checkPastDay(a.date), a.key).toEqual({ ok: true });
      }
    }
  });

  it('are the ones the Mutation description states', () => {
    const described = buildSchema().getMutationType()?.description ?? '';
    expect(described).toContain(`names ${TEXT_RULES.name.maxLength} characters`);
    expect(described).toContain(`titles ${TEXT_RULES.title.maxLength}`);
    expect(described).toContain(`summaries ${TEXT_RULES.text.maxLength}`);
    expect(described).toContain(`URLs ${TEXT_RULES.url.maxLength}`);
    expect(described).toContain(`lists ${MAX_LIST_ENTRIES} entries`);
  });
});

// ---------------------------------------------------------------------------------------------
// Through the API, against the real database.

const ETH_A = '0x52908400098527886e0f7030069857d2e4169ee7';
const ETH_B = '0x8617e340b3d01fa5f11f306f4090fd50e238070d';
const TX = 'cd'.repeat(32);

let h: Harness;
let fiction: string;
let walletA: string;
let walletB: string;
let employer: string;
let identity: string;
let org: string;

const provenance = () => ({ sourceIds: [fiction], synthetic: true });

beforeAll(async () => {
  h = await createHarness();
  fiction = dataOf(
    await h.run(
      `mutation { upsertSource(input: { ref: "vt-fiction", kind: SYNTHETIC_DATASET, title: "Fiction (validation tests)",
        synthetic: true }) { id } }`,
    ),
  ).upsertSource.id;
  const wallet = async (address: string) =>
    dataOf(
      await h.run('mutation($a: String!, $p: Provenance!) { upsertWallet(input: { chain: ETH, address: $a, provenance: $p }) { id } }', {
        a: address,
        p: provenance(),
      }),
    ).upsertWallet.id as string;
  walletA = await wallet(ETH_A);
  walletB = await wallet(ETH_B);
  const named = async (mutation: string) =>
    dataOf(
      await h.run(`mutation($p: Provenance!) { x: ${mutation}(input: { ref: "vt-${mutation.toLowerCase()}", name: "Validation ${mutation}", provenance: $p }) { id } }`, {
        p: provenance(),
      }),
    ).x.id as string;
  employer = await named('upsertEmployer');
  identity = await named('upsertStolenIdentity');
  org = dataOf(
    await h.run(
      'mutation($p: Provenance!) { upsertOrganization(input: { ref: "vt-org", name: "Validation Org", kind: FRONT_COMPANY, provenance: $p }) { id } }',
      { p: provenance() },
    ),
  ).upsertOrganization.id;
});

afterAll(async () => {
  await h.db.executor().writeTx((tx) =>
    tx.run('MATCH (n:Node) WHERE n.key CONTAINS ":vt-" OR n.key IN $wallets DETACH DELETE n', {
      wallets: [`wallet:ETH:${ETH_A}`, `wallet:ETH:${ETH_B}`],
    }),
  );
  await removeByPrefix(h.db, ['source:vt-']);
  await h.close();
});

async function counts() {
  const [row] = await h.db.executor().read(
    'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
  );
  return row;
}

/** Runs a refused operation and checks that it wrote nothing; returns its errors. */
async function refused(query: string, variables: Record<string, unknown>) {
  const before = await counts();
  const result: GraphQLResult = await h.run(query, variables);
  expect(result.errors?.length, JSON.stringify(result)).toBeGreaterThan(0);
  expect(await counts()).toEqual(before);
  return result.errors ?? [];
}

const TRANSFER = 'mutation($i: TransferInput!) { recordTransfer(input: $i) { id } }';
const transfer = (over: Record<string, unknown> = {}) => ({
  fromWalletId: walletA,
  toWalletId: walletB,
  amount: '12.5',
  asset: 'USDC',
  at: '2024-02-01T10:00:00Z',
  txHash: TX,
  index: 0,
  provenance: provenance(),
  ...over,
});

describe('mutations refuse bad values, name the field and write nothing', () => {
  it.each([
    [{ amount: '1.1234567' }, 'input.amount', /USDC has at most 6/],
    [{ amount: '0.000000001', asset: 'btc' }, 'input.amount', /BTC has at most 8/],
    [{ amount: '0' }, 'input.amount', /greater than zero/],
    [{ amount: '1000000000000000' }, 'input.amount', /below 10\^15/],
    [{ asset: 'US DC' }, 'input.asset', /letters or digits/],
    [{ at: '2008-12-31T23:00:00Z' }, 'input.at', /2009-01-03/],
    [{ at: '2999-01-01T00:00:00Z' }, 'input.at', /future/],
    [{ index: -1 }, 'input.index', /0 or more/],
    [{ index: 2_000_000 }, 'input.index', /at most 1000000/],
    [{ fromWalletId: 'not-an-id' }, 'input.fromWalletId', /not an id/],
    [{ fromWalletId: toGlobalId('org:vt-org') }, 'input.fromWalletId', /Wallet, not of a Organization/],
    [{ txHash: '0x1234' }, 'input.txHash', /64 hex digits/],
    [{ provenance: { sourceIds: [], synthetic: true } }, 'input.provenance.sourceIds', /at least one source/],
  ])('recordTransfer %j', async (over, field, reason) => {
    const [error, ...rest] = await refused(TRANSFER, { i: transfer(over) });
    expect(rest).toEqual([]);
    expect(error?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(error?.message).toMatch(reason);
  });

  it.each([
    [{ amount: '-1' }, 'i.amount'],
    [{ amount: '1e5' }, 'i.amount'],
    [{ amount: ' 1' }, 'i.amount'],
    [{ amount: '0x10' }, 'i.amount'],
    [{ amount: 'NaN' }, 'i.amount'],
    [{ amount: -1 }, 'i.amount'],
    [{ at: '2024-02-01T10:00:00' }, 'i.at'],
    [{ at: '2024-02-30T10:00:00Z' }, 'i.at'],
  ])('recordTransfer %j is refused by the scalar as BAD_USER_INPUT, never an internal error', async (over, path) => {
    const [error] = await refused(TRANSFER, { i: transfer(over) });
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toContain(`at "${path}"`);
  });

  it('a Date that is not a calendar day is BAD_USER_INPUT, as a variable or inline', async () => {
    const viaVariable = await refused(
      'mutation($d: Date) { upsertSource(input: { ref: "vt-dated", kind: COURT_DOCUMENT, title: "Dated", publishedOn: $d }) { id } }',
      { d: '2024-02-30' },
    );
    expect(viaVariable[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(viaVariable[0]?.message).toMatch(/Date must be a calendar day/);
    const leapless = await refused(
      'mutation($i: EmploymentInput!) { recordEmployment(input: $i) { id } }',
      { i: { employerId: employer, identityId: identity, startedOn: '2023-02-29', provenance: provenance() } },
    );
    expect(leapless[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(leapless[0]?.message).toContain('at "i.startedOn"');
    const inline = await refused(
      'mutation { upsertSource(input: { ref: "vt-dated", kind: COURT_DOCUMENT, title: "Dated", publishedOn: "2024-02-30" }) { id } }',
      {},
    );
    expect(inline[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it.each([
    ['upsertSource', 'SourceInput', { ref: 'vt-s', kind: 'COURT_DOCUMENT', title: 'Future', publishedOn: '2999-01-01' }, 'input.publishedOn', /future/],
    ['upsertSource', 'SourceInput', { ref: 'vt-s', kind: 'COURT_DOCUMENT', title: 'Bell \u0007' }, 'input.title', /control/],
    ['upsertSource', 'SourceInput', { ref: 'vt-s', kind: 'COURT_DOCUMENT', title: 'T', url: 'javascript:alert(1)' }, 'input.url', /http or https/],
    ['upsertPerson', 'PersonInput', { ref: 'vt-p', name: 'evil\u202Egnp', provenance: 'P' }, 'input.name', /bidi/],
    ['upsertPerson', 'PersonInput', { ref: 'vt-p', name: 'Pat', aliases: ['ok', 'bad \uD800'], provenance: 'P' }, 'input.aliases.1', /lone surrogate/],
    ['upsertPerson', 'PersonInput', { ref: 'vt-p', name: 'Pat', aliases: Array.from({ length: 101 }, (_, i) => `a${i}`), provenance: 'P' }, 'input.aliases', /at most 100/],
    ['upsertPerson', 'PersonInput', { ref: 'vt-p', name: 'x'.repeat(301), provenance: 'P' }, 'input.name', /at most 300/],
    ['upsertPerson', 'PersonInput', { ref: 'vt-p', name: 'Pat', remarks: ['x'.repeat(5001)], provenance: 'P' }, 'input.remarks.0', /at most 5000/],
    ['recordEmployment', 'EmploymentInput', { employerId: 'E', identityId: 'I', startedOn: '2999-01-01', provenance: 'P' }, 'input.startedOn', /future/],
    ['recordSalaryPayment', 'SalaryPaymentInput', { employerId: 'E', walletId: 'A', amount: '10', asset: 'USDC', paidAt: '2008-06-01T00:00:00Z', ref: 'vt-pay', provenance: 'P' }, 'input.paidAt', /2009-01-03/],
    ['recordSalaryPayment', 'SalaryPaymentInput', { employerId: 'E', walletId: 'A', amount: '10.001', asset: 'USD', paidAt: '2024-01-01T00:00:00Z', ref: 'vt-pay', provenance: 'P' }, 'input.amount', /USD has at most 2/],
    ['recordEnforcementAction', 'EnforcementActionInput', { ref: 'vt-a', kind: 'FREEZE', title: 'A', status: 'COMPLETED', targetIds: ['O'], date: '2999-01-01', datePrecision: 'DAY', provenance: 'P' }, 'input.date', /future/],
    ['recordEnforcementAction', 'EnforcementActionInput', { ref: 'vt-a', kind: 'FREEZE', title: 'A', status: 'COMPLETED', targetIds: ['O'], amountUsd: '10.001', provenance: 'P' }, 'input.amountUsd', /USD has at most 2/],
  ])('%s(%s) %j is refused at %s', async (mutation, type, raw, field, reason) => {
    const resolve = (value: unknown): unknown =>
      ({ P: provenance(), E: employer, I: identity, A: walletA, O: org })[value as string] ?? value;
    const input = Object.fromEntries(
      Object.entries(raw).map(([k, value]) => [k, Array.isArray(value) ? value.map(resolve) : resolve(value)]),
    );
    const [error, ...rest] = await refused(`mutation($i: ${type}!) { ${mutation}(input: $i) { id } }`, { i: input });
    expect(rest).toEqual([]);
    expect(error?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(error?.message).toMatch(reason);
  });

  it('store names in NFC, so both spellings of one name are the same text', async () => {
    const send = (name: string) =>
      h.run('mutation($n: String!, $p: Provenance!) { upsertOperative(input: { ref: "vt-nfc", name: $n, role: IT_WORKER, provenance: $p }) { name } }', {
        n: name,
        p: provenance(),
      });
    expect(dataOf(await send('Jose\u0301 Kim')).upsertOperative.name).toBe('Jos\u00e9 Kim');
    const [stored] = await h.db.executor().read('MATCH (n:Node {key: "operative:vt-nfc"}) RETURN n.name AS name');
    expect(stored?.name).toBe('Jos\u00e9 Kim');
  });
});

describe('a mutation with several bad fields', () => {
  it('reports each of them as its own error with its field, and writes nothing', async () => {
    const errors = await refused(TRANSFER, {
      i: transfer({ fromWalletId: 'nope', amount: '1.1234567', at: '2008-01-01T00:00:00Z', index: -1, txHash: 'zz' }),
    });
    expect(errors.map((e) => e.extensions)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'input.fromWalletId' },
      { code: 'BAD_USER_INPUT', field: 'input.at' },
      { code: 'BAD_USER_INPUT', field: 'input.txHash' },
      { code: 'BAD_USER_INPUT', field: 'input.index' },
      { code: 'BAD_USER_INPUT', field: 'input.amount' },
    ]);
    expect(errors.map((e) => e.message)).toEqual([
      'input.fromWalletId: is not an id issued by this API',
      expect.stringMatching(/^input\.at: must not be before 2009-01-03/),
      'input.txHash: must be 64 hex digits (with or without 0x)',
      'input.index: must be 0 or more',
      'input.amount: has 7 decimal places; USDC has at most 6',
    ]);
    expect(errors.every((e) => e.path?.[0] === 'recordTransfer')).toBe(true);
  });

  it('reports every id that names nothing, found in the transaction', async () => {
    const errors = await refused(
      'mutation($i: LinkInput!) { link(input: $i) { kind } }',
      {
        i: {
          kind: 'LINKED_TO',
          fromId: toGlobalId('org:vt-ghost-1'),
          toId: toGlobalId('org:vt-ghost-2'),
          provenance: provenance(),
        },
      },
    );
    expect(errors.map((e) => [e.extensions?.field, e.message])).toEqual([
      ['input.fromId', 'input.fromId: names nothing stored here'],
      ['input.toId', 'input.toId: names nothing stored here'],
    ]);
  });
});

describe('FtM imports', () => {
  it('apply the same amount, date and text rules, line by line, writing none of the refused lines', async () => {
    const synthetic = ['trailgraph:synthetic'];
    const payment = (id: string, amount: string, date: string) =>
      JSON.stringify({
        id,
        schema: 'Payment',
        properties: {
          payer: [`wallet:ETH:${ETH_A}`],
          beneficiary: [`wallet:ETH:${ETH_B}`],
          amount: [amount],
          currency: ['USDC'],
          date: [date],
          keywords: synthetic,
        },
      });
    const lines = [
      payment('vt-ftm-pay-1', '1.1234567', '2024-02-01T10:00:00Z'),
      payment('vt-ftm-pay-2', '-5', '2024-02-01T10:00:00Z'),
      payment('vt-ftm-pay-3', '10', '2008-05-01'),
      payment('vt-ftm-pay-4', '10', '2999-05-01T00:00:00Z'),
      JSON.stringify({
        id: 'vt-ftm-sanction',
        schema: 'Sanction',
        properties: { entity: ['org:vt-org'], startDate: ['2999-01-01'], keywords: synthetic },
      }),
      JSON.stringify({ id: 'vt-ftm-doc', schema: 'Document', properties: { title: ['Later'], publishedAt: ['2999-01'], keywords: synthetic } }),
      JSON.stringify({ id: 'vt-ftm-co', schema: 'Company', properties: { name: ['Evil\u202Eoc'], keywords: synthetic } }),
      JSON.stringify({ id: 'vt-ftm-co2', schema: 'Company', properties: { name: ['Quiet Co'], notes: ['nul\u0000'], keywords: synthetic } }),
      JSON.stringify({ id: 'vt-ftm-co3', schema: 'Company', properties: { name: ['Broken \uD800'], keywords: synthetic } }),
    ];
    const before = await counts();
    const report = dataOf(
      await h.run(
        `mutation($lines: [String!]!, $source: ID!) {
          importBatch(input: { format: FTM_JSONL, lines: $lines, defaultSourceId: $source }) { rejected { line reason } }
        }`,
        { lines, source: fiction },
      ),
    ).importBatch;
    expect(report.rejected).toEqual([
      { line: 1, reason: 'amount: "1.1234567" has 7 decimal places; USDC has at most 6' },
      { line: 2, reason: expect.stringMatching(/^amount: "-5" must be digits/) },
      { line: 3, reason: expect.stringMatching(/^date: "2008-05-01" must not be before 2009-01-03/) },
      { line: 4, reason: 'date: "2999-05-01T00:00:00Z" must not be in the future' },
      { line: 5, reason: 'startDate: "2999-01-01" must not be in the future' },
      { line: 6, reason: 'publishedAt: "2999-01" must not be in the future' },
      { line: 7, reason: 'name: must not contain bidi override or isolate characters (found U+202E)' },
      { line: 8, reason: 'properties.notes.0: must not contain control characters (found U+0000)' },
      { line: 9, reason: 'properties.name.0: must not contain a lone surrogate (broken UTF-16)' },
    ]);
    expect(await counts()).toEqual(before);
  });
});
