import type { Executor } from '../db/index.js';
import { badUserInput } from '../errors.js';
import type { SourceKind } from '../generated/graphql.js';
import { importFtmLines, type FtmImportReport } from '../ftm/index.js';
import { DatasetRejected, writeDataset } from '../store/index.js';
import type { Command } from './commands.js';
import { checkReferences } from './references.js';

export * as commands from './commands.js';

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
  return {
    async run(command: Command): Promise<string> {
      try {
        await executor.writeTx(async (tx) => {
          await checkReferences(tx, command.references, command.sources, command.synthetic);
          await writeDataset(tx, command.dataset, recordedBy);
        });
      } catch (error) {
        if (error instanceof DatasetRejected) {
          throw badUserInput(INPUT_FIELD[error.field] ?? `input.${error.field}`, error.message);
        }
        throw error;
      }
      return command.resultKey;
    },
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
