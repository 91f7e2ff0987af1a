import type { GraphQLResolveInfo } from 'graphql';
import type {
  MoneyFilter,
  MoneyOrder,
  SalaryPaymentConnectionResolvers,
  TransferConnectionResolvers,
  TransferDirection,
} from '../generated/graphql.js';
import type { Context } from '../context.js';
import type { MoneyEnds } from '../loaders/index.js';
import { counted, countedPage, selectsAt } from './selection.js';

/** Arguments every money page field takes. */
interface MoneyArgs {
  readonly filter?: MoneyFilter | null;
  readonly orderBy?: MoneyOrder | null;
  readonly first?: number | null;
  readonly after?: string | null;
}

/** The fields of a transfer or salary payment at the start and at the end of the movement. */
const STARTS = ['from', 'employer'];
const ENDS = ['to', 'wallet'];
/** Of those, the ones that are wallets, whose `controller` a page can fetch along. */
const WALLET_ENDS = ['from', 'to', 'wallet'];

/** Which ends the page's movements select, and how deep below them the controllers. */
function moneyEnds(info: GraphQLResolveInfo): MoneyEnds {
  const below = (path: readonly string[], names: readonly string[]) =>
    WALLET_ENDS.some((end) => selectsAt(info, ['edges', 'node', end, ...path], names));
  const controllers = below([], ['controller']) ? (below(['controller'], ['controlledBy']) ? 2 : 1) : 0;
  return { start: selectsAt(info, ['edges', 'node'], STARTS), end: selectsAt(info, ['edges', 'node'], ENDS), controllers };
}

/** The load key of a money page of `parent`. */
export const moneyPage = (parent: { key: string }, args: MoneyArgs, info: GraphQLResolveInfo) => ({
  parent: parent.key,
  page: countedPage(args, info),
  filter: args.filter,
  orderBy: args.orderBy,
  ends: moneyEnds(info),
});

const WALLET_LOADERS = { IN: 'walletIncomingTransfers', OUT: 'walletOutgoingTransfers', ANY: 'walletTransfers' } as const;
const HELD_LOADERS = { IN: 'heldIncomingTransfers', OUT: 'heldOutgoingTransfers', ANY: 'heldTransfers' } as const;

/** `Wallet.transfers`: the wallet's own transfers, either way or one. */
export const walletTransfers = (
  parent: { key: string },
  args: MoneyArgs & { direction: TransferDirection },
  ctx: Context,
  info: GraphQLResolveInfo,
) => ctx.loaders[WALLET_LOADERS[args.direction]].load(moneyPage(parent, args, info));

/** `transfers` of a party: those of the wallets it controls. */
export const heldTransfers = (
  parent: { key: string },
  args: MoneyArgs & { direction: TransferDirection },
  ctx: Context,
  info: GraphQLResolveInfo,
) => ctx.loaders[HELD_LOADERS[args.direction]].load(moneyPage(parent, args, info));

export const TransferConnection: TransferConnectionResolvers = {
  totalCount: counted,
  countsBy: (connection, { field }, ctx) => ctx.loaders.moneyGroups.load({ scope: connection.scope, group: field }),
};

export const SalaryPaymentConnection: SalaryPaymentConnectionResolvers = {
  totalCount: counted,
  countsBy: (connection, { field }, ctx) => ctx.loaders.moneyGroups.load({ scope: connection.scope, group: field }),
};
