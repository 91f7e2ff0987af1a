/**
 * The strongly connected components of a directed graph given as edges (Tarjan's algorithm,
 * iterative, so a long chain cannot overflow the stack): each vertex's component number. Two
 * vertices share a component exactly when each can reach the other, so every cycle, and every
 * walk that comes back to where it started, stays within one component.
 */
export function stronglyConnected(edges: readonly { readonly from: string; readonly to: string }[]): Map<string, number> {
  const out = new Map<string, string[]>();
  for (const e of edges) {
    const list = out.get(e.from);
    if (list) list.push(e.to);
    else out.set(e.from, [e.to]);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const component = new Map<string, number>();
  let visited = 0;
  let components = 0;
  const enter = (v: string, frames: { v: string; next: number }[]) => {
    index.set(v, visited);
    low.set(v, visited);
    visited += 1;
    stack.push(v);
    onStack.add(v);
    frames.push({ v, next: 0 });
  };
  for (const root of out.keys()) {
    if (index.has(root)) continue;
    const frames: { v: string; next: number }[] = [];
    enter(root, frames);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const targets = out.get(frame.v) ?? [];
      if (frame.next < targets.length) {
        const w = targets[frame.next]!;
        frame.next += 1;
        if (!index.has(w)) enter(w, frames);
        else if (onStack.has(w)) low.set(frame.v, Math.min(low.get(frame.v)!, index.get(w)!));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.v, Math.min(low.get(parent.v)!, low.get(frame.v)!));
      if (low.get(frame.v) === index.get(frame.v)) {
        for (let w = stack.pop(); w !== undefined; w = w === frame.v ? undefined : stack.pop()) {
          onStack.delete(w);
          component.set(w, components);
        }
        components += 1;
      }
    }
  }
  return component;
}
