import type { OrganizationResolvers } from '../generated/graphql.js';
import { pageRequest } from '../loaders/index.js';
import { designatedFields, linkedFrom } from './designated-fields.js';
import { entityFields } from './entity-fields.js';
import { heldTransfers } from './money-fields.js';

export const Organization: OrganizationResolvers = {
  ...entityFields,
  ...designatedFields,
  linkedFrom,
  crafts: (parent, _args, ctx) => ctx.loaders.ownedCrafts.load(parent.key),
  controlledBy: (parent, _args, ctx) => ctx.loaders.controllers.load(parent.key),
  members: (parent, args, ctx) =>
    ctx.loaders.organizationMembers.load({ parent: parent.key, page: pageRequest(args) }),
  wallets: (parent, args, ctx) => ctx.loaders.controlledWallets.load({ parent: parent.key, page: pageRequest(args) }),
  transfers: heldTransfers,
  issuedActions: (parent, args, ctx) =>
    ctx.loaders.issuedActions.load({ parent: parent.key, page: pageRequest(args) }),
};
