import type { WalletResolvers } from '../generated/graphql.js';
import { pageRequest } from '../loaders/index.js';
import { entityFields } from './entity-fields.js';

export const Wallet: WalletResolvers = {
  ...entityFields,
  controller: (parent, _args, ctx) => ctx.loaders.controllers.load(parent.key),
  outgoingTransfers: (parent, args, ctx) =>
    ctx.loaders.walletOutgoingTransfers.load({ parent: parent.key, page: pageRequest(args) }),
  incomingTransfers: (parent, args, ctx) =>
    ctx.loaders.walletIncomingTransfers.load({ parent: parent.key, page: pageRequest(args) }),
  salaryPayments: (parent, args, ctx) =>
    ctx.loaders.walletSalaryPayments.load({ parent: parent.key, page: pageRequest(args) }),
};
