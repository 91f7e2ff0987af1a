import type { WalletResolvers } from '../generated/graphql.js';
import { moneyPage, walletTransfers } from './money-fields.js';
import { linkedFrom, tieFields } from './designated-fields.js';
import { entityFields } from './entity-fields.js';

export const Wallet: WalletResolvers = {
  ...entityFields,
  ...tieFields,
  linkedFrom,
  controller: (parent, _args, ctx) => ctx.loaders.controllers.load(parent.key),
  listed: async (parent, _args, ctx) =>
    (await ctx.loaders.sanctions.load(parent.key)).some((s) => s.route === 'LISTED_ADDRESS' && s.list !== null),
  outgoingTransfers: (parent, args, ctx, info) => ctx.loaders.walletOutgoingTransfers.load(moneyPage(parent, args, info)),
  incomingTransfers: (parent, args, ctx, info) => ctx.loaders.walletIncomingTransfers.load(moneyPage(parent, args, info)),
  transfers: walletTransfers,
  salaryPayments: (parent, args, ctx, info) => ctx.loaders.walletSalaryPayments.load(moneyPage(parent, args, info)),
};
