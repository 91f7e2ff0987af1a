import type { Context } from '../context.js';
import { pageRequest } from '../loaders/index.js';

/**
 * The entities a source links this one to and the states it is tied to: every entity type has
 * them, because the graph's rules let any entity be linked and most be tied to a state, and a
 * relationship no field lists would be stored but never seen.
 */
export const tieFields = {
  stateTies: (parent: { key: string }, _args: unknown, ctx: Context) => ctx.loaders.stateTies.load(parent.key),
  linkedTo: (parent: { key: string }, _args: unknown, ctx: Context) => ctx.loaders.linkedTo.load(parent.key),
};

/**
 * Fields shared by the entities a sanctions list or court record names (persons, organisations,
 * craft): their identifiers too.
 */
export const designatedFields = {
  identifiers: (parent: { key: string }, _args: unknown, ctx: Context) => ctx.loaders.identifiers.load(parent.key),
  ...tieFields,
};

export const linkedFrom = (
  parent: { key: string },
  args: { first?: number | null; after?: string | null },
  ctx: Context,
) => ctx.loaders.linkedFrom.load({ parent: parent.key, page: pageRequest(args) });
