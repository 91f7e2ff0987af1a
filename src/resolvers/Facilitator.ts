import type { FacilitatorResolvers } from '../generated/graphql.js';
import { pageRequest } from '../loaders/index.js';
import { linkedFrom, tieFields } from './designated-fields.js';
import { entityFields } from './entity-fields.js';
import { heldTransfers } from './money-fields.js';

export const Facilitator: FacilitatorResolvers = {
  ...entityFields,
  ...tieFields,
  linkedFrom,
  facilitated: (parent, args, ctx) =>
    ctx.loaders.facilitatorOperatives.load({ parent: parent.key, page: pageRequest(args) }),
  wallets: (parent, args, ctx) => ctx.loaders.controlledWallets.load({ parent: parent.key, page: pageRequest(args) }),
  transfers: heldTransfers,
};
