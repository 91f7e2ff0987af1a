import type { MutationResolvers } from '../../generated/graphql.js';
import { badUserInput } from '../../errors.js';
import { keyOf } from '../../model/index.js';
import { loadNodeOf } from '../../loaders/index.js';

/** Larger files go through `npm run import`, which streams them. */
export const MAX_IMPORT_LINES = 5_000;

export const importMutations: Pick<MutationResolvers, 'importBatch'> = {
  importBatch: async (_root, { input }, ctx) => {
    if (input.lines.length > MAX_IMPORT_LINES) {
      throw badUserInput('input.lines', `at most ${MAX_IMPORT_LINES} lines per request; use npm run import for files`);
    }
    const { key } = keyOf('input.defaultSourceId', input.defaultSourceId, ['Source']);
    const source = await loadNodeOf(ctx.loaders.node, 'Source', key);
    if (!source) throw badUserInput('input.defaultSourceId', 'names nothing stored here');
    const report = await ctx.ingest.importFtm(input.lines, source);
    return {
      linesRead: report.linesRead,
      batches: report.batches,
      written: Object.entries(report.written).map(([kind, count]) => ({ kind, count })),
      rejected: report.rejected,
    };
  },
};
