import type { LinkType } from '../../model/index.js';
import { DPRK_ISO, identifierKey, nodeKey, stateKey, walletKey } from '../../model/index.js';
import { CHAIN_NAMES, chainOfOfacAsset, checkAddress, type Chain } from '../../domain/index.js';
import { countryCode, countryName, countryOfPlace } from '../../domain/index.js';
import type { Dataset } from '../../store/index.js';
import type { RejectedFact, SdnEntry } from './sdn-entry.js';

/**
 * Maps parsed SDN entries onto the graph. Individuals become `Person`s, entities
 * `Organization`s (kind OTHER: the list does not say what they are), vessels and aircraft
 * `Craft`. Every fact cites the list version it came from and nothing is inferred beyond it.
 *
 * North Korean ties are kept apart by reason, each its own relationship to the DPRK state:
 * - `DESIGNATED_UNDER`: listed under a DPRK programme (DPRK, DPRK2, DPRK3, DPRK4, DPRK-NKSPEA),
 *   or made subject to the North Korea Sanctions Regulations (31 CFR 510) by its remarks, which
 *   is how the list marks the many North Korean banks it designates under NPWMD;
 * - `NATIONAL_OF` / `CITIZEN_OF` / `BORN_IN`: nationality, citizenship, place of birth;
 * - `REGISTERED_IN`: a craft's flag or nationality of registration;
 * - `HAS_IDENTIFIER` → `ISSUED_BY`: holds a document or registration the DPRK issued;
 * - `LINKED_TO`: linked to another entry, which is North Korean only if it has a tie of its own.
 * The same rules apply to every state the list names, so ties to other states come for free.
 */

export const OFAC_AUTHORITY_KEY = nodeKey('Organization', 'us-treasury-ofac');
/** Designations are keyed by this and the entry's number. */
export const SDN_ACTION_PREFIX = nodeKey('EnforcementAction', 'ofac-sdn-');

function isDprkProgram(program: string): boolean {
  return /^DPRK/.test(program);
}

function underDprkSanctions(entry: SdnEntry): boolean {
  return entry.programs.some(isDprkProgram) || entry.otherRemarks.some((r) => r.includes('North Korea Sanctions Regulations'));
}

/** A listed wallet's name: its chain and, when the list names it, the entry it belongs to. */
export function listedWalletName(chain: Chain, owner: string | undefined): string {
  return owner ? `${CHAIN_NAMES[chain]} address of ${owner}` : `${CHAIN_NAMES[chain]} address on the OFAC SDN list (owner not named)`;
}

export function sdnSourceKey(publishedOn: string): string {
  return nodeKey('Source', `ofac-sdn-${publishedOn}`);
}

export function entryKey(entry: Pick<SdnEntry, 'entNum' | 'type'>): string {
  const typename = entry.type === 'individual' ? 'Person' : entry.type === 'entity' ? 'Organization' : 'Craft';
  return nodeKey(typename, `ofac-${entry.entNum}`);
}

/** Names as `Linked To:` writes them: case and spacing vary, trailing dots do not matter. */
const nameKey = (name: string) => name.toUpperCase().replace(/\s+/g, ' ').replace(/\.+$/, '').trim();

export interface SdnMapping {
  readonly dataset: Dataset;
  readonly rejected: RejectedFact[];
  /** ISO codes of every state the entries are tied to (the importer creates the absent ones). */
  readonly stateCodes: ReadonlySet<string>;
}

export function sdnToDataset(entries: readonly SdnEntry[], publishedOn: string): SdnMapping {
  const source = sdnSourceKey(publishedOn);
  const real = { synthetic: false, sourceKeys: [source] } as const;
  const rejected: RejectedFact[] = [];
  const stateCodes = new Set<string>();
  const links: { type: LinkType; from: string; to: string; synthetic: false; sourceKeys: readonly string[] }[] = [];
  const link = (type: LinkType, from: string, to: string) => links.push({ type, from, to, ...real });
  const toState = (type: LinkType, from: string, iso: string) => {
    stateCodes.add(iso);
    link(type, from, stateKey(iso));
  };

  const byPrimaryName = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  const index = (map: Map<string, string[]>, name: string, key: string) => {
    const keys = map.get(nameKey(name)) ?? [];
    if (!keys.includes(key)) keys.push(key);
    map.set(nameKey(name), keys);
  };
  for (const entry of entries) {
    index(byPrimaryName, entry.name, entryKey(entry));
    for (const name of [entry.name, ...entry.aliases]) index(byName, name, entryKey(entry));
  }
  /** Primary names win over aliases; a name shared by several entries links to none. */
  const resolve = (name: string, entry: SdnEntry, fact: string): string | undefined => {
    const keys = byPrimaryName.get(nameKey(name)) ?? byName.get(nameKey(name)) ?? [];
    if (keys.length === 1) return keys[0];
    rejected.push({
      entNum: entry.entNum,
      name: entry.name,
      fact,
      reason: keys.length === 0 ? 'names no entry of this list' : `names ${keys.length} entries of this list`,
    });
    return undefined;
  };
  const country = (entry: SdnEntry, fact: string, name: string): string | undefined => {
    const iso = countryCode(name);
    if (!iso) rejected.push({ entNum: entry.entNum, name: entry.name, fact, reason: `unknown country "${name}"` });
    return iso;
  };

  const persons: NonNullable<Dataset['persons']>[number][] = [];
  const organizations: NonNullable<Dataset['organizations']>[number][] = [];
  const crafts: NonNullable<Dataset['crafts']>[number][] = [];
  const identifiers = new Map<string, NonNullable<Dataset['identifiers']>[number]>();
  const wallets = new Map<string, NonNullable<Dataset['wallets']>[number]>();
  const actions: NonNullable<Dataset['enforcementActions']>[number][] = [];
  const walletKeysOf = new Map<string, Set<string>>();

  for (const entry of entries) {
    const key = entryKey(entry);
    const base = { key, name: entry.name, aliases: entry.aliases, remarks: entry.otherRemarks, ...real };
    if (entry.type === 'individual') {
      persons.push({
        ...base,
        birthDates: entry.birthDates,
        birthPlaces: entry.birthPlaces,
        gender: entry.gender,
        title: entry.title,
      });
    } else if (entry.type === 'entity') {
      organizations.push({ ...base, kind: 'OTHER' });
    } else {
      const owner = entry.vesselOwner ? resolveOwner(entry.vesselOwner) : undefined;
      crafts.push({
        ...base,
        kind: entry.type === 'vessel' ? 'VESSEL' : 'AIRCRAFT',
        callSign: entry.callSign,
        model: entry.vesselType,
        tonnage: entry.tonnage,
        grossRegisteredTonnage: entry.grossRegisteredTonnage,
        ownerName: owner ? undefined : entry.vesselOwner,
      });
      if (owner) link('OWNS', owner, key);
      if (entry.vesselFlag) {
        const iso = country(entry, `Vess_flag ${entry.vesselFlag}`, entry.vesselFlag);
        if (iso) toState('REGISTERED_IN', key, iso);
      }
    }

    if (underDprkSanctions(entry)) toState('DESIGNATED_UNDER', key, DPRK_ISO);
    for (const name of entry.nationalities) {
      const iso = country(entry, `nationality ${name}`, name);
      if (iso) toState(entry.type === 'vessel' || entry.type === 'aircraft' ? 'REGISTERED_IN' : 'NATIONAL_OF', key, iso);
    }
    for (const name of entry.citizenships) {
      const iso = country(entry, `citizen ${name}`, name);
      if (iso) toState('CITIZEN_OF', key, iso);
    }
    // A place of birth is kept as written whether or not its country resolves.
    for (const place of entry.birthPlaces) {
      const iso = countryOfPlace(place);
      if (iso) toState('BORN_IN', key, iso);
    }
    for (const id of entry.identifiers) {
      const iso = id.country ? country(entry, `${id.type} ${id.value} (${id.country})`, id.country) : undefined;
      const idKey = identifierKey(id.type, id.value, iso);
      identifiers.set(idKey, {
        key: idKey,
        type: id.type,
        value: id.value,
        issuedOn: id.issued,
        expiresOn: id.expires,
        ...real,
      });
      link('HAS_IDENTIFIER', key, idKey);
      if (iso) toState('ISSUED_BY', idKey, iso);
    }
    for (const { asset, address } of entry.digitalCurrencyAddresses) {
      const fact = `Digital Currency Address - ${asset} ${address}`;
      const chain = chainOfOfacAsset(asset, address);
      const checked = chain ? checkAddress(chain, address) : undefined;
      if (!checked?.ok) {
        const reason = checked ? checked.reason : `no supported chain for asset ${asset} with this address`;
        rejected.push({ entNum: entry.entNum, name: entry.name, fact, reason });
        continue;
      }
      const wKey = walletKey(checked.chain, checked.address);
      // One wallet per chain and address: an address listed under ETH, USDT and USDC is one
      // Ethereum wallet holding three assets, named for its chain and its first listed owner.
      const known = wallets.get(wKey);
      const assets = [...new Set([...(known?.assets ?? []), asset.trim().toUpperCase()])];
      wallets.set(wKey, {
        chain: checked.chain,
        address: checked.address,
        name: known?.name ?? listedWalletName(checked.chain, entry.name),
        assets,
        ...real,
      });
      if (!walletKeysOf.get(key)?.has(wKey)) link('CONTROLS', key, wKey);
      walletKeysOf.set(key, new Set([...(walletKeysOf.get(key) ?? []), wKey]));
    }
    for (const name of entry.linkedTo) {
      const target = resolve(name, entry, `Linked To: ${name}`);
      if (target && target !== key) link('LINKED_TO', key, target);
    }
    actions.push({
      key: `${SDN_ACTION_PREFIX}${entry.entNum}`,
      kind: 'SANCTION_DESIGNATION',
      title: `OFAC SDN designation: ${entry.name}`,
      reference: `SDN ent_num ${entry.entNum}`,
      programs: entry.programs,
      status: 'COMPLETED',
      authority: OFAC_AUTHORITY_KEY,
      // The addresses an entry lists are designated with it (LISTED_ADDRESS on the wallet).
      targets: [key, ...(walletKeysOf.get(key) ?? [])],
      ...real,
    });
  }

  function resolveOwner(owner: string): string | undefined {
    const keys = byPrimaryName.get(nameKey(owner)) ?? byName.get(nameKey(owner)) ?? [];
    return keys.length === 1 ? keys[0] : undefined;
  }

  return {
    dataset: {
      sources: [
        {
          key: source,
          kind: 'SANCTIONS_LIST',
          title: `OFAC Specially Designated Nationals and Blocked Persons List (${publishedOn})`,
          publisher: 'U.S. Department of the Treasury, Office of Foreign Assets Control',
          publishedOn,
          synthetic: false,
        },
      ],
      organizations: [
        {
          key: OFAC_AUTHORITY_KEY,
          name: 'Office of Foreign Assets Control',
          aliases: ['OFAC', 'U.S. Department of the Treasury, Office of Foreign Assets Control'],
          kind: 'AGENCY',
          ...real,
        },
        ...organizations,
      ],
      persons,
      crafts,
      identifiers: [...identifiers.values()],
      wallets: [...wallets.values()],
      enforcementActions: actions,
      links,
    },
    rejected,
    stateCodes,
  };
}

/** State nodes for codes the store does not hold yet, named in English. */
export function statesFor(codes: Iterable<string>, publishedOn: string): NonNullable<Dataset['states']> {
  return [...codes].map((iso) => ({
    key: stateKey(iso),
    name: countryName(iso) ?? iso,
    isoCode: iso,
    synthetic: false,
    sourceKeys: [sdnSourceKey(publishedOn)],
  }));
}
