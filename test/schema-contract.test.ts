import { describe, expect, it } from 'vitest';
import { compareSchemas, mergedSdl, publishedSdl } from '../scripts/schema-contract.js';

/** The published schema.graphql and the breaking-change check CI runs (`npm run schema:check`). */

const BASE = `
"A wallet."
type Wallet { "Its id." id: ID! "Its chain." chain: String! }
"Root."
type Query { "One wallet." wallet(id: ID!): Wallet }
`;

describe('the published schema', () => {
  it('is the merged SDL of schema/, as schema:publish writes it', async () => {
    expect(await publishedSdl()).toBe(mergedSdl());
  });
});

describe('the breaking-change check', () => {
  it('calls a removed field and a newly required argument breaking', async () => {
    const removed = BASE.replace('"Its chain." chain: String!', '');
    expect((await compareSchemas(BASE, removed)).breaking).toEqual([expect.stringMatching(/^Wallet\.chain: .*removed/)]);
    const required = BASE.replace('wallet(id: ID!)', 'wallet(id: ID!, chain: String!)');
    expect((await compareSchemas(BASE, required)).breaking).toHaveLength(1);
  });

  it('lets additions and description changes through as other changes', async () => {
    const added = BASE.replace('"Its chain." chain: String!', '"Its chain." chain: String! "Its name." name: String').replace('"A wallet."', '"A wallet on a chain."');
    const changes = await compareSchemas(BASE, added);
    expect(changes.breaking).toEqual([]);
    expect(changes.other).toEqual(expect.arrayContaining([expect.stringMatching(/^Wallet\.name: .*added/), expect.stringMatching(/^Wallet: .*description/i)]));
  });
});
