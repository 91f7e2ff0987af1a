import type { Context } from '../context.js';
import { pageRequest } from '../loaders/index.js';

/**
 * Fields shared by the entities a sanctions list or court record names (persons, organisations,
 * craft): their identifiers, the states they are tied to, and the entities they are linked to.
 */
export const designatedFields = {
  identifiers: (parent: { key: string }, _args: unknown, ctx: Context) => ctx.loaders.identifiers.load(parent.key),
  stateTies: (parent: { key: string }, _args: unknown, ctx: Context) => ctx.loaders.stateTies.load(parent.key),
  linkedTo: (parent: { key: string }, _args: unknown, ctx: Context) => ctx.loaders.linkedTo.load(parent.key),
};

export const linkedFrom = (
  parent: { key: string },
  args: { first?: number | null; after?: string | null },
  ctx: Context,
) => ctx.loaders.linkedFrom.load({ parent: parent.key, page: pageRequest(args) });
