import type { Executor } from '../src/db/index.js';
import { sdnSourceKey } from '../src/import/ofac/index.js';
import { walletKey } from '../src/model/index.js';
import { BUNDLED_ADDRESSES, importListedAddresses } from '../src/import/ofac/index.js';
import { BUNDLED_SDN, importSdn } from '../src/import/ofac/index.js';
import { ADDRESS_SOURCE_PREFIX } from '../src/import/ofac/index.js';
import type { Dataset } from '../src/store/index.js';
import { latestListVersion } from '../src/store/index.js';
import { writeDataset, type WriteCounts } from '../src/store/index.js';
import { realCase } from './case-real.js';
import { syntheticCase } from './case-synthetic.js';

/** The case dataset: real facts from the seed articles, then the synthetic trail that uses them. */
export const CASE_DATASETS: readonly Dataset[] = [realCase, syntheticCase];

/** Loads the case in one transaction; loading it again changes nothing. */
export async function seedCase(executor: Executor): Promise<WriteCounts> {
  return executor.writeTx(async (tx) => {
    const counts: WriteCounts = {};
    for (const dataset of CASE_DATASETS) {
      for (const [kind, n] of Object.entries(await writeDataset(tx, dataset, 'seed:case'))) {
        counts[kind] = (counts[kind] ?? 0) + n;
      }
    }
    return counts;
  });
}

/**
 * The case, then the bundled OFAC SDN list, then every address on it (whose owners the SDN list
 * names). Idempotent; the executor needs a batch-job timeout.
 */
export async function seedAll(executor: Executor, log: (msg: string) => void): Promise<void> {
  const counts = await seedCase(executor);
  log(`seeded the case dataset: ${JSON.stringify(counts)}`);
  await importBundledSdn(executor, log);
  await importBundledAddresses(executor, log);
}

async function importBundledAddresses(executor: Executor, log: (msg: string) => void): Promise<void> {
  const latest = await latestListVersion(executor, ADDRESS_SOURCE_PREFIX);
  if (latest && latest > BUNDLED_ADDRESSES.listedOn) {
    log(`the store holds the address list of ${latest}, newer than the bundled ${BUNDLED_ADDRESSES.listedOn}; keeping it`);
    return;
  }
  const report = await importListedAddresses(executor, BUNDLED_ADDRESSES);
  log(
    `imported every address on the OFAC SDN list of ${report.listedOn}: ${report.wallets} wallets ` +
      `(${report.withOwner} with an owner the list names), ${report.rejected.length} lines rejected ` +
      `(see npm run import:ofac), in ${report.seconds.toFixed(1)} s`,
  );
}

async function importBundledSdn(executor: Executor, log: (msg: string) => void): Promise<void> {
  // An import refuses an older list than the newest it holds; the seed just keeps the newer one.
  const latest = await latestListVersion(executor, SDN_SOURCE_PREFIX);
  if (latest && latest > BUNDLED_SDN.publishedOn) {
    log(`the store holds the SDN list of ${latest}, newer than the bundled ${BUNDLED_SDN.publishedOn}; keeping it`);
    return;
  }
  const sdn = await importSdn(executor, { file: BUNDLED_SDN.file });
  const entries = Object.values(sdn.entries).reduce((a, b) => a + b, 0);
  log(
    `imported the OFAC SDN list of ${sdn.publishedOn}: ${entries} entries, ` +
      `${sdn.rejected.length} facts rejected (see npm run import:ofac), in ${sdn.seconds.toFixed(1)} s`,
  );
}

/** Whether a dataset of the seed is in the store: all of it, none of it, or (edited away) some. */
export type SeedPartState = 'present' | 'missing' | 'partial';

/** The seed's datasets: the case, the SDN list and the list of every address on it (any version of each). */
export interface SeedStatus {
  readonly case: SeedPartState;
  readonly sdn: SeedPartState;
  readonly addresses: SeedPartState;
}

const PARTS = ['case', 'sdn', 'addresses'] as const;

const SDN_SOURCE_PREFIX = sdnSourceKey('');

/** Keys of every node the case writes. */
export function caseNodeKeys(): string[] {
  return CASE_DATASETS.flatMap((d) => [
    ...[
      ...(d.sources ?? []),
      ...(d.states ?? []),
      ...(d.organizations ?? []),
      ...(d.operatives ?? []),
      ...(d.facilitators ?? []),
      ...(d.stolenIdentities ?? []),
      ...(d.employers ?? []),
      ...(d.enforcementActions ?? []),
    ].map((n) => n.key),
    ...(d.wallets ?? []).map((w) => walletKey(w.chain, w.address)),
  ]);
}

/**
 * Which datasets of the seed the store holds. Each is written in one transaction, so a start
 * that died while seeding leaves each dataset either complete or absent.
 */
export async function seedStatus(executor: Executor): Promise<SeedStatus & { readonly empty: boolean }> {
  const keys = [...new Set(caseNodeKeys())];
  const [row] = await executor.read(
    `CALL { MATCH (n:Node) WHERE n.key IN $keys RETURN count(n) AS found }
     CALL { MATCH (s:Source) WHERE s.key STARTS WITH $sdn RETURN count(s) AS lists }
     CALL { MATCH (s:Source) WHERE s.key STARTS WITH $addresses RETURN count(s) AS addressLists }
     CALL { MATCH (n:Node) RETURN count(n) AS nodes }
     RETURN found, lists, addressLists, nodes`,
    { keys, sdn: SDN_SOURCE_PREFIX, addresses: ADDRESS_SOURCE_PREFIX },
  );
  const found = Number(row?.found ?? 0);
  return {
    case: found === 0 ? 'missing' : found === keys.length ? 'present' : 'partial',
    sdn: Number(row?.lists ?? 0) > 0 ? 'present' : 'missing',
    addresses: Number(row?.addressLists ?? 0) > 0 ? 'present' : 'missing',
    empty: Number(row?.nodes ?? 0) === 0,
  };
}

/**
 * What `npm start` does with `SEED_ON_EMPTY`: seeds an empty store, finishes a seed that stopped
 * part-way (the case is there, the SDN list is not: a start killed while loading it), and
 * otherwise leaves live data alone, warning about any dataset of the seed that is missing.
 * Returns what the store holds afterwards.
 */
export async function seedMissing(
  executor: Executor,
  log: (msg: string) => void,
  warn: (msg: string) => void,
): Promise<SeedStatus> {
  const found = await seedStatus(executor);
  if (found.empty) {
    await seedAll(executor, log);
    return { case: 'present', sdn: 'present', addresses: 'present' };
  }
  if (found.case === 'present') {
    // Each dataset is one transaction, so what is missing is whole: a start killed while
    // loading it, or a store seeded before the dataset joined the seed.
    if (found.sdn === 'missing') {
      log('the case is seeded but the OFAC SDN list is not (an earlier seed stopped part-way); loading it');
      await importBundledSdn(executor, log);
    }
    if (found.addresses === 'missing') {
      log('the OFAC list of every listed address is not in the store; loading it');
      await importBundledAddresses(executor, log);
    }
    if (found.sdn === 'missing' || found.addresses === 'missing') return { case: 'present', sdn: 'present', addresses: 'present' };
  }
  const missing = PARTS.filter((part) => found[part] !== 'present');
  if (missing.length > 0) {
    warn(
      `the database holds data but the seed's ${missing.map((p) => `${p} dataset is ${found[p]}`).join(' and ')}; ` +
        'not seeding over live data (npm run seed loads it)',
    );
  } else {
    log('database already holds the seed; not seeding');
  }
  return { case: found.case, sdn: found.sdn, addresses: found.addresses };
}
