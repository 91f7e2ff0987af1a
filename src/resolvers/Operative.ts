import type { OperativeResolvers } from '../generated/graphql.js';
import { pageRequest } from '../loaders/index.js';
import { linkedFrom, tieFields } from './designated-fields.js';
import { entityFields } from './entity-fields.js';
import { heldTransfers } from './money-fields.js';

export const Operative: OperativeResolvers = {
  ...entityFields,
  ...tieFields,
  linkedFrom,
  identities: (parent, args, ctx) =>
    ctx.loaders.operativeIdentities.load({ parent: parent.key, page: pageRequest(args) }),
  organizations: (parent, args, ctx) =>
    ctx.loaders.operativeOrganizations.load({ parent: parent.key, page: pageRequest(args) }),
  facilitators: (parent, args, ctx) =>
    ctx.loaders.operativeFacilitators.load({ parent: parent.key, page: pageRequest(args) }),
  wallets: (parent, args, ctx) => ctx.loaders.controlledWallets.load({ parent: parent.key, page: pageRequest(args) }),
  transfers: heldTransfers,
};
