import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { pageRequest, type PageRequest } from '../pagination/index.js';

/**
 * Whether the field being resolved selects `name` directly under it, through fragments too.
 * `@skip`/`@include` are not evaluated: a field they may drop counts as selected, so the answer
 * errs towards doing the work, never towards leaving out what was asked for.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const within = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === 'Field') return selection.name.value === name;
      if (selection.kind === 'InlineFragment') return within(selection.selectionSet);
      const fragment = info.fragments[selection.name.value];
      if (!fragment || seen.has(fragment.name.value)) return false;
      seen.add(fragment.name.value);
      return within(fragment.selectionSet);
    });
  return info.fieldNodes.some((node) => within(node.selectionSet));
}

/** `first`/`after` of a connection field, counting the whole connection only when it is asked. */
export function countedPage(args: { first?: number | null; after?: string | null }, info: GraphQLResolveInfo): PageRequest {
  return pageRequest(args, selectsField(info, 'totalCount'));
}
