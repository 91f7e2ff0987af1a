/** More would make one event as large as the answer it describes. */
export const MAX_RETURNED_IDS = 100;

function idOf(value: unknown): string | null {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : null;
}

/**
 * The `id`s of what each top-level field returned: an object, the items of a list, or the
 * `edges.node`s of a connection (search hits included). Only ids the operation selected can be
 * seen; nested objects are not walked, to keep recording cheap.
 */
export function returnedIds(data: Readonly<Record<string, unknown>> | null | undefined): string[] {
  const ids: string[] = [];
  const add = (value: unknown) => {
    const id = idOf(value);
    if (id !== null && ids.length < MAX_RETURNED_IDS) ids.push(id);
  };
  for (const value of Object.values(data ?? {})) {
    if (Array.isArray(value)) {
      value.forEach(add);
      continue;
    }
    add(value);
    const edges = (value as { edges?: unknown } | null)?.edges;
    if (Array.isArray(edges)) edges.forEach((edge) => add((edge as { node?: unknown } | null)?.node));
  }
  return ids;
}
