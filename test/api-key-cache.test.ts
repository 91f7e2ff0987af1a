import { describe, expect, it } from 'vitest';
import { cachedKeyVerifier, createApiKeys, type VerifiedKey } from '../src/auth/index.js';
import type { Executor } from '../src/db/index.js';

/** A key store in memory that counts lookups: what the database would answer, and how often it was asked. */
function store() {
  const active = new Map<string, VerifiedKey>();
  let lookups = 0;
  let failNext = false;
  return {
    active,
    get lookups() {
      return lookups;
    },
    failOnce() {
      failNext = true;
    },
    keys: () => ({
      async verify(key: string) {
        lookups += 1;
        if (failNext) {
          failNext = false;
          throw new Error('database down');
        }
        return active.get(key) ?? null;
      },
    }),
  };
}

/** `createApiKeys(…).revoke` over an executor that only answers the revocation's write. */
function revokeInThisProcess(name: string) {
  const executor = {
    writeTx: async () => [{ info: { name, role: 'VIEWER', createdAt: '2026-01-01T00:00:00Z', createdBy: 'system:test', revokedAt: '2026-01-02T00:00:00Z' } }],
  } as unknown as Executor;
  return createApiKeys(executor).revoke(name);
}

describe('cachedKeyVerifier', () => {
  it('asks the database once per key within the TTL, and again after it', async () => {
    const s = store();
    s.active.set('tg_a', { name: 'a', role: 'ANALYST' });
    let now = 0;
    const verify = cachedKeyVerifier(s.keys, { ttlMs: 1000, now: () => now });
    expect(await verify('tg_a')).toEqual({ name: 'a', role: 'ANALYST' });
    expect(await verify('tg_a')).toEqual({ name: 'a', role: 'ANALYST' });
    expect(s.lookups).toBe(1);
    now = 1000;
    expect(await verify('tg_a')).toEqual({ name: 'a', role: 'ANALYST' });
    expect(s.lookups).toBe(2);
  });

  it('sees a revocation made in another process once the TTL has passed', async () => {
    const s = store();
    s.active.set('tg_a', { name: 'a', role: 'VIEWER' });
    let now = 0;
    const verify = cachedKeyVerifier(s.keys, { ttlMs: 1000, now: () => now });
    expect(await verify('tg_a')).not.toBeNull();
    s.active.delete('tg_a');
    now = 999;
    expect(await verify('tg_a')).not.toBeNull();
    now = 1000;
    expect(await verify('tg_a')).toBeNull();
  });

  it('refuses a key revoked in this process from the next request on, whoever revoked it', async () => {
    const s = store();
    s.active.set('tg_a', { name: 'a', role: 'VIEWER' });
    const verify = cachedKeyVerifier(s.keys, { ttlMs: 60_000, now: () => 0 });
    expect(await verify('tg_a')).not.toBeNull();
    s.active.delete('tg_a');
    await revokeInThisProcess('a');
    expect(await verify('tg_a')).toBeNull();
  });

  it('never remembers an unknown key, so one created elsewhere works at once', async () => {
    const s = store();
    const verify = cachedKeyVerifier(s.keys, { ttlMs: 60_000, now: () => 0 });
    expect(await verify('tg_new')).toBeNull();
    expect(await verify('tg_new')).toBeNull();
    expect(s.lookups).toBe(2);
    s.active.set('tg_new', { name: 'new', role: 'EDITOR' });
    expect(await verify('tg_new')).toEqual({ name: 'new', role: 'EDITOR' });
  });

  it('shares one lookup among concurrent requests and forgets a lookup that failed', async () => {
    const s = store();
    s.active.set('tg_a', { name: 'a', role: 'VIEWER' });
    const verify = cachedKeyVerifier(s.keys, { ttlMs: 60_000, now: () => 0 });
    s.failOnce();
    await expect(verify('tg_a')).rejects.toThrow('database down');
    const answers = await Promise.all([verify('tg_a'), verify('tg_a'), verify('tg_a')]);
    expect(answers).toEqual([{ name: 'a', role: 'VIEWER' }, { name: 'a', role: 'VIEWER' }, { name: 'a', role: 'VIEWER' }]);
    expect(s.lookups).toBe(2);
  });

  it('holds at most maxKeys keys, forgetting the oldest', async () => {
    const s = store();
    for (const k of ['tg_1', 'tg_2', 'tg_3']) s.active.set(k, { name: k, role: 'VIEWER' });
    const verify = cachedKeyVerifier(s.keys, { ttlMs: 60_000, maxKeys: 2, now: () => 0 });
    for (const k of ['tg_1', 'tg_2', 'tg_3']) await verify(k);
    expect(s.lookups).toBe(3);
    await verify('tg_3');
    await verify('tg_2');
    expect(s.lookups).toBe(3);
    await verify('tg_1');
    expect(s.lookups).toBe(4);
  });
});
