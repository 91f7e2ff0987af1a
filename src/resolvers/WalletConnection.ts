import { badUserInput } from '../errors.js';
import type { WalletConnectionResolvers } from '../generated/graphql.js';

export const WalletConnection: WalletConnectionResolvers = {
  // Only the top-level list knows the filter its counts must honour; a relationship field's page
  // (`Organization.wallets`) is built whole by a batch loader and carries no such reader.
  countsBy: (parent, { field }) => {
    if (!('countsBy' in parent)) {
      throw badUserInput('countsBy', 'is answered on the top-level `wallets` list only; page through this list to count it');
    }
    return parent.countsBy(field);
  },
};
