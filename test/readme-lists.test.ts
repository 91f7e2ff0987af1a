import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getNamedType, isListType, isNonNullType, isObjectType, type GraphQLField } from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/project-root.js';
import { buildSchema } from '../src/schema.js';

/**
 * README's "API conventions" says which lists are Relay connections and names every list that is
 * not; once it said "Lists are Relay connections", which two dozen fields contradicted. Checked
 * against the schema, so a new plain list must be named there (or made a connection).
 */
const readme = readFileSync(path.join(projectRoot(), 'README.md'), 'utf8');
const start = readme.indexOf('- Lists that can grow long are Relay connections');
const bullet = readme.slice(start, readme.indexOf('\n- ', start + 1));
const named = new Set([...bullet.matchAll(/`([A-Za-z]+)(?:\([^`]*\))?`/g)].map((m) => m[1]!));

const schema = buildSchema();
const fields = Object.values(schema.getTypeMap())
  .filter(isObjectType)
  .filter((type) => !type.name.startsWith('__') && !/(Connection|Edge|PageInfo)$/.test(type.name))
  .flatMap((type) => Object.values(type.getFields()).map((field) => ({ type: type.name, field })));

const isPlainList = (field: GraphQLField<unknown, unknown>) => isListType(isNonNullType(field.type) ? field.type.ofType : field.type);
const isConnection = (field: GraphQLField<unknown, unknown>) => getNamedType(field.type).name.endsWith('Connection');

describe('README on lists', () => {
  it('is found', () => {
    expect(start).toBeGreaterThan(0);
    expect(named.size).toBeGreaterThan(20);
  });

  it('names every plain list of the schema', () => {
    const unnamed = fields.filter(({ field }) => isPlainList(field) && !named.has(field.name));
    expect(unnamed.map(({ type, field }) => `${type}.${field.name}`)).toEqual([]);
  });

  it('gives as connections only fields that are connections', () => {
    const examples = ['persons', 'wallets', 'search', 'moneyTrails', 'auditEvents', 'members', 'targets'];
    for (const name of examples) {
      expect(bullet).toContain(`\`${name}\``);
      const found = fields.filter(({ field }) => field.name === name);
      expect(found.length, name).toBeGreaterThan(0);
      expect(found.filter(({ field }) => !isConnection(field)).map(({ type }) => `${type}.${name}`)).toEqual([]);
    }
  });
});
