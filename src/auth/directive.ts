import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, GraphQLError, type GraphQLNamedType, type GraphQLSchema } from 'graphql';
import type { Context } from '../context.js';
import { ErrorCode } from '../errors.js';
import { hasRole, ROLES, type Role } from './principal.js';

const DIRECTIVE = 'auth';

/** A field, field config or type: whatever can carry a directive. */
type Directable = Parameters<typeof getDirective>[1];

function roleIn(schema: GraphQLSchema, node: Directable): Role | null {
  const requires: unknown = getDirective(schema, node, DIRECTIVE)?.[0]?.requires;
  return (ROLES as readonly unknown[]).includes(requires) ? (requires as Role) : null;
}

/** The least role a field needs: its own `@auth`, else its type's, else none. */
export function requiredRole(schema: GraphQLSchema, type: GraphQLNamedType, field: Directable): Role | null {
  return roleIn(schema, field) ?? roleIn(schema, type);
}

/**
 * Enforces `@auth` by wrapping resolvers when the schema is built: a field whose role the
 * principal lacks fails with FORBIDDEN before its resolver runs, so a refused mutation writes
 * nothing. Root fields must all carry a requirement: a new query or mutation without one stops
 * the server from starting rather than being open to everyone.
 */
export function applyAuthDirective(schema: GraphQLSchema): GraphQLSchema {
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name].filter(Boolean));
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (fieldConfig, fieldName, typeName) => {
      const type = schema.getType(typeName);
      const required = type ? requiredRole(schema, type, fieldConfig) : null;
      if (!required) {
        if (roots.has(typeName)) throw new Error(`${typeName}.${fieldName} has no @auth requirement`);
        return fieldConfig;
      }
      const resolve = fieldConfig.resolve ?? defaultFieldResolver;
      return {
        ...fieldConfig,
        resolve(source, args, context: Context, info) {
          if (!hasRole(context.principal, required)) {
            throw new GraphQLError(
              `${typeName}.${fieldName} needs the ${required} role; this request has ${context.principal.role}.`,
              { extensions: { code: ErrorCode.FORBIDDEN, requiredRole: required } },
            );
          }
          return resolve(source, args, context, info);
        },
      };
    },
  });
}
