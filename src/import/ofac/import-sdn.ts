import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Executor } from '../../db/index.js';
import { projectRoot } from '../../project-root.js';
import { latestListVersion, storedKeysWithPrefix, storedStateCodes, withdraw } from '../../store/index.js';
import { writeDataset, type WriteCounts } from '../../store/index.js';
import { parseSdn } from './parse-sdn.js';
import type { RejectedFact, SdnType } from './sdn-entry.js';
import { SDN_ACTION_PREFIX, sdnSourceKey, sdnToDataset, statesFor } from './to-dataset.js';

/** The copy of the list kept in the repository (see its README for provenance). */
export const BUNDLED_SDN = {
  file: path.join(projectRoot(), 'seed', 'data', 'ofac', 'sdn.csv'),
  sha256: '210ca6b4a8187a34e0850be69ecc6e918f23ad7778b8b5b2f9c9d5fbbaf4e0cb',
  publishedOn: '2024-05-03',
} as const;

export interface SdnImportReport {
  readonly publishedOn: string;
  readonly entries: Record<SdnType, number>;
  readonly written: WriteCounts;
  readonly withdrawn: number;
  readonly rejected: readonly RejectedFact[];
  readonly seconds: number;
}

/** The list's publication date: known for the bundled file, otherwise the caller must say. */
export function publicationDateOf(bytes: Buffer, given: string | undefined): string {
  if (given) return given;
  if (createHash('sha256').update(bytes).digest('hex') === BUNDLED_SDN.sha256) return BUNDLED_SDN.publishedOn;
  throw new Error('This is not the bundled list: say when it was published with --published YYYY-MM-DD');
}

/**
 * Imports one version of the SDN list in one transaction: all of it or, on any failure, nothing.
 * Re-importing a version changes nothing; a newer version updates what changed and withdraws
 * the designations it no longer lists. An older version than the newest imported is refused,
 * since it would roll facts back.
 */
export async function importSdn(
  executor: Executor,
  options: { file: string; publishedOn?: string; recordedBy?: string },
): Promise<SdnImportReport> {
  const started = performance.now();
  const bytes = await readFile(options.file);
  const publishedOn = publicationDateOf(bytes, options.publishedOn);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(publishedOn)) throw new Error(`Not a date: ${publishedOn}`);
  const latest = await latestListVersion(executor, sdnSourceKey(''));
  if (latest && latest > publishedOn) {
    throw new Error(`The list of ${latest} is already imported; refusing the older list of ${publishedOn}`);
  }

  const parsed = parseSdn(bytes);
  const mapping = sdnToDataset(parsed.entries, publishedOn);
  const stored = await storedStateCodes(executor);
  const missing = [...mapping.stateCodes].filter((iso) => !stored.has(iso));
  const dataset = { ...mapping.dataset, states: statesFor(missing, publishedOn) };
  const listed = new Set((dataset.enforcementActions ?? []).map((a) => a.key));
  const delisted = (await storedKeysWithPrefix(executor, SDN_ACTION_PREFIX)).filter((key) => !listed.has(key));

  const { written, withdrawn } = await executor.writeTx(async (tx) => ({
    written: await writeDataset(tx, dataset, options.recordedBy ?? 'import:ofac'),
    withdrawn: await withdraw(tx, delisted),
  }));

  const entries: Record<SdnType, number> = { individual: 0, entity: 0, vessel: 0, aircraft: 0 };
  for (const entry of parsed.entries) entries[entry.type] += 1;
  return {
    publishedOn,
    entries,
    written,
    withdrawn,
    rejected: [...parsed.rejected, ...mapping.rejected],
    seconds: (performance.now() - started) / 1000,
  };
}
