import type { Executor, ReadTx } from '../db/index.js';
import { badUserInput } from '../errors.js';
import type { SourceKind } from '../generated/graphql.js';
import { importFtmLines, type FtmImportReport } from '../ftm/index.js';
import { DatasetRejected, writeDataset } from '../store/index.js';
import type { Command } from './commands.js';
import { checkReferences } from './references.js';

export * as commands from './commands.js';
export type { Command } from './commands.js';

/** The stored source an FtM import cites where a line names none. */
export interface DefaultSource {
  readonly key: string;
  readonly title: string;
  readonly kind: SourceKind;
  readonly url: string | null;
}

/** Store fields named in `DatasetRejected`, as the input fields a client sent. */
const INPUT_FIELD: Record<string, string> = {
  synthetic: 'input.provenance.synthetic',
  address: 'input.address',
  id: 'input',
  sourceIds: 'input.sourceIds',
};

/**
 * Runs mutations: each command is checked and written in one write transaction, so a rejected
 * input leaves nothing behind. `recordedBy` says who asked, on everything first created.
 */
export function createIngest(executor: Executor, recordedBy: string) {
  /**
   * `run`, then `read` (of what was written) inside the same write transaction, so answering
   * the mutation costs no second transaction. Its answer is returned once the write committed.
   *
   * The reference check and the write are sent together, without waiting for the check's rows
   * in between: both run in order in the one transaction, and a check that fails still throws
   * before the commit, so the write it followed is rolled back and nothing stays written. The
   * check's error comes first: a missing endpoint is named by its input field, not by the
   * write falling short.
   */
  async function runThenRead<T>(command: Command, read: (tx: ReadTx) => Promise<T>): Promise<T> {
    try {
      return await executor.writeTx(async (tx) => {
        const [checked, written] = await Promise.allSettled([
          checkReferences(tx, command.references, command.sources, command.synthetic),
          writeDataset(tx, command.dataset, recordedBy),
        ]);
        if (checked.status === 'rejected') throw checked.reason;
        if (written.status === 'rejected') throw written.reason;
        return read(tx);
      });
    } catch (error) {
      if (error instanceof DatasetRejected) {
        throw badUserInput(INPUT_FIELD[error.field] ?? `input.${error.field}`, error.message);
      }
      throw error;
    }
  }
  return {
    async run(command: Command): Promise<string> {
      await runThenRead(command, async () => undefined);
      return command.resultKey;
    },
    runThenRead,
    /** FtM lines in batches of one transaction each; bad lines are reported, not thrown. */
    async importFtm(lines: readonly string[], defaultSource: DefaultSource): Promise<FtmImportReport> {
      try {
        return await importFtmLines(executor, lines, {
          recordedBy,
          defaultSource: {
            key: defaultSource.key,
            title: defaultSource.title,
            kind: defaultSource.kind,
            url: defaultSource.url ?? undefined,
          },
        });
      } catch (error) {
        if (error instanceof DatasetRejected) throw badUserInput('input.defaultSourceId', error.message);
        throw error;
      }
    },
    recordedBy,
  };
}

export type Ingest = ReturnType<typeof createIngest>;
