import type { WalletResolvers } from '../generated/graphql.js';
import { pageRequest } from '../loaders/index.js';
import { linkedFrom, tieFields } from './designated-fields.js';
import { entityFields } from './entity-fields.js';

export const Wallet: WalletResolvers = {
  ...entityFields,
  ...tieFields,
  linkedFrom,
  controller: (parent, _args, ctx) => ctx.loaders.controllers.load(parent.key),
  listed: async (parent, _args, ctx) =>
    (await ctx.loaders.sanctions.load(parent.key)).some((s) => s.route === 'LISTED_ADDRESS' && s.list !== null),
  outgoingTransfers: (parent, args, ctx) =>
    ctx.loaders.walletOutgoingTransfers.load({ parent: parent.key, page: pageRequest(args) }),
  incomingTransfers: (parent, args, ctx) =>
    ctx.loaders.walletIncomingTransfers.load({ parent: parent.key, page: pageRequest(args) }),
  salaryPayments: (parent, args, ctx) =>
    ctx.loaders.walletSalaryPayments.load({ parent: parent.key, page: pageRequest(args) }),
};
