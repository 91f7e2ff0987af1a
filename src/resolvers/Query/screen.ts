import type { QueryResolvers, ResolversTypes, ScreenFeatures } from '../../generated/graphql.js';

type ScreenCandidate = ResolversTypes['ScreenCandidate'];
import { badUserInput, badUserInputs } from '../../errors.js';
import {
  DEFAULT_CANDIDATES,
  DEFAULT_THRESHOLD,
  MAX_CANDIDATES,
  MAX_SCREEN_ITEMS,
  decideScreen,
  parseScreenItems,
  planScreen,
  type Candidate,
} from '../../domain/screening/index.js';
import type { ListedPartyRecord, ListedRecord, ListedWalletRecord } from '../../loaders/screening.js';
import type { WalletRecord } from '../../loaders/records.js';

/** An address has no name evidence: only the identifier feature speaks. */
const addressFeatures = (address: string): ScreenFeatures => ({
  matchedName: address,
  alias: false,
  exactName: false,
  tokenSet: 0,
  phonetic: 0,
  romanisationVariant: false,
  transliterated: false,
  editDistance: 0,
  dateOfBirth: 'NOT_GIVEN',
  country: 'NOT_GIVEN',
  exactIdentifier: true,
});

function listed(record: ListedRecord) {
  return {
    node: record.record,
    lists: [...record.lists],
    designations: record.designations.map((d) => ({ action: d.action, route: d.route, programs: [...d.action.programs], lists: [...d.lists] })),
  };
}

function candidate(c: Candidate<ListedPartyRecord, ListedWalletRecord>): ScreenCandidate {
  if (c.matchedBy === 'EXACT_ADDRESS') {
    return { ...listed(c.wallet), score: 1, matchedBy: 'EXACT_ADDRESS', features: addressFeatures(c.wallet.address) };
  }
  const { score: _nameScore, exact, ...features } = c.features;
  return {
    ...listed(c.party),
    score: c.score,
    matchedBy: 'NAME',
    features: { ...features, exactName: exact, exactIdentifier: false },
  };
}

export const screenQueries: Pick<QueryResolvers, 'screen'> = {
  screen: async (_root, { items, threshold, first }, ctx) => {
    if (items.length > MAX_SCREEN_ITEMS) throw badUserInput('items', `must hold at most ${MAX_SCREEN_ITEMS} items`);
    const limit = threshold ?? DEFAULT_THRESHOLD;
    if (!(limit >= 0 && limit <= 1)) throw badUserInput('threshold', 'must be between 0 and 1');
    const perItem = first ?? DEFAULT_CANDIDATES;
    if (!Number.isInteger(perItem) || perItem < 1 || perItem > MAX_CANDIDATES) {
      throw badUserInput('first', `must be between 1 and ${MAX_CANDIDATES}`);
    }
    const parsed = parseScreenItems(items);
    if (parsed.issues.length > 0) throw badUserInputs(parsed.issues);
    const plan = planScreen(parsed.items);
    const found = await ctx.lists.screen(plan.names, plan.addresses, plan.needListedAddresses);
    const results = decideScreen(parsed.items, found, limit, perItem);
    // Listed addresses are fetched as chain and address only; the few offered as typos load whole,
    // in one batch.
    const typos = await Promise.all(
      results.map((r) => (r.addressCheck?.possibleTypo ? ctx.loaders.node.load(r.addressCheck.possibleTypo.wallet.key) : null)),
    );
    return {
      threshold: limit,
      lists: [...found.listVersions],
      results: results.map((r, i) => ({
        index: r.index,
        status: r.status,
        candidates: r.candidates.map(candidate),
        addressCheck: r.addressCheck && {
          valid: r.addressCheck.valid,
          reason: r.addressCheck.reason,
          possibleTypo:
            r.addressCheck.possibleTypo && typos[i]?.__typename === 'Wallet'
              ? { wallet: typos[i] as WalletRecord, distance: r.addressCheck.possibleTypo.distance }
              : null,
        },
      })),
    };
  },
};
