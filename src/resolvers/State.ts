import type { StateResolvers } from '../generated/graphql.js';
import { pageRequest } from '../loaders/index.js';
import { entityFields } from './entity-fields.js';

export const State: StateResolvers = {
  ...entityFields,
  organizations: (parent, args, ctx) =>
    ctx.loaders.stateOrganizations.load({ parent: parent.key, page: pageRequest(args) }),
};
