/**
 * Screening names and addresses against sanctions lists: plain inputs, plain outputs, no
 * database. The loader fetches candidates (`src/loaders/screening.ts`); this decides.
 */
export { type AttributeMatch, type GivenBirthDate, parseGivenBirthDate, ATTRIBUTE_WEIGHTS } from './attributes.js';
export { type AddressItem, type ListedAddress, readAddress, nearestListed, MAX_TYPO_DISTANCE } from './address-screen.js';
export { candidateQuery } from './candidate-query.js';
export { NameComparer } from './name-score.js';
export { type ListedParty, type NameItem, type NameMatch, type NameFeatures, rankParties, scoreParty, roundScore } from './screen-name.js';

/**
 * Candidates scoring below this are not reported. Chosen on the evaluation set
 * (`npm run eval:screen`): see the README's "Screening" section for recall and precision there.
 */
export const DEFAULT_THRESHOLD = 0.8;
/** Items one screen takes. */
export const MAX_SCREEN_ITEMS = 1000;
/** Candidates reported per item at most (`first`), and by default. */
export const MAX_CANDIDATES = 20;
export const DEFAULT_CANDIDATES = 5;
export { parseScreenItems, type ParsedItem, type ScreenItemInput } from './screen-items.js';
export { planScreen, decideScreen, type ItemResult, type Candidate, type ScreenStatus } from './screen.js';
