import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { pageRequest, type PageRequest } from '../pagination/index.js';

/**
 * What the request selects below the field being resolved, read from the operation, so a loader
 * can skip work nobody asked for (a count) or fetch a level below in the same statement.
 * Fragments are followed; `@skip`/`@include` are not evaluated, so a field they may drop counts as
 * selected: the answer errs towards doing the work, never towards leaving out what was asked.
 */

/** The fields selected directly in `sets`, through inline and named fragments. */
function fieldsOf(info: GraphQLResolveInfo, sets: readonly (SelectionSetNode | undefined)[]) {
  const fields: { name: string; set: SelectionSetNode | undefined }[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') fields.push({ name: selection.name.value, set: selection.selectionSet });
      else if (selection.kind === 'InlineFragment') walk(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        walk(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  sets.forEach(walk);
  return fields;
}

/** Whether any of `names` is selected at `path` below the current field (`[]`: directly under it). */
export function selectsAt(info: GraphQLResolveInfo, path: readonly string[], names: readonly string[]): boolean {
  let sets: (SelectionSetNode | undefined)[] = info.fieldNodes.map((node) => node.selectionSet);
  for (const step of path) sets = fieldsOf(info, sets).filter((f) => f.name === step).map((f) => f.set);
  return fieldsOf(info, sets).some((f) => names.includes(f.name));
}

/** `first`/`after` of a connection field, counting the whole connection only when it is asked. */
export function countedPage(args: { first?: number | null; after?: string | null }, info: GraphQLResolveInfo): PageRequest {
  return pageRequest(args, selectsAt(info, [], ['totalCount']));
}

/** A count the loader skipped is never read: selecting `totalCount` is what made it count. */
export function counted(connection: { readonly totalCount: number | null }): number {
  if (connection.totalCount === null) throw new Error('totalCount was not counted although the request selects it');
  return connection.totalCount;
}
