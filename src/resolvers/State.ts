import type { StateResolvers } from '../generated/graphql.js';
import { pageRequest } from '../loaders/index.js';
import { linkedFrom, tieFields } from './designated-fields.js';
import { entityFields } from './entity-fields.js';

export const State: StateResolvers = {
  ...entityFields,
  linkedTo: tieFields.linkedTo,
  linkedFrom,
  organizations: (parent, args, ctx) =>
    ctx.loaders.stateOrganizations.load({ parent: parent.key, page: pageRequest(args) }),
};
