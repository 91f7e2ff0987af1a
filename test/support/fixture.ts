import type { Database } from '../../src/db/database.js';
import type { Dataset } from '../../src/store/dataset.js';
import { writeDataset } from '../../src/store/write-dataset.js';

/**
 * The data of one test file. Its keys read `<type>:<prefix>-<name>` and its wallet addresses
 * start with the prefix's letters in hex, so no two files write the same node (the ETH
 * addresses two files once both built from `0xcd…` were one wallet), and `remove` finds
 * everything the file wrote, through `write` or through mutations with keys of its own, without
 * a list of keys kept by hand. Each file names its prefix once (`fixture('xpo')`);
 * test/suite-layout.test.ts checks that no two files share one.
 */
export interface Fixture {
  readonly prefix: string;
  /** `fixture('xpo').key('org', 'front')` is `org:xpo-front`. */
  key(type: string, name: string): string;
  /** The file's n-th ETH address (n ≥ 0): `0x`, the prefix in hex, then n in hex. */
  address(n: number): string;
  /** The key of the wallet at `address(n)`. */
  wallet(n: number): string;
  /** The n of one of the file's addresses, in any casing (GraphQL shows EIP-55 mixed case). */
  numberOf(address: string): number;
  /** Writes the dataset in one transaction; refuses a node or relationship key not of this file. */
  write(db: Database, dataset: Dataset, options?: TxOptions): Promise<void>;
  /** Deletes the file's relationships, then its nodes with whatever still touches them. */
  remove(db: Database, options?: TxOptions): Promise<void>;
}

interface TxOptions {
  /** For large fixtures, whose one transaction outlasts a request's timeout. */
  readonly timeoutMs?: number;
}

const PREFIX = /^[a-z][a-z0-9]{1,7}$/;
const ADDRESS_HEX_DIGITS = 40;

export function fixture(prefix: string): Fixture {
  if (!PREFIX.test(prefix)) throw new Error(`fixture prefix "${prefix}": 2 to 8 lower-case letters and digits, a letter first`);
  const marker = `:${prefix}-`;
  const tag = Buffer.from(prefix, 'ascii').toString('hex');
  const address = (n: number): string => {
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`fixture address ${n}: a whole number from 0`);
    return `0x${tag}${n.toString(16).padStart(ADDRESS_HEX_DIGITS - tag.length, '0')}`;
  };
  const walletMarker = `:0x${tag}`;
  return {
    prefix,
    key: (type, name) => `${type}${marker}${name}`,
    address,
    wallet: (n) => `wallet:ETH:${address(n)}`,
    numberOf(shown) {
      const lower = shown.toLowerCase();
      if (!lower.startsWith(`0x${tag}`)) throw new Error(`fixture ${prefix}: ${shown} is not an address of this file`);
      return Number.parseInt(lower.slice(2 + tag.length), 16);
    },
    async write(db, dataset, options = {}) {
      const foreign = [
        ...keysOf(dataset).filter((key) => !key.includes(marker)),
        ...(dataset.wallets ?? []).map((w) => w.address).filter((a) => !a.toLowerCase().startsWith(`0x${tag}`)),
      ];
      if (foreign.length > 0) throw new Error(`fixture ${prefix}: not keys of this file: ${foreign.slice(0, 5).join(', ')}`);
      await db.executor(options).writeTx((tx) => writeDataset(tx, dataset, 'test'));
    },
    async remove(db, options = {}) {
      await db.executor(options).writeTx(async (tx) => {
        await tx.run('MATCH ()-[r]->() WHERE r.key CONTAINS $marker DELETE r', { marker });
        await tx.run('MATCH (n:Node) WHERE n.key CONTAINS $marker OR n.key CONTAINS $walletMarker DETACH DELETE n', {
          marker,
          walletMarker,
        });
      });
    },
  };
}

/** The keys a dataset gives its nodes and keyed relationships (links and citations have none). */
function keysOf(dataset: Dataset): string[] {
  const keyed = [
    dataset.sources,
    dataset.states,
    dataset.organizations,
    dataset.operatives,
    dataset.facilitators,
    dataset.stolenIdentities,
    dataset.employers,
    dataset.persons,
    dataset.crafts,
    dataset.identifiers,
    dataset.enforcementActions,
    dataset.employments,
    dataset.salaryPayments,
    dataset.transfers,
  ];
  return keyed.flatMap((list) => (list ?? []).map((item) => item.key));
}
