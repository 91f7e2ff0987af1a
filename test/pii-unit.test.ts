import { Writable } from 'node:stream';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import { loggableError, withoutEchoedInput } from '../src/pii/loggable-error.js';
import { MASKS, maskValue } from '../src/pii/masks.js';
import { REDACTED, redactVariables } from '../src/pii/redact-variables.js';
import { buildSchema } from '../src/schema.js';

describe('masks', () => {
  it('NAME keeps the first character of each word', () => {
    expect(MASKS.NAME('Jane Doe')).toBe('J*** D**');
    expect(MASKS.NAME('KIM, Jong-Un (fictional)')).toBe('K**, J***-U* (f********)');
    expect(MASKS.NAME('Łukasz Ünal')).toBe('Ł***** Ü***');
  });

  it('DATE hides every letter and digit', () => {
    expect(MASKS.DATE('2001-02-03')).toBe('****-**-**');
    expect(MASKS.DATE('circa 1951')).toBe('***** ****');
  });

  it('IDENTIFIER keeps the last four characters, or an email address its first letter and domain', () => {
    expect(MASKS.IDENTIFIER('X1234567')).toBe('****4567');
    expect(MASKS.IDENTIFIER('jane.doe@example.org')).toBe('j***@example.org');
    // A short value never shows more than half of itself.
    expect(MASKS.IDENTIFIER('1234')).toBe('**34');
    expect(MASKS.IDENTIFIER('7')).toBe('*');
  });

  it('TEXT keeps nothing', () => {
    expect(maskValue('TEXT', 'Lives at 1 Test Lane')).toBe('***');
  });

  it('maskValue masks strings and lists of strings and leaves null alone', () => {
    expect(maskValue('NAME', ['Jane Doe', 'J. D.'])).toEqual(['J*** D**', 'J. D.']);
    expect(maskValue('TEXT', null)).toBeNull();
    expect(maskValue('DATE', [])).toEqual([]);
  });
});

describe('redactVariables', () => {
  const schema = buildSchema();

  it('redacts @pii input fields inside a variable, however deep, and keeps the rest', () => {
    const document = parse(`mutation($input: PersonInput!) { upsertPerson(input: $input) { id } }`);
    const variables = {
      input: {
        ref: 'p1',
        name: 'Jane Doe',
        aliases: ['J. Doe'],
        birthDates: ['1 Jan 1970'],
        gender: null,
        provenance: { sourceIds: ['abc'], synthetic: true },
      },
    };
    expect(redactVariables(schema, document, variables)).toEqual({
      input: {
        ref: 'p1',
        name: REDACTED,
        aliases: REDACTED,
        birthDates: REDACTED,
        gender: null,
        provenance: { sourceIds: ['abc'], synthetic: true },
      },
    });
    // A copy: the variables the operation runs with are untouched.
    expect(variables.input.name).toBe('Jane Doe');
  });

  it('redacts a variable passed to a @pii argument or placed in a @pii field of a literal', () => {
    const document = parse(`query($q: String!, $n: String, $first: Int) {
      search(query: $q, first: $first) { totalCount }
      stolenIdentities(filter: { nameContains: $n }) { totalCount }
    }`);
    expect(redactVariables(schema, document, { q: 'Jane Doe', n: 'jane', first: 5 })).toEqual({
      q: REDACTED,
      n: REDACTED,
      first: 5,
    });
  });

  it('walks lists of inputs and redacts import lines', () => {
    const document = parse(`mutation($lines: [String!]!, $src: ID!) {
      importBatch(input: { format: FTM_JSONL, lines: $lines, defaultSourceId: $src }) { linesRead }
    }`);
    expect(redactVariables(schema, document, { lines: ['{"name":"Jane"}'], src: 'abc' })).toEqual({ lines: REDACTED, src: 'abc' });
  });

  it('gives the same answers when one parsed document is sent again with other variables', () => {
    // Apollo hands the same DocumentNode for a repeated query text; the walk of it is reused.
    const document = parse(`query($q: String!, $first: Int) { search(query: $q, first: $first) { totalCount } }`);
    expect(redactVariables(schema, document, { q: 'Jane Doe', first: 5 })).toEqual({ q: REDACTED, first: 5 });
    expect(redactVariables(schema, document, { q: 'John Roe', first: 7 })).toEqual({ q: REDACTED, first: 7 });
    expect(redactVariables(schema, document, {})).toEqual({});
    expect(redactVariables(schema, document, undefined)).toEqual({});
  });

  it('keeps what is not personal', () => {
    const document = parse(`mutation($input: OrganizationInput!) { upsertOrganization(input: $input) { id } }`);
    const variables = { input: { ref: 'o', name: 'Front Co', kind: 'FRONT_COMPANY', provenance: { sourceIds: ['s'] } } };
    expect(redactVariables(schema, document, variables)).toEqual(variables);
  });

  it('redacts what it cannot place: undeclared variables, unknown input fields, no document', () => {
    const document = parse(`mutation($input: IdentifierInput!) { upsertIdentifier(input: $input) { id } }`);
    expect(
      redactVariables(schema, document, { input: { type: 'Passport', value: 'X1', extra: 'Jane' }, stray: 'Jane Doe' }),
    ).toEqual({ input: { type: 'Passport', value: REDACTED, extra: REDACTED }, stray: REDACTED });
    expect(redactVariables(schema, null, { q: 'Jane Doe', none: null })).toEqual({ q: REDACTED, none: null });
    expect(redactVariables(schema, document, { q: 'Jane Doe' }, 'NoSuchOperation')).toEqual({ q: REDACTED });
  });

  it('follows variables into fragments', () => {
    const document = parse(`query Q($n: String) { ...F } fragment F on Query { persons(filter: { nameContains: $n }) { totalCount } }`);
    expect(redactVariables(schema, document, { n: 'jane' }, 'Q')).toEqual({ n: REDACTED });
  });
});

describe('logs', () => {
  function capture() {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    return { logger: createLogger('info', stream), lines };
  }

  it('redact Authorization headers, tokens, keys and variables', () => {
    const { logger, lines } = capture();
    logger.info(
      {
        req: { headers: { authorization: 'Bearer secret-token-1', cookie: 'sid=secret-cookie-1', 'x-api-key': 'secret-key-1' } },
        token: 'secret-token-2',
        options: { apiKey: 'secret-key-2' },
        variables: { name: 'Jane Doe' },
      },
      'request',
    );
    expect(lines).toHaveLength(1);
    const line = lines[0]!;
    for (const secret of ['secret-token-1', 'secret-cookie-1', 'secret-key-1', 'secret-token-2', 'secret-key-2', 'Jane Doe']) {
      expect(line).not.toContain(secret);
    }
    expect(JSON.parse(line).req.headers.authorization).toBe('[redacted]');
  });

  it('unexpected errors are logged without the input values graphql-js echoes', () => {
    expect(withoutEchoedInput('Variable "$input" got invalid value { name: "Jane; Doe" } at "input"; Field "ref" was not provided.')).toBe(
      'Variable "$input" got invalid value [redacted]; Field "ref" was not provided.',
    );
    expect(withoutEchoedInput('Expected value of type "Int", found "Jane".')).toBe('Expected value of type "Int", found [redacted].');
    const logged = loggableError(Object.assign(new Error('String cannot represent a non string value: "Jane"'), { source: 'query { x }' }));
    expect(logged).toMatchObject({ type: 'Error', message: 'String cannot represent a non string value: [redacted]' });
    expect(JSON.stringify(logged)).not.toContain('Jane');
    expect(logged).not.toHaveProperty('source');
  });
});
