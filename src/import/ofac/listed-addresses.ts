import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { nodeKey, walletKey } from '../../model/index.js';
import { CHAIN_NAMES, chainOfOfacAsset, checkAddress, type Chain } from '../../domain/index.js';
import type { Dataset } from '../../store/index.js';
import { listedWalletName, OFAC_AUTHORITY_KEY } from './to-dataset.js';

/**
 * Every digital currency address on the SDN list, one file per asset code
 * (`sanctioned_addresses_<ASSET>.txt`, one address a line), as extracted from OFAC's complete
 * XML edition. The files name no owner: the owner comes from `sdn.csv` when an entry's remarks
 * name the address, and is otherwise unknown (never guessed).
 */

export const ADDRESS_SOURCE_PREFIX = nodeKey('Source', 'ofac-addresses-');
export const ADDRESS_ACTION_PREFIX = nodeKey('EnforcementAction', 'ofac-address-');

/** The stand-in designation of a listed address whose owner the list does not name. */
export function listingKey(chain: Chain, address: string): string {
  return `${ADDRESS_ACTION_PREFIX}${chain}:${address}`;
}

export function addressSourceKey(listedOn: string): string {
  return `${ADDRESS_SOURCE_PREFIX}${listedOn}`;
}

/** One line of one file. */
export interface ListedAddressLine {
  /** The asset code of the file, as OFAC writes it (`XBT`, `USDT`…). */
  readonly asset: string;
  readonly address: string;
  /** `sanctioned_addresses_XBT.txt:12` */
  readonly at: string;
}

/** A listed address that is on no chain we can check, or fails its chain's checks. */
export interface RejectedAddress {
  readonly asset: string;
  readonly address: string;
  readonly at: string;
  readonly reason: string;
}

/** A listed address, checked: one per chain and canonical address, with every asset listing it. */
export interface ListedWallet {
  readonly key: string;
  readonly chain: Chain;
  readonly address: string;
  readonly assets: readonly string[];
}

const FILE = /^sanctioned_addresses_([A-Z0-9]+)\.txt$/;

export async function readListedAddresses(dir: string): Promise<ListedAddressLine[]> {
  const files = (await readdir(dir)).filter((f) => FILE.test(f)).sort();
  if (files.length === 0) throw new Error(`No sanctioned_addresses_<ASSET>.txt files in ${dir}`);
  const lines: ListedAddressLine[] = [];
  for (const file of files) {
    const asset = FILE.exec(file)![1]!;
    const text = await readFile(path.join(dir, file), 'utf8');
    text.split(/\r?\n/).forEach((line, i) => {
      const address = line.trim();
      if (address) lines.push({ asset, address, at: `${file}:${i + 1}` });
    });
  }
  return lines;
}

/**
 * Checks each line on the chain its asset code means (`chainOfOfacAsset`: XBT is bitcoin, USDT
 * and USDC are tokens on the chain their address shape says) and merges the lines that name
 * one wallet. A line that fails is reported, never dropped silently and never "corrected".
 */
export function checkListedAddresses(lines: readonly ListedAddressLine[]): {
  wallets: ListedWallet[];
  rejected: RejectedAddress[];
} {
  const wallets = new Map<string, ListedWallet>();
  const rejected: RejectedAddress[] = [];
  for (const line of lines) {
    const chain = chainOfOfacAsset(line.asset, line.address);
    const checked = chain ? checkAddress(chain, line.address) : undefined;
    if (!checked?.ok) {
      rejected.push({ ...line, reason: checked ? checked.reason : `no chain we can check for asset ${line.asset} with this address` });
      continue;
    }
    const key = walletKey(checked.chain, checked.address);
    const known = wallets.get(key);
    wallets.set(key, {
      key,
      chain: checked.chain,
      address: checked.address,
      assets: [...new Set([...(known?.assets ?? []), line.asset])].sort(),
    });
  }
  return { wallets: [...wallets.values()], rejected };
}

/** What the store already knows of a listed wallet: the SDN entries that list it, and its name. */
export interface KnownOwner {
  readonly name: string;
  /** Designations (of `sdn.csv` entries) that name the address, with the entry each targets. */
  readonly designations: readonly { readonly action: string; readonly entry: string }[];
}

/**
 * The graph facts of one list of addresses: every address a wallet citing the list; an address
 * `sdn.csv` gives an owner is designated with that owner's entry (the action targets the wallet
 * too); an address with no known owner gets a listing of its own, an OFAC designation whose
 * only target is the wallet, so it is as sanctioned as any other while its owner stays unknown.
 */
export function listedAddressesToDataset(
  wallets: readonly ListedWallet[],
  owners: ReadonlyMap<string, KnownOwner>,
  listedOn: string,
): Dataset {
  const source = addressSourceKey(listedOn);
  const real = { synthetic: false, sourceKeys: [source] } as const;
  const owned = wallets.filter((w) => owners.has(w.key));
  const unowned = wallets.filter((w) => !owners.has(w.key));
  return {
    sources: [
      {
        key: source,
        kind: 'SANCTIONS_LIST',
        title: `OFAC SDN list: every digital currency address (${listedOn})`,
        publisher: 'U.S. Department of the Treasury, Office of Foreign Assets Control',
        publishedOn: listedOn,
        synthetic: false,
      },
    ],
    wallets: wallets.map((w) => ({
      chain: w.chain,
      address: w.address,
      name: owners.get(w.key)?.name ?? listedWalletName(w.chain, undefined),
      assets: w.assets,
      ...real,
    })),
    enforcementActions: unowned.map((w) => ({
      key: listingKey(w.chain, w.address),
      kind: 'SANCTION_DESIGNATION' as const,
      title: `OFAC SDN listing of ${CHAIN_NAMES[w.chain]} address ${w.address} (owner not named in sdn.csv)`,
      reference: `SDN digital currency address ${w.address}`,
      status: 'COMPLETED' as const,
      authority: OFAC_AUTHORITY_KEY,
      targets: [w.key],
      ...real,
    })),
    links: owned.flatMap((w) =>
      owners.get(w.key)!.designations.map((d) => ({ type: 'TARGETS' as const, from: d.action, to: w.key, ...real })),
    ),
  };
}
