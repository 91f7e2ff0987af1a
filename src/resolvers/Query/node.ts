import type { QueryResolvers } from '../../generated/graphql.js';
import type { Context } from '../../context.js';
import { badUserInput, UnreachableCaseError } from '../../errors.js';
import { fromGlobalId, type AnyRecord } from '../../loaders/index.js';
import { walletKey } from '../../model/index.js';
import { checkAddress } from '../../domain/index.js';

export const MAX_NODES = 100;

/** Resolves one global id; ids that are not ours, or point nowhere, give null as Relay expects. */
async function loadByGlobalId(id: string, ctx: Context): Promise<AnyRecord | null> {
  const decoded = fromGlobalId(id);
  if (!decoded) return null;
  const { key, typename } = decoded;
  switch (typename) {
    case 'Employment':
      return ctx.loaders.employment.load(key);
    case 'SalaryPayment':
      return ctx.loaders.salaryPayment.load(key);
    case 'Transfer':
      return ctx.loaders.transfer.load(key);
    case 'State':
    case 'Organization':
    case 'Operative':
    case 'Facilitator':
    case 'StolenIdentity':
    case 'Employer':
    case 'Wallet':
    case 'EnforcementAction':
    case 'Source':
    case 'Person':
    case 'Craft':
    case 'Identifier':
      return ctx.loaders.node.load(key);
    default:
      throw new UnreachableCaseError(typename);
  }
}

export const nodeQueries: Pick<QueryResolvers, 'node' | 'nodes' | 'wallet'> = {
  node: (_root, { id }, ctx) => loadByGlobalId(id, ctx),
  nodes: (_root, { ids }, ctx) => {
    if (ids.length > MAX_NODES) throw badUserInput('ids', `at most ${MAX_NODES} ids per request`);
    return Promise.all(ids.map((id) => loadByGlobalId(id, ctx)));
  },
  wallet: async (_root, { chain, address }, ctx) => {
    const checked = checkAddress(chain, address);
    if (!checked.ok) throw badUserInput('address', checked.reason);
    const record = await ctx.loaders.node.load(walletKey(checked.chain, checked.address));
    return record?.__typename === 'Wallet' ? record : null;
  },
};
