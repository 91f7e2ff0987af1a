import { parse, type OperationDefinitionNode } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSchema } from '../src/schema.js';
import { ConcurrencyLimiter } from '../src/server/concurrency.js';
import { expensiveFields, selectsExpensive } from '../src/server/expensive.js';
import { checkCost } from '../src/server/limits.js';

/** Settles pending promise callbacks so `granted` reflects what the limiter decided. */
const flush = () => new Promise((resolve) => setImmediate(resolve));

function track(limiter: ConcurrencyLimiter, key: string) {
  const slot = { granted: false, refused: undefined as unknown, release: () => {} };
  limiter.acquire(key).then(
    (release) => {
      slot.granted = true;
      slot.release = release;
    },
    (error: unknown) => {
      slot.refused = error;
    },
  );
  return slot;
}

describe('expensive-operation slots', () => {
  afterEach(() => vi.useRealTimers());

  it('holds one principal to its own limit without blocking others queued behind it', async () => {
    const limiter = new ConcurrencyLimiter({ perPrincipal: 1, total: 3, queueTimeoutMs: 60_000 });
    const a1 = track(limiter, 'key:a');
    const a2 = track(limiter, 'key:a');
    const b1 = track(limiter, 'key:b');
    await flush();
    expect([a1.granted, a2.granted, b1.granted]).toEqual([true, false, true]);
    expect(limiter.stats()).toEqual({ running: 2, waiting: 1 });
    a1.release();
    await flush();
    expect(a2.granted).toBe(true);
    expect(limiter.stats()).toEqual({ running: 2, waiting: 0 });
  });

  it('holds everyone to the overall limit, first come first served', async () => {
    const limiter = new ConcurrencyLimiter({ perPrincipal: 5, total: 2, queueTimeoutMs: 60_000 });
    const slots = ['key:a', 'key:b', 'key:c', 'key:d'].map((k) => track(limiter, k));
    await flush();
    expect(slots.map((s) => s.granted)).toEqual([true, true, false, false]);
    slots[1]?.release();
    // Releasing twice frees one slot, not two.
    slots[1]?.release();
    await flush();
    expect(slots.map((s) => s.granted)).toEqual([true, true, true, false]);
    expect(limiter.stats()).toEqual({ running: 2, waiting: 1 });
  });

  it('refuses with BUSY (429, Retry-After) what waited past the queue timeout, and forgets it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const limiter = new ConcurrencyLimiter({ perPrincipal: 1, total: 1, queueTimeoutMs: 2000 });
    const first = track(limiter, 'key:a');
    const second = track(limiter, 'key:b');
    await flush();
    vi.advanceTimersByTime(1999);
    await flush();
    expect(second.refused).toBeUndefined();
    vi.advanceTimersByTime(1);
    await flush();
    expect(second.refused).toMatchObject({
      extensions: { code: 'BUSY', http: { status: 429 } },
    });
    const headers = (second.refused as { extensions: { http: { headers: Map<string, string> } } }).extensions.http.headers;
    expect(headers.get('retry-after')).toBe('2');
    expect(limiter.stats()).toEqual({ running: 1, waiting: 0 });
    first.release();
    expect(limiter.stats()).toEqual({ running: 0, waiting: 0 });
  });
});

describe('@expensive', () => {
  const schema = buildSchema();
  const marked = expensiveFields(schema);
  const selects = (query: string) => {
    const document = parse(query);
    const operation = document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
    return selectsExpensive(schema, marked, document, operation);
  };

  it('marks the path, taint, exploration, search and screening fields in the SDL', () => {
    expect([...marked].sort()).toEqual([
      'Query.exposure',
      'Query.moneyTrails',
      'Query.neighbourhood',
      'Query.screen',
      'Query.search',
      'Query.shortestConnection',
      'Query.timeline',
    ]);
  });

  it('finds them under aliases and fragments, and not in plain lookups', () => {
    expect(selects('{ t: timeline(id: "x") { totalCount } }')).toBe(true);
    expect(selects('query { ...F } fragment F on Query { exposure(id: "x") { method } }')).toBe(true);
    expect(selects('{ node(id: "x") { id } states { totalCount } }')).toBe(false);
  });
});

describe('the cost limit on a repeated document', () => {
  const schema = buildSchema();
  const cost = checkCost(schema, { maxDepth: 24, maxCost: 5_000 });
  // One parsed document, as Apollo hands it for a repeated query text: costs are remembered per
  // document and variables, never per document alone.
  const document = parse('query($n: Int, $m: Int) { wallets(first: $n) { edges { node { outgoingTransfers(first: $m) { totalCount } } } } }');

  it('answers by the variables of each request, whatever an earlier request sent', () => {
    expect(() => cost(document, null, { n: 10, m: 10 })).not.toThrow();
    expect(() => cost(document, null, { n: 10, m: 10 })).not.toThrow();
    expect(() => cost(document, null, { n: 100, m: 100 })).toThrow(/exceeds the limit of 5000/);
    expect(() => cost(document, null, { n: 100, m: 100 })).toThrow(/exceeds the limit of 5000/);
    expect(() => cost(document, null, { n: 10, m: 10 })).not.toThrow();
  });

  it('still refuses when the variables are too long to remember', () => {
    expect(() => cost(document, null, { n: 100, m: 100, padding: 'x'.repeat(2_000) })).toThrow(/exceeds the limit/);
  });
});
