import type { SalaryPaymentResolvers } from '../generated/graphql.js';
import { loadNodeOf, requireNodeOf, toGlobalId } from '../loaders/index.js';
import { sourcesByKeys } from './entity-fields.js';

export const SalaryPayment: SalaryPaymentResolvers = {
  id: (parent) => toGlobalId(parent.key),
  employer: (parent, _args, ctx) => requireNodeOf(ctx.loaders.node, 'Employer', parent.employerKey),
  wallet: (parent, _args, ctx) => requireNodeOf(ctx.loaders.node, 'Wallet', parent.walletKey),
  identity: (parent, _args, ctx) =>
    parent.identityKey ? loadNodeOf(ctx.loaders.node, 'StolenIdentity', parent.identityKey) : null,
  sources: (parent, _args, ctx) => sourcesByKeys(parent.sourceKeys, ctx),
};
