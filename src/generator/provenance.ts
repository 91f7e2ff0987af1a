import type { Batch } from './batch.js';

/** Every generated fact cites this one source and is flagged synthetic. */
export const GENERATED_SOURCE_KEY = 'source:gen-world';

export const GENERATED_SOURCE: Batch['sources'][number] = {
  key: GENERATED_SOURCE_KEY,
  kind: 'SYNTHETIC_DATASET',
  title:
    'trailgraph generated world (synthetic: invented at scale by `npm run generate`, describes no real person or company)',
  publisher: 'trailgraph generator',
  synthetic: true,
};

export const FICTION = { synthetic: true, sourceKeys: [GENERATED_SOURCE_KEY] } as const;
