import type { MoneyHopResolvers, MoneyTrailResolvers } from '../generated/graphql.js';
import { requireEntity, requireNodeOf } from '../loaders/index.js';

const iso = (ms: number) => new Date(ms).toISOString();

export const MoneyTrail: MoneyTrailResolvers = {
  length: (trail) => trail.hops.length,
  firstAt: (trail) => iso(trail.hops[0]?.at ?? 0),
  lastAt: (trail) => iso(trail.hops.at(-1)?.at ?? 0),
  controlChain: (trail, _args, ctx) => Promise.all(trail.controlChain.map((key) => requireEntity(ctx.loaders.node, key))),
};

export const MoneyHop: MoneyHopResolvers = {
  at: (hop) => iso(hop.at),
  from: (hop, _args, ctx) => requireEntity(ctx.loaders.node, hop.from),
  to: (hop, _args, ctx) => requireNodeOf(ctx.loaders.node, 'Wallet', hop.to),
  movement: async (hop, _args, ctx) => {
    const loader = hop.kind === 'SALARY' ? ctx.loaders.salaryPayment : ctx.loaders.transfer;
    const record = await loader.load(hop.key);
    if (!record) throw new Error(`Hop ${hop.key} is not stored`);
    return record;
  },
};
