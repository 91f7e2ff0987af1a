import type { CraftResolvers } from '../generated/graphql.js';
import { designatedFields } from './designated-fields.js';
import { entityFields } from './entity-fields.js';

export const Craft: CraftResolvers = {
  ...entityFields,
  ...designatedFields,
  owners: (parent, _args, ctx) => ctx.loaders.owners.load(parent.key),
};
