import { isEnumType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  allows,
  ENTITY_TYPES,
  fromTypes,
  RELATIONSHIP_RULES,
  toTypes,
  TRIPLES,
  type RelationshipType,
} from '../src/model/graph-rules.js';
import { SCHEMA } from '../src/db/migrations.js';
import { EDGE_TYPES, LINK_TYPES, NODE_TYPES, type NodeTypename } from '../src/model/model.js';
import { DPRK_STATE_KEY, stateKey, typenameOfKey } from '../src/model/keys.js';
import { LISTS, PAGED } from '../src/loaders/relationship-specs.js';
import { RELATIONSHIP_TYPE_OF } from '../src/loaders/explore/relationship-kinds.js';
import { sdnToDataset } from '../src/import/ofac/to-dataset.js';
import { checkRelationships } from '../src/store/relationship-gate.js';
import { DatasetRejected } from '../src/store/dataset-rejected.js';
import { buildSchema } from '../src/schema.js';
import type { Dataset } from '../src/store/dataset.js';
import type { SdnEntry } from '../src/import/ofac/sdn-entry.js';
import { claimsOf, readers } from './support/relationship-readers.js';

/**
 * The graph's rules (`model/graph-rules.ts`) against everything that restates them without a
 * database: the schema's descriptions (SDL cannot be generated), the read patterns, the
 * migrations' label lists, the OFAC mapping and the write gate.
 */

/** The schema's words for a list of types: `Person, Operative or Organization`, `any entity`. */
function words(types: readonly NodeTypename[]): string {
  const entities = ENTITY_TYPES.every((t) => types.includes(t));
  const rest = entities ? types.filter((t) => !(ENTITY_TYPES as readonly string[]).includes(t)) : [...types];
  const parts = [...(entities ? ['any entity'] : []), ...rest];
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} or ${parts.at(-1)}`;
}

const joins = (type: RelationshipType) =>
  `Joins ${RELATIONSHIP_RULES[type].map((ends) => `${words(ends.from)} to ${words(ends.to)}`).join('; ')}.`;

function enumDescriptions(schema: GraphQLSchema, name: string): Map<string, string> {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
  return new Map(type.getValues().map((v) => [v.name, v.description ?? '']));
}

/** The labels a pattern gives its far end `n`. */
function farLabels(pattern: string): string[] {
  const match = /\(n:([A-Za-z|]+)\)/.exec(pattern);
  if (!match) throw new Error(`No far end in ${pattern}`);
  return match[1]!.split('|');
}

describe('the graph rules', () => {
  it('name only stored types and every relationship type', () => {
    const relationships = [...Object.values(LINK_TYPES), ...Object.values(EDGE_TYPES).map((t) => t.type)];
    expect(Object.keys(RELATIONSHIP_RULES).sort()).toEqual(relationships.sort());
    for (const t of TRIPLES) {
      expect(t.from in NODE_TYPES && t.to in NODE_TYPES, `${t.from} ${t.type} ${t.to}`).toBe(true);
    }
  });

  it('say who may be a member: people of every kind and organisations', () => {
    expect(fromTypes('MEMBER_OF')).toEqual(['Organization', 'Operative', 'Facilitator', 'StolenIdentity', 'Person']);
    expect(toTypes('MEMBER_OF')).toEqual(['Organization']);
  });

  it('let an action be issued by an organisation and an identifier by a state, nothing else', () => {
    expect(allows('EnforcementAction', 'ISSUED_BY', 'Organization')).toBe(true);
    expect(allows('Identifier', 'ISSUED_BY', 'State')).toBe(true);
    expect(allows('Identifier', 'ISSUED_BY', 'Organization')).toBe(false);
    expect(allows('EnforcementAction', 'ISSUED_BY', 'State')).toBe(false);
  });
});

describe('the schema descriptions', () => {
  const schema = buildSchema();

  it('call the implementations of Entity "any entity"', () => {
    const entity = schema.getType('Entity');
    if (!isInterfaceType(entity)) throw new Error('Entity is not an interface');
    const implementations = schema.getPossibleTypes(entity).map((t) => t.name);
    expect(implementations.sort()).toEqual([...ENTITY_TYPES].sort());
  });

  it('of LinkKind state the ends the rules allow', () => {
    const descriptions = enumDescriptions(schema, 'LinkKind');
    for (const [kind, description] of descriptions) {
      expect(kind in LINK_TYPES, kind).toBe(true);
      expect(description, kind).toMatch(new RegExp(`${joins(kind as RelationshipType).replace(/[.;|]/g, '\\$&')}$`));
    }
  });

  it('of RelationshipKind state the ends the rules allow', () => {
    const descriptions = enumDescriptions(schema, 'RelationshipKind');
    for (const [kind, type] of Object.entries(RELATIONSHIP_TYPE_OF)) {
      expect(descriptions.get(kind), kind).toMatch(new RegExp(`${joins(type).replace(/[.;|]/g, '\\$&')}$`));
    }
  });
});

describe('the read patterns', () => {
  it('list at the far end only types the rules allow there', () => {
    for (const [name, spec] of Object.entries({ ...PAGED, ...LISTS })) {
      const type = /\[r?:([A-Z_]+)\]/.exec(spec.pattern)?.[1] as RelationshipType;
      const outgoing = spec.pattern.startsWith('(p)-');
      const allowed = outgoing ? toTypes(type) : fromTypes(type);
      for (const label of farLabels(spec.pattern)) expect(allowed, `${name}: ${label}`).toContain(label);
    }
  });

  it('list every member type, and every type an identifier or action can be issued by', () => {
    expect(farLabels(PAGED.organizationMembers.pattern).sort()).toEqual(fromTypes('MEMBER_OF').sort());
    expect(farLabels(LISTS.identifierIssuers.pattern)).toEqual(toTypes('ISSUED_BY', ['Identifier']));
    expect(farLabels(LISTS.authorities.pattern)).toEqual(toTypes('ISSUED_BY', ['EnforcementAction']));
  });
});

describe('the migrations', () => {
  it('index the name of every entity type, which the name-ordered lists sort by', () => {
    const nameIndexes = SCHEMA.map((item) => /FOR \(n:(\w+)\) ON \(n\.name\)/.exec(item.cypher)?.[1]).filter(Boolean);
    expect(nameIndexes.sort()).toEqual(ENTITY_TYPES.map((t) => NODE_TYPES[t].label).sort());
  });
});

describe('natural keys', () => {
  it('name their type by prefix, and the DPRK is state:KP', () => {
    expect(DPRK_STATE_KEY).toBe('state:KP');
    expect(typenameOfKey(stateKey('US'))).toBe('State');
  });
});

describe('the OFAC mapping', () => {
  it('writes only relationships the rules allow, a company\'s nationality of registration among them', () => {
    const entry: SdnEntry = {
      entNum: 1,
      name: 'SAMPLE SHIPPING CO (fictional)',
      type: 'entity',
      programs: ['DPRK'],
      aliases: [],
      otherRemarks: [],
      nationalities: ['Korea, North'],
      citizenships: [],
      birthDates: [],
      birthPlaces: [],
      identifiers: [{ type: 'Registration Number', value: '12345', country: 'Korea, North' }],
      digitalCurrencyAddresses: [],
      linkedTo: [],
    };
    const { dataset } = sdnToDataset([entry], '2024-05-03');
    expect(dataset.links).toContainEqual(expect.objectContaining({ type: 'NATIONAL_OF', from: 'org:ofac-1', to: 'state:KP' }));
    expect(() => checkRelationships(dataset)).not.toThrow();
  });
});

describe('the write gate', () => {
  const fiction = { synthetic: true, sourceKeys: ['source:rules-unit'] } as const;
  const refused = (data: Dataset) => {
    try {
      checkRelationships(data);
    } catch (error) {
      if (error instanceof DatasetRejected) return { field: error.field, message: error.message, code: error.code };
      throw error;
    }
    return undefined;
  };

  it('refuses a relationship between types the rules do not join, naming the field at fault', () => {
    expect(refused({ links: [{ type: 'MEMBER_OF', from: 'wallet:ETH:0x1', to: 'org:rules-x', ...fiction }] })).toEqual({
      field: 'fromId',
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('wallet:ETH:0x1 is a Wallet; MEMBER_OF joins'),
    });
    expect(refused({ links: [{ type: 'ISSUED_BY', from: 'identifier:rules-x', to: 'org:rules-x', ...fiction }] })).toMatchObject({
      field: 'toId',
      message: expect.stringContaining('org:rules-x is a Organization'),
    });
    expect(
      refused({
        transfers: [{ key: 'transfer:rules-x', from: 'employer:rules-x', to: 'wallet:ETH:0x1', amount: '1', asset: 'ETH', at: '2024-01-01T00:00:00Z', ...fiction }],
      }),
    ).toMatchObject({ field: 'fromWalletId' });
  });

  it('refuses a key that does not name the type it is written as, and a citation of a non-source', () => {
    expect(refused({ persons: [{ key: 'org:rules-x', name: 'X (fictional)', ...fiction }] })).toMatchObject({ field: 'key' });
    expect(refused({ citations: [{ key: 'org:rules-x', sourceKeys: ['org:rules-y'] }] })).toMatchObject({ field: 'sourceIds' });
  });

  it('lets every allowed triple through', () => {
    const key = (t: NodeTypename, end: string) => (t === 'Wallet' ? `wallet:ETH:0x${end}` : `${NODE_TYPES[t].prefix}:rules-${end}`);
    for (const t of TRIPLES) {
      if (t.type in LINK_TYPES) {
        const link = { type: t.type as keyof typeof LINK_TYPES, from: key(t.from, 'a'), to: key(t.to, 'b'), ...fiction };
        expect(() => checkRelationships({ links: [link] }), `${t.from} ${t.type} ${t.to}`).not.toThrow();
      }
    }
  });
});

/**
 * Every triple the rules allow is listed by some field of one of its ends, so nothing written is
 * visible only through `neighbourhood`; `relationship-rules.test.ts` writes every triple and reads
 * it back through each field that claims it.
 */
describe('the fields that list relationships', () => {
  const schema = buildSchema();
  const all = readers(schema);

  it('are fields of the schema', () => {
    for (const reader of all) {
      const [typename, field] = reader.field.split('.') as [string, string];
      const type = schema.getType(typename);
      expect(isObjectType(type) && field in type.getFields(), reader.field).toBe(true);
    }
  });

  it('claim every allowed triple from one of its ends', () => {
    const unclaimed = TRIPLES.filter((t) => claimsOf(schema, t, all).length === 0).map((t) => `${t.from} -${t.type}-> ${t.to}`);
    expect(unclaimed).toEqual([]);
  });
});
