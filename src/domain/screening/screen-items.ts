import { parseChain, type Chain } from '../addresses.js';
import { countryCode } from '../countries.js';
import type { FieldIssue } from '../../errors.js';
import { checkText } from '../text.js';
import { parseGivenBirthDate } from './attributes.js';
import type { AddressItem } from './address-screen.js';
import { nameForm } from './name-forms.js';
import type { NameItem } from './screen-name.js';

/** An item as the API receives it. */
export interface ScreenItemInput {
  readonly name?: string | null;
  readonly address?: string | null;
  readonly chain?: string | null;
  readonly dateOfBirth?: string | null;
  readonly country?: string | null;
}

export type ParsedItem = ({ kind: 'name' } & NameItem) | ({ kind: 'address' } & AddressItem);

/**
 * Checks every item and reports every bad field at once (`items.3.name`), so a batch of a
 * thousand is fixed in one round. A name with no letters or digits is an error here (unlike
 * `search`, where typing has just begun): a screen of nothing would report "no match".
 */
export function parseScreenItems(items: readonly ScreenItemInput[]): { items: ParsedItem[]; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const parsed: ParsedItem[] = [];
  items.forEach((item, i) => {
    const at = (field: string) => `items.${i}.${field}`;
    const issue = (field: string, message: string) => issues.push({ field: at(field), message });
    const hasName = item.name !== null && item.name !== undefined;
    const hasAddress = item.address !== null && item.address !== undefined;
    if (hasName === hasAddress) {
      issue(hasName ? 'address' : 'name', 'give a name or an address, not both and not neither');
      return;
    }
    if (hasAddress) {
      const chain: Chain | null = item.chain ? (parseChain(item.chain) ?? null) : null;
      if (item.dateOfBirth || item.country) issue(item.dateOfBirth ? 'dateOfBirth' : 'country', 'only for a name');
      const text = checkText(item.address!, 'label');
      if (!text.ok) issue('address', text.reason);
      else parsed.push({ kind: 'address', address: text.text, chain });
      return;
    }
    const text = checkText(item.name!, 'name');
    if (!text.ok) issue('name', text.reason);
    else if (nameForm(text.text).tokens.length === 0) issue('name', 'must contain at least one letter or digit');
    if (item.chain) issue('chain', 'only for an address');
    const birthDate = item.dateOfBirth ? parseGivenBirthDate(item.dateOfBirth) : null;
    if (item.dateOfBirth && !birthDate) issue('dateOfBirth', 'must be YYYY or YYYY-MM-DD, a real date');
    const country = item.country ? (countryCode(item.country) ?? (/^[A-Za-z]{2}$/.test(item.country.trim()) ? item.country.trim().toUpperCase() : null)) : null;
    if (item.country && !country) issue('country', 'must be an ISO 3166-1 alpha-2 code or a country name');
    if (text.ok) parsed.push({ kind: 'name', name: text.text, birthDate, country });
  });
  return { items: parsed, issues };
}
