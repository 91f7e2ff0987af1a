import path from 'node:path';
import type { Executor } from '../../db/index.js';
import { asMap, list, str } from '../../db/index.js';
import { projectRoot } from '../../project-root.js';
import { latestListVersion, removeSuperseded, storedKeysWithPrefix, withdraw } from '../../store/index.js';
import { writeDataset, type WriteCounts } from '../../store/index.js';
import {
  ADDRESS_ACTION_PREFIX,
  ADDRESS_SOURCE_PREFIX,
  checkListedAddresses,
  listingKey,
  listedAddressesToDataset,
  readListedAddresses,
  type KnownOwner,
  type RejectedAddress,
} from './listed-addresses.js';
import { SDN_ACTION_PREFIX, sdnSourceKey } from './to-dataset.js';

/** The copy kept in the repository (see seed/data/ofac/README.md for provenance). */
export const BUNDLED_ADDRESSES = {
  dir: path.join(projectRoot(), 'seed', 'data', 'ofac', 'addresses-2024-05-02'),
  listedOn: '2024-05-02',
} as const;

export interface AddressImportReport {
  readonly listedOn: string;
  /** Lines read per asset code. */
  readonly lines: Record<string, number>;
  readonly wallets: number;
  /** Wallets an `sdn.csv` entry names (that entry controls them); the rest have no known owner. */
  readonly withOwner: number;
  readonly written: WriteCounts;
  readonly withdrawn: number;
  readonly rejected: readonly RejectedAddress[];
  readonly seconds: number;
}

// The owners `sdn.csv` names: entries whose remarks list the address, as the SDN import wrote
// them (a CONTROLS citing an SDN list version, from an entry an SDN designation targets).
const KNOWN_OWNERS = `
UNWIND $keys AS key
MATCH (w:Node:Wallet {key: key})<-[c:CONTROLS]-(e)<-[:TARGETS]-(a:EnforcementAction)
WHERE a.key STARTS WITH $sdnActions AND any(k IN c.sourceKeys WHERE k STARTS WITH $sdnSources)
WITH w, a, e ORDER BY e.key
RETURN w.key AS wallet, w.name AS name, collect({action: a.key, entry: e.key}) AS designations`;

async function knownOwners(executor: Executor, keys: readonly string[]): Promise<Map<string, KnownOwner>> {
  const rows = await executor.read(KNOWN_OWNERS, {
    keys,
    sdnActions: SDN_ACTION_PREFIX,
    sdnSources: sdnSourceKey(''),
  });
  return new Map(
    rows.map((row) => [
      str(row, 'wallet'),
      {
        name: str(row, 'name'),
        designations: list(row, 'designations').map((value) => {
          const designation = asMap(value, 'a designation');
          return { action: str(designation, 'action'), entry: str(designation, 'entry') };
        }),
      },
    ]),
  );
}

/**
 * Imports one list of every listed address, after the SDN list (whose entries own some of the
 * addresses), in one transaction. Re-importing changes nothing; a newer list withdraws the
 * listings of owner-less addresses it no longer holds (an owned address goes with its entry's
 * designation, which the SDN import withdraws). An older list than the newest is refused.
 */
export async function importListedAddresses(
  executor: Executor,
  options: { dir: string; listedOn: string; recordedBy?: string },
): Promise<AddressImportReport> {
  const started = performance.now();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.listedOn)) throw new Error(`Not a date: ${options.listedOn}`);
  const latest = await latestListVersion(executor, ADDRESS_SOURCE_PREFIX);
  if (latest && latest > options.listedOn) {
    throw new Error(`The address list of ${latest} is already imported; refusing the older list of ${options.listedOn}`);
  }
  const lines = await readListedAddresses(options.dir);
  const { wallets, rejected } = checkListedAddresses(lines);
  const owners = await knownOwners(executor, wallets.map((w) => w.key));
  const dataset = listedAddressesToDataset(wallets, owners, options.listedOn);
  const listed = new Set((dataset.enforcementActions ?? []).map((a) => a.key));
  const ownedListings = new Set(wallets.filter((w) => owners.has(w.key)).map((w) => listingKey(w.chain, w.address)));
  const stored = (await storedKeysWithPrefix(executor, ADDRESS_ACTION_PREFIX)).filter((key) => !listed.has(key));
  const { written, withdrawn } = await executor.writeTx(async (tx) => {
    await removeSuperseded(tx, stored.filter((key) => ownedListings.has(key)));
    return {
      written: await writeDataset(tx, dataset, options.recordedBy ?? 'import:ofac'),
      withdrawn: await withdraw(tx, stored.filter((key) => !ownedListings.has(key))),
    };
  });
  const perAsset: Record<string, number> = {};
  for (const line of lines) perAsset[line.asset] = (perAsset[line.asset] ?? 0) + 1;
  return {
    listedOn: options.listedOn,
    lines: perAsset,
    wallets: wallets.length,
    withOwner: owners.size,
    written,
    withdrawn,
    rejected,
    seconds: (performance.now() - started) / 1000,
  };
}
