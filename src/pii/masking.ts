import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, type GraphQLFieldConfig, type GraphQLSchema } from 'graphql';
import { seesPersonalData, type Principal } from '../auth/index.js';
import type { Context } from '../context.js';
import type { PiiKind } from '../generated/graphql.js';
import { MASKS, maskValue } from './masks.js';

const PII_DIRECTIVE = 'pii';

/** The kind a field, input field or argument is marked with, or null when it holds no personal data. */
export function piiKindOf(schema: GraphQLSchema, node: Parameters<typeof getDirective>[1]): PiiKind | null {
  const [directive] = getDirective(schema, node, PII_DIRECTIVE) ?? [];
  return directive ? (directive.kind as PiiKind) : null;
}

/**
 * True when the object a field belongs to is personal. Records say so themselves (`personal`,
 * computed in Cypher); an object that does not say is treated as personal, so a `@pii` field on a
 * type whose records lack the flag is masked rather than shown.
 */
function isPersonal(parent: unknown): boolean {
  return (parent as { personal?: unknown } | null)?.personal !== false;
}

/**
 * The name of a record as `principal` may see it, for text composed in resolvers (timeline
 * titles) that no `@pii` field wrapper reaches.
 */
export function visibleName(principal: Principal, record: { readonly name: string; readonly personal: boolean }): string {
  return record.personal && !seesPersonalData(principal) ? MASKS.NAME(record.name) : record.name;
}

function masked(kind: PiiKind, field: GraphQLFieldConfig<unknown, Context>): GraphQLFieldConfig<unknown, Context> {
  const resolve = field.resolve ?? defaultFieldResolver;
  return {
    ...field,
    resolve: (parent, args, ctx, info) => {
      const value: unknown = resolve(parent, args, ctx, info);
      if (seesPersonalData(ctx.principal) || !isPersonal(parent)) return value;
      return value instanceof Promise ? value.then((v) => maskValue(kind, v)) : maskValue(kind, value);
    },
  };
}

/**
 * Wraps the resolver of every output field marked `@pii`: a VIEWER gets the value masked by its
 * kind, ANALYST and above get it as stored. Done once, when the schema is built, so a field
 * marked in the SDL cannot be forgotten in a resolver.
 */
export function applyPiiMasking(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field) => {
      const kind = piiKindOf(schema, field);
      return kind ? masked(kind, field as GraphQLFieldConfig<unknown, Context>) : field;
    },
  });
}
