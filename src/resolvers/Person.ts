import type { PersonResolvers } from '../generated/graphql.js';
import { pageRequest } from '../loaders/index.js';
import { designatedFields, linkedFrom } from './designated-fields.js';
import { entityFields } from './entity-fields.js';
import { heldTransfers } from './money-fields.js';

export const Person: PersonResolvers = {
  ...entityFields,
  ...designatedFields,
  linkedFrom,
  wallets: (parent, args, ctx) => ctx.loaders.controlledWallets.load({ parent: parent.key, page: pageRequest(args) }),
  transfers: heldTransfers,
};
