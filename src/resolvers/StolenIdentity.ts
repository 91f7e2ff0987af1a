import type { StolenIdentityResolvers } from '../generated/graphql.js';
import { pageRequest } from '../loaders/index.js';
import { linkedFrom, tieFields } from './designated-fields.js';
import { entityFields } from './entity-fields.js';
import { heldTransfers } from './money-fields.js';

export const StolenIdentity: StolenIdentityResolvers = {
  ...entityFields,
  ...tieFields,
  linkedFrom,
  usedBy: (parent, args, ctx) => ctx.loaders.identityOperatives.load({ parent: parent.key, page: pageRequest(args) }),
  employments: (parent, args, ctx) =>
    ctx.loaders.identityEmployments.load({ parent: parent.key, page: pageRequest(args) }),
  wallets: (parent, args, ctx) => ctx.loaders.controlledWallets.load({ parent: parent.key, page: pageRequest(args) }),
  transfers: heldTransfers,
};
