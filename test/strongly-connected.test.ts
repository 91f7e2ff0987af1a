import { describe, expect, it } from 'vitest';
import { stronglyConnected } from '../src/domain/trails/strongly-connected.js';
import { seededRandom } from './support/random.js';

type Edge = { from: string; to: string };

/** The plain definition: two vertices share a component when each reaches the other. */
function reaches(edges: readonly Edge[], from: string): Set<string> {
  const seen = new Set([from]);
  const todo = [from];
  while (todo.length > 0) {
    const v = todo.pop()!;
    for (const e of edges) {
      if (e.from !== v || seen.has(e.to)) continue;
      seen.add(e.to);
      todo.push(e.to);
    }
  }
  return seen;
}

const vertices = (edges: readonly Edge[]) => [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort();

describe('strongly connected components', () => {
  it('groups a cycle and leaves a chain and a dead end apart', () => {
    const c = stronglyConnected([
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
      { from: 'c', to: 'a' },
      { from: 'c', to: 'd' },
      { from: 'd', to: 'e' },
    ]);
    expect(c.get('a')).toBe(c.get('b'));
    expect(c.get('b')).toBe(c.get('c'));
    expect(new Set(['a', 'd', 'e'].map((v) => c.get(v))).size).toBe(3);
  });

  it('handles a chain of 200,000 vertices without overflowing the stack', () => {
    const edges = Array.from({ length: 200_000 }, (_, i) => ({ from: `v${i}`, to: `v${i + 1}` }));
    edges.push({ from: 'v200000', to: 'v0' });
    const c = stronglyConnected(edges);
    expect(new Set(c.values()).size).toBe(1);
  });

  it('agrees with mutual reachability on 300 seeded random graphs', () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const random = seededRandom(seed);
      const n = 2 + Math.floor(random() * 14);
      const edges = Array.from({ length: Math.floor(random() * n * 2.5) }, () => ({
        from: `w${Math.floor(random() * n)}`,
        to: `w${Math.floor(random() * n)}`,
      }));
      const c = stronglyConnected(edges);
      const reach = new Map(vertices(edges).map((v) => [v, reaches(edges, v)]));
      for (const u of vertices(edges)) {
        expect(c.has(u), `seed ${seed}: ${u}`).toBe(true);
        for (const v of vertices(edges)) {
          const mutual = reach.get(u)!.has(v) && reach.get(v)!.has(u);
          expect(c.get(u) === c.get(v), `seed ${seed}: ${u}, ${v}`).toBe(mutual);
        }
      }
    }
  });
});
