import type { QueryResolvers, ScreenFeatures } from '../../generated/graphql.js';
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
  type ListedAddress,
  type ListedParty,
} from '../../domain/screening/index.js';
import type { ListedRecord, ScreenCandidateRecord } from '../../loaders/index.js';

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

function listed(record: ListedRecord | undefined) {
  // Fetched by the keys the screen kept, within the same request.
  if (!record) throw new Error('A screened record vanished between candidate and detail reads');
  return {
    node: record.record,
    lists: [...record.lists],
  };
}

function candidate(c: Candidate<ListedParty, ListedAddress>, records: ReadonlyMap<string, ListedRecord>): ScreenCandidateRecord {
  if (c.matchedBy === 'EXACT_ADDRESS') {
    return { ...listed(records.get(c.wallet.key)), score: 1, matchedBy: 'EXACT_ADDRESS', features: addressFeatures(c.wallet.address) };
  }
  const { score: _nameScore, exact, ...features } = c.features;
  return {
    ...listed(records.get(c.party.key)),
    score: c.score,
    matchedBy: 'NAME',
    features: { ...features, exactName: exact, exactIdentifier: false },
  };
}

const keyOf = (c: Candidate<ListedParty, ListedAddress>) => (c.matchedBy === 'NAME' ? c.party.key : c.wallet.key);

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
    const found = await ctx.lists.screenCandidates(plan.names, plan.addresses, plan.needListedAddresses);
    const results = decideScreen(parsed.items, found, limit, perItem);
    // Details are read only for what is reported: the candidates kept and the possible typos.
    const typoKeys = results.flatMap((r) => (r.addressCheck?.possibleTypo ? [r.addressCheck.possibleTypo.wallet.key] : []));
    const { records, listVersions } = await ctx.lists.screenRecords([...results.flatMap((r) => r.candidates.map(keyOf)), ...typoKeys]);
    return {
      threshold: limit,
      lists: [...listVersions],
      results: results.map((r) => {
        const typo = r.addressCheck?.possibleTypo;
        const typoRecord = typo ? records.get(typo.wallet.key)?.record : undefined;
        return {
          index: r.index,
          status: r.status,
          candidates: r.candidates.map((c) => candidate(c, records)),
          addressCheck: r.addressCheck && {
            valid: r.addressCheck.valid,
            reason: r.addressCheck.reason,
            possibleTypo: typo && typoRecord?.__typename === 'Wallet' ? { wallet: typoRecord, distance: typo.distance } : null,
          },
        };
      }),
    };
  },
};
