import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { expect } from 'vitest';
import { requiredRole } from '../../src/auth/directive.js';
import type { CaseContext, HostileCase, SeedIds } from './case.js';
import { graphqlRequest, type RawResponse } from './http-client.js';

/** What an attacker types into every text box: Cypher, NUL, template syntax, Lucene syntax, bulk. */
export const PAYLOADS = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  'a\u0000b',
  '${process.env.NEO4J_PASSWORD}{{7*7}}',
  'name:(* OR',
  '"unterminated',
  'x'.repeat(10_000),
] as const;

/** Where a payload goes: an argument, or a String field of an input-object argument. */
interface Slot {
  readonly arg: GraphQLArgument;
  /** Set for `filter.nameContains` and the like. */
  readonly inputField?: string;
}

/** Valid values for required arguments that are not under test, so only the payload can be refused. */
function validValue(type: GraphQLInputType, ids: SeedIds, path: string): unknown {
  const overrides: Record<string, unknown> = { 'wallet.address': ids.walletAddress, 'wallet.chain': 'ETH', 'search.query': 'korea' };
  if (path in overrides) return overrides[path];
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [validValue(nullable.ofType, ids, path)];
  if (isEnumType(nullable)) return nullable.getValues()[0]!.value;
  if (isInputObjectType(nullable)) {
    return Object.fromEntries(
      Object.values(nullable.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, validValue(f.type, ids, `${path}.${f.name}`)]),
    );
  }
  switch (nullable.name) {
    case 'ID':
      return ids.employer;
    case 'String':
      return 'korea';
    case 'Int':
      return 1;
    case 'Boolean':
      return false;
    default:
      throw new Error(`No valid value for ${path} (${nullable.name}); add one`);
  }
}

function textual(type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  return isScalarType(named) && (named.name === 'String' || named.name === 'ID');
}

function slotsOf(field: GraphQLField<unknown, unknown>): Slot[] {
  return field.args.flatMap((arg): Slot[] => {
    if (textual(arg.type)) return [{ arg }];
    const named = getNamedType(arg.type);
    if (!isInputObjectType(named)) return [];
    return Object.values(named.getFields())
      .filter((f) => textual(f.type))
      .map((f) => ({ arg, inputField: f.name }));
  });
}

/** The cheapest selection that still runs the root resolver. */
function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  return isObjectType(type) && 'totalCount' in type.getFields() ? '{ totalCount }' : '{ __typename }';
}

function wrapLike(type: GraphQLInputType, value: string): unknown {
  return isListType(getNullableType(type)) ? [value] : value;
}

/**
 * For every Query field, every String or ID argument (and String field of an input-object
 * argument), every payload, generated from the schema so a new field is covered without a new
 * test. A filter substring that is a payload matches nothing; a cursor that is a payload is refused.
 */
export function injectionCases(schema: GraphQLSchema): HostileCase[] {
  const query = schema.getQueryType();
  if (!query) throw new Error('schema without Query');
  return Object.values(query.getFields()).flatMap((field) => {
    const role = requiredRole(schema, query, field);
    return slotsOf(field).flatMap((slot) =>
      PAYLOADS.map((payload, index): HostileCase => {
        const where = slot.inputField ? `${slot.arg.name}.${slot.inputField}` : slot.arg.name;
        return {
          area: 'injection',
          name: `${field.name}(${where}) payload ${index + 1}: ${JSON.stringify(payload.length > 40 ? `${payload.slice(0, 8)}... (${payload.length})` : payload)}`,
          expect: 'injection',
          echoes: [payload],
          request: (ctx: CaseContext) => {
            const variables: Record<string, unknown> = {};
            for (const arg of field.args) {
              if (arg === slot.arg) {
                variables[arg.name] = slot.inputField
                  ? { ...(validValue(arg.type, ctx.ids, `${field.name}.${arg.name}`) as object), [slot.inputField]: payload }
                  : wrapLike(arg.type, payload);
              } else if (isNonNullType(arg.type)) {
                variables[arg.name] = validValue(arg.type, ctx.ids, `${field.name}.${arg.name}`);
              }
            }
            const used = field.args.filter((a) => a.name in variables);
            const definitions = used.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
            const args = used.map((a) => `${a.name}: $${a.name}`).join(', ');
            const text = `query Injection(${definitions}) { ${field.name}(${args}) ${selectionOf(field)} }`;
            // As the least role the field admits, ANALYST at least (so personal data is not masked away).
            return graphqlRequest({ query: text, variables }, ctx.as(role === 'ADMIN' || role === 'EDITOR' ? role : 'ANALYST'));
          },
          check: (res: RawResponse) => {
            const answer = res.json?.data?.[field.name];
            if (slot.arg.name === 'after') expect(res.json?.errors?.length ?? 0).toBeGreaterThan(0);
            if (slot.inputField?.endsWith('Contains') && !res.json?.errors) expect(answer?.totalCount).toBe(0);
          },
        };
      }),
    );
  });
}
