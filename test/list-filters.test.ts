import { describe, expect, expectTypeOf, it } from 'vitest';
import { type FilterOf, type FilterParams, LIST_SPECS } from '../src/loaders/list-queries.js';
import type { Lists } from '../src/loaders/index.js';

/**
 * Each list's filter is derived from its spec, so a resolver that passes a key the list has no
 * predicate for, or a value of the wrong type, fails to compile (`npm run typecheck` covers this
 * file); the runtime checks below keep the specs and the predicates they file in agreement.
 */

describe('list filter types', () => {
  it('have exactly the keys of their spec', () => {
    expectTypeOf<keyof FilterOf<'Wallet'>>().toEqualTypeOf<'nameContains' | 'synthetic' | 'chains' | 'assets'>();
    expectTypeOf<keyof FilterOf<'Source'>>().toEqualTypeOf<'kinds' | 'titleContains'>();
    expectTypeOf<keyof FilterOf<'EnforcementAction'>>().toEqualTypeOf<
      'kinds' | 'statuses' | 'dateFrom' | 'dateTo' | 'synthetic'
    >();
    expectTypeOf<Parameters<Lists['wallets']>[0]>().toEqualTypeOf<FilterOf<'Wallet'>>();
  });

  it('refuse misspelt and foreign keys and wrong value types', () => {
    const wallets: FilterOf<'Wallet'>[] = [
      { nameContains: 'lazarus', chains: ['ETH'], synthetic: null },
      // @ts-expect-error a misspelt key
      { nameContain: 'lazarus' },
      // @ts-expect-error a key of another list: wallets have no roles
      { roles: ['IT_WORKER'] },
      // @ts-expect-error synthetic is a boolean
      { synthetic: 'yes' },
    ];
    // @ts-expect-error sources are filtered by title, not name
    const sources: FilterOf<'Source'> = { nameContains: 'ofac' };
    expect(wallets).toHaveLength(4);
    expect(sources).toBeDefined();
  });

  it('are all filters the list query accepts', () => {
    expectTypeOf<FilterOf<'Organization'>>().toMatchTypeOf<FilterParams>();
    expectTypeOf<FilterOf<'Craft'>>().toMatchTypeOf<FilterParams>();
  });
});

describe('list specs', () => {
  it('file each predicate under the parameter it reads', () => {
    for (const [list, spec] of Object.entries(LIST_SPECS)) {
      for (const [name, predicate] of Object.entries(spec.predicates)) {
        expect(predicate, `${list}.${name}`).toContain(`$f.${name} IS NULL`);
      }
    }
  });
});
