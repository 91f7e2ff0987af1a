import type { DatasetDraft as Draft } from '../store/index.js';

export { emptyDraft, type DatasetDraft as Draft } from '../store/index.js';

/**
 * Two facts about the same node or link keep the later one's values and the sources of both:
 * the store would do the same writing them one after the other, and the counts of what a batch
 * wrote stay counts of distinct facts.
 */
// `key` is there only so that sources, which cite nothing, fit the bound (TypeScript refuses an
// argument that shares no property with an all-optional type).
type Fact = { readonly key?: string; readonly sourceKeys?: readonly string[] };

function mergeBy<T extends Fact>(items: readonly T[], id: (item: T) => string): T[] {
  const merged = new Map<string, T>();
  for (const item of items) {
    const key = id(item);
    const earlier = merged.get(key);
    if (earlier?.sourceKeys && item.sourceKeys) {
      const sourceKeys = [...new Set([...earlier.sourceKeys, ...item.sourceKeys])];
      merged.set(key, { ...item, sourceKeys });
    } else {
      merged.set(key, item);
    }
  }
  return [...merged.values()];
}

const byKey = (item: { key: string }) => item.key;
// The same key between other endpoints is a different fact: kept, so the store reports the clash.
const byKeyAndEnds = (item: { key: string; from?: string; to?: string }) => `${item.key} ${item.from} ${item.to}`;

export function mergeDrafts(drafts: readonly Draft[]): Draft {
  const all = <K extends keyof Draft>(name: K) => drafts.flatMap((d) => d[name] as Draft[K][number][]);
  return {
    sources: mergeBy(all('sources'), byKey),
    states: mergeBy(all('states'), byKey),
    organizations: mergeBy(all('organizations'), byKey),
    operatives: mergeBy(all('operatives'), byKey),
    facilitators: mergeBy(all('facilitators'), byKey),
    stolenIdentities: mergeBy(all('stolenIdentities'), byKey),
    employers: mergeBy(all('employers'), byKey),
    persons: mergeBy(all('persons'), byKey),
    crafts: mergeBy(all('crafts'), byKey),
    identifiers: mergeBy(all('identifiers'), byKey),
    wallets: mergeBy(all('wallets'), (w) => `${w.chain}:${w.address}`),
    enforcementActions: mergeBy(all('enforcementActions'), byKey),
    links: mergeBy(all('links'), (l) => `${l.type} ${l.from} ${l.to}`),
    employments: mergeBy(all('employments'), (e) => byKeyAndEnds({ key: e.key, from: e.employer, to: e.identity })),
    salaryPayments: mergeBy(all('salaryPayments'), (p) => byKeyAndEnds({ key: p.key, from: p.employer, to: p.wallet })),
    transfers: mergeBy(all('transfers'), byKeyAndEnds),
    citations: mergeBy(all('citations'), byKey),
  };
}
