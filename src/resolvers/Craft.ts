import type { CraftResolvers } from '../generated/graphql.js';
import { designatedFields, linkedFrom } from './designated-fields.js';
import { entityFields } from './entity-fields.js';

export const Craft: CraftResolvers = {
  ...entityFields,
  ...designatedFields,
  linkedFrom,
  owners: (parent, _args, ctx) => ctx.loaders.owners.load(parent.key),
};
