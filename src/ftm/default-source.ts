import { createHash } from 'node:crypto';
import type { SourceKind } from '../generated/graphql.js';
import { urlSourceKey } from './keys.js';
import { sourceKind } from './vocabulary.js';
import { nodeKey } from '../model/index.js';

export interface DefaultSource {
  key: string;
  title: string;
  kind: SourceKind;
  url?: string;
}

const hash16 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/**
 * The source cited by lines that cite none, as the import command builds it: the document the
 * user names, or else the file itself. Keys come from the address, title or file content, so
 * importing the same file again cites the same source.
 */
export function defaultSourceFor(options: {
  fileName: string;
  fileSha256: string;
  title?: string;
  url?: string;
  kind?: string;
}): DefaultSource {
  const kind = options.kind === undefined ? 'OTHER' : sourceKind(options.kind);
  if (kind === undefined) throw new RangeError(`--source-kind: "${options.kind}" is not a source kind`);
  const key = options.url
    ? urlSourceKey(options.url)
    : options.title
      ? nodeKey('Source', `ftm-title-${hash16(options.title)}`)
      : nodeKey('Source', `ftm-file-${options.fileSha256.slice(0, 16)}`);
  return { key, title: options.title ?? options.fileName, kind, url: options.url };
}
