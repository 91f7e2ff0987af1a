import type { MutationResolvers } from '../../generated/graphql.js';
import { commands } from '../../ingest/index.js';
import { storedNode } from './stored.js';

/** Create-or-update mutations of nodes: write, then return the stored object. */
export const upsertMutations: Pick<
  MutationResolvers,
  | 'upsertSource'
  | 'upsertState'
  | 'upsertOrganization'
  | 'upsertPerson'
  | 'upsertOperative'
  | 'upsertFacilitator'
  | 'upsertStolenIdentity'
  | 'upsertEmployer'
  | 'upsertCraft'
  | 'upsertWallet'
  | 'upsertIdentifier'
  | 'recordEnforcementAction'
> = {
  upsertSource: async (_root, { input }, ctx) =>
    storedNode(ctx, 'Source', await ctx.ingest.run(commands.upsertSource(input))),
  upsertState: async (_root, { input }, ctx) =>
    storedNode(ctx, 'State', await ctx.ingest.run(commands.upsertState(input))),
  upsertOrganization: async (_root, { input }, ctx) =>
    storedNode(ctx, 'Organization', await ctx.ingest.run(commands.upsertOrganization(input))),
  upsertPerson: async (_root, { input }, ctx) =>
    storedNode(ctx, 'Person', await ctx.ingest.run(commands.upsertPerson(input))),
  upsertOperative: async (_root, { input }, ctx) =>
    storedNode(ctx, 'Operative', await ctx.ingest.run(commands.upsertOperative(input))),
  upsertFacilitator: async (_root, { input }, ctx) =>
    storedNode(ctx, 'Facilitator', await ctx.ingest.run(commands.upsertFacilitator(input))),
  upsertStolenIdentity: async (_root, { input }, ctx) =>
    storedNode(ctx, 'StolenIdentity', await ctx.ingest.run(commands.upsertNamed('StolenIdentity', input))),
  upsertEmployer: async (_root, { input }, ctx) =>
    storedNode(ctx, 'Employer', await ctx.ingest.run(commands.upsertNamed('Employer', input))),
  upsertCraft: async (_root, { input }, ctx) =>
    storedNode(ctx, 'Craft', await ctx.ingest.run(commands.upsertCraft(input))),
  upsertWallet: async (_root, { input }, ctx) =>
    storedNode(ctx, 'Wallet', await ctx.ingest.run(commands.upsertWallet(input))),
  upsertIdentifier: async (_root, { input }, ctx) =>
    storedNode(ctx, 'Identifier', await ctx.ingest.run(commands.upsertIdentifier(input))),
  recordEnforcementAction: async (_root, { input }, ctx) =>
    storedNode(ctx, 'EnforcementAction', await ctx.ingest.run(commands.recordEnforcementAction(input))),
};
