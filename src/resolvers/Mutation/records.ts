import type { MutationResolvers } from '../../generated/graphql.js';
import { commands } from '../../ingest/index.js';
import { storedEdge } from './stored.js';

/** Mutations that record relationships: money, employment, links and citations. */
export const recordMutations: Pick<
  MutationResolvers,
  'recordEmployment' | 'recordSalaryPayment' | 'recordTransfer' | 'link' | 'attachSources'
> = {
  recordEmployment: async (_root, { input }, ctx) =>
    storedEdge(ctx, ctx.loaders.employment, commands.recordEmployment(input)),
  recordSalaryPayment: async (_root, { input }, ctx) =>
    storedEdge(ctx, ctx.loaders.salaryPayment, commands.recordSalaryPayment(input)),
  recordTransfer: async (_root, { input }, ctx) =>
    storedEdge(ctx, ctx.loaders.transfer, commands.recordTransfer(input)),
  link: async (_root, { input }, ctx) => {
    const command = commands.link(input);
    await ctx.ingest.run(command);
    return { kind: input.kind, fromKey: command.fromKey, toKey: command.toKey };
  },
  attachSources: async (_root, { input }, ctx) => {
    const key = await ctx.ingest.run(commands.attachSources(input));
    ctx.loaders.node.clear(key);
    const record = await ctx.loaders.node.load(key);
    if (!record) throw new Error(`Written ${key} cannot be read back`);
    return record;
  },
};
