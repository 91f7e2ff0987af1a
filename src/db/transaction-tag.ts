/**
 * What a transaction says about itself to Neo4j: its metadata, shown by `SHOW TRANSACTIONS` (and,
 * on Enterprise, written to the query log), so whoever looks at a slow or stuck transaction can
 * tell which GraphQL operation of which request sent it, and find that request's log lines by id.
 * One tag per request; the operation is filled in once Apollo has resolved which one it is.
 */
export interface TransactionTag {
  readonly requestId: string | null;
  operation: string | null;
}

export const APP_NAME = 'trailgraph';

export function newTag(requestId: string | null = null): TransactionTag {
  return { requestId, operation: null };
}

/** The metadata sent with each transaction: only strings, and only what is known. */
export function metadataOf(tag: TransactionTag | undefined): Record<string, string> {
  return {
    app: APP_NAME,
    ...(tag?.operation ? { operation: tag.operation } : {}),
    ...(tag?.requestId ? { requestId: tag.requestId } : {}),
  };
}
