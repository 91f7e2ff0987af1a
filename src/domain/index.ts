/**
 * Rules of the domain that need no database: addresses and chains, amounts, countries, dates and
 * text. Money trails (`domain/trails`) and screening (`domain/screening`) have faces of their own.
 */
export { CHAIN_NAMES, chainOfOfacAsset, checkAddress, parseChain } from './addresses.js';
export type { Chain } from './addresses.js';
export { checkAmount } from './amounts.js';
export { countryCode, countryName, countryOfPlace } from './countries.js';
export { checkMoneyInstant, checkPastDay, EARLIEST_DAY } from './dates.js';
export { characterProblem, checkText, MAX_LIST_ENTRIES, TEXT_RULES } from './text.js';
export type { TextKind } from './text.js';
