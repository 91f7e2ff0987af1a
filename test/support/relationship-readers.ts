import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { ENTITY_TYPES, type RelationshipType, type Triple } from '../../src/model/graph-rules.js';

/**
 * The fields of the schema that list a relationship, each from one of its ends, and which
 * triples of the graph's rules each claims: a field on one end whose type can hold the other.
 */

/** A field of the schema that lists one end of a relationship from the other. */
export interface Reader {
  readonly field: string;
  readonly type: RelationshipType;
  /** `from`: the field is on the relationship's start and lists where it goes; `to`: the reverse. */
  readonly parent: 'from' | 'to';
}

const typesWith = (schema: GraphQLSchema, field: string): string[] =>
  Object.values(schema.getTypeMap())
    .filter((t) => isObjectType(t) && !t.name.startsWith('__') && t.name !== 'Query' && field in t.getFields())
    .map((t) => t.name);

export const STATE_TIE_REASON: Partial<Record<RelationshipType, string>> = {
  DESIGNATED_UNDER: 'DESIGNATED_UNDER_PROGRAM',
  NATIONAL_OF: 'NATIONALITY',
  CITIZEN_OF: 'CITIZENSHIP',
  BORN_IN: 'BIRTHPLACE',
  LOCATED_IN: 'LOCATION',
  REGISTERED_IN: 'FLAG',
};

export function readers(schema: GraphQLSchema): Reader[] {
  const on = (field: string, type: RelationshipType, parent: 'from' | 'to', types: string[]) =>
    types.map((t) => ({ field: `${t}.${field}`, type, parent }));
  return [
    ...on('organizations', 'CONTROLS', 'from', ['State']),
    ...on('wallets', 'CONTROLS', 'from', typesWith(schema, 'wallets')),
    ...on('controlledBy', 'CONTROLS', 'to', ['Organization']),
    ...on('controller', 'CONTROLS', 'to', ['Wallet']),
    ...on('organizations', 'MEMBER_OF', 'from', ['Operative']),
    ...on('members', 'MEMBER_OF', 'to', ['Organization']),
    ...on('identities', 'USES_IDENTITY', 'from', ['Operative']),
    ...on('usedBy', 'USES_IDENTITY', 'to', ['StolenIdentity']),
    ...on('facilitated', 'FACILITATED', 'from', ['Facilitator']),
    ...on('facilitators', 'FACILITATED', 'to', ['Operative']),
    ...on('targets', 'TARGETS', 'from', ['EnforcementAction']),
    ...on('enforcementActions', 'TARGETS', 'to', typesWith(schema, 'enforcementActions')),
    ...on('authority', 'ISSUED_BY', 'from', ['EnforcementAction']),
    ...on('issuer', 'ISSUED_BY', 'from', ['Identifier']),
    ...on('issuedActions', 'ISSUED_BY', 'to', ['Organization']),
    ...on('sources', 'SOURCED_FROM', 'from', typesWith(schema, 'sources')),
    ...on('entities', 'SOURCED_FROM', 'to', ['Source']),
    ...on('linkedTo', 'LINKED_TO', 'from', typesWith(schema, 'linkedTo')),
    ...on('linkedFrom', 'LINKED_TO', 'to', typesWith(schema, 'linkedFrom')),
    ...on('identifiers', 'HAS_IDENTIFIER', 'from', typesWith(schema, 'identifiers')),
    ...on('holders', 'HAS_IDENTIFIER', 'to', ['Identifier']),
    ...(Object.keys(STATE_TIE_REASON) as RelationshipType[]).flatMap((type) =>
      on('stateTies', type, 'from', typesWith(schema, 'stateTies')),
    ),
    ...on('crafts', 'OWNS', 'from', ['Organization']),
    ...on('owners', 'OWNS', 'to', ['Craft']),
    ...on('employments', 'EMPLOYED', 'from', ['Employer']),
    ...on('employments', 'EMPLOYED', 'to', ['StolenIdentity']),
    ...on('salaryPayments', 'PAID_SALARY', 'from', ['Employer']),
    ...on('salaryPayments', 'PAID_SALARY', 'to', ['Wallet']),
    ...on('outgoingTransfers', 'TRANSFERRED', 'from', ['Wallet']),
    ...on('incomingTransfers', 'TRANSFERRED', 'to', ['Wallet']),
  ];
}

/** The selection that reads the ids of the other end, and the types the field claims to hold. */
export function selectionOf(schema: GraphQLSchema, element: GraphQLNamedType): { select: string; claims: readonly string[] } {
  const edgeEnds: Record<string, string> = {
    Employment: 'employer { id } identity { id }',
    SalaryPayment: 'employer { id } wallet { id }',
    Transfer: 'from { id } to { id }',
  };
  if (element.name in edgeEnds) return { select: edgeEnds[element.name]!, claims: ENTITY_TYPES };
  if (element.name === 'StateTie') return { select: 'reason state { id }', claims: ['State'] };
  if (isInterfaceType(element)) return { select: 'id', claims: schema.getPossibleTypes(element).map((t) => t.name) };
  return { select: 'id', claims: [element.name] };
}

/** Node element type of a connection (`members: EntityConnection` → `Entity`). */
export function nodeTypeOf(field: GraphQLField<unknown, unknown>): GraphQLNamedType {
  const named = getNamedType(field.type);
  if (!isObjectType(named) || !named.name.endsWith('Connection')) return named;
  const edge = getNamedType(named.getFields().edges!.type);
  if (!isObjectType(edge)) throw new Error(`${named.name}.edges is not an object type`);
  return getNamedType(edge.getFields().node!.type);
}

export interface Claim {
  readonly reader: Reader;
  readonly typename: string;
}

/** The fields that claim to list a triple: on one of its ends, typed to hold the other. */
export function claimsOf(schema: GraphQLSchema, t: Triple, all: readonly Reader[]): Claim[] {
  return all.flatMap((reader) => {
    const [typename, fieldName] = reader.field.split('.') as [string, string];
    const [parentType, otherType] = reader.parent === 'from' ? [t.from, t.to] : [t.to, t.from];
    if (reader.type !== t.type || typename !== parentType) return [];
    const objectType = schema.getType(typename);
    if (!isObjectType(objectType)) return [];
    const { claims } = selectionOf(schema, nodeTypeOf(objectType.getFields()[fieldName]!));
    if (!claims.includes(otherType)) return [];
    return [{ reader, typename }];
  });
}

