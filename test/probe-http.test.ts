import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createHttpApp } from '../src/server/http.js';
import { createHarness, type Harness } from './support/harness.js';

let h: Harness;
let server: Server;
let base: string;
beforeAll(async () => {
  h = await createHarness();
  const app = createHttpApp(h.apollo, h.db);
  server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await h.close();
});

const q = (query: string, variables?: unknown) => JSON.stringify({ query, variables });
const cases: [string, RequestInit & { path?: string }][] = [
  ['syntax', { method: 'POST', headers: { 'content-type': 'application/json' }, body: q('{ states { ') }],
  ['validation', { method: 'POST', headers: { 'content-type': 'application/json' }, body: q('{ statez { totalCount } }') }],
  ['bad datetime var', { method: 'POST', headers: { 'content-type': 'application/json' }, body: q('query($d: Date) { enforcementActions(filter: { dateFrom: $d }) { totalCount } }', { d: '2024-02-30' }) }],
  ['bad int var', { method: 'POST', headers: { 'content-type': 'application/json' }, body: q('query($n: Int) { states(first: $n) { totalCount } }', { n: 'x' }) }],
  ['depth', { method: 'POST', headers: { 'content-type': 'application/json' }, body: q('{ states { edges { node { organizations { edges { node { wallets { edges { node { outgoingTransfers { edges { node { to { name  outgoingTransfers { edges { node { to { name outgoingTransfers { edges { node { to { name  outgoingTransfers { edges { node { to { name } } } } } } } } } } } } } } } } } } } } } } } } } } } } }') }],
  ['cost', { method: 'POST', headers: { 'content-type': 'application/json' }, body: q('{ wallets(first: 100) { edges { node { outgoingTransfers(first: 100) { edges { node { amount from { outgoingTransfers(first:100) { totalCount } } } } } } } } }') }],
  ['aliases typename', { method: 'POST', headers: { 'content-type': 'application/json' }, body: q(`{ ${Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(' ')} }`) }],
  ['tokens', { method: 'POST', headers: { 'content-type': 'application/json' }, body: q(`{ ${'__typename '.repeat(80000)} }`) }],
  ['malformed json', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' }],
  ['charset', { method: 'POST', headers: { 'content-type': 'application/json; charset=latin-9' }, body: q('{ states { totalCount } }') }],
  ['xml', { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<a/>' }],
  ['no content-type', { method: 'POST', body: q('{ states { totalCount } }') }],
  ['text/plain', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: q('{ states { totalCount } }') }],
  ['too large', { method: 'POST', headers: { 'content-type': 'application/json' }, body: q(`{ states { totalCount } } # ${'x'.repeat(2_000_000)}`) }],
  ['batch', { method: 'POST', headers: { 'content-type': 'application/json' }, body: `[${q('{ states { totalCount } }')}]` }],
  ['get mutation', { method: 'GET', path: '/graphql?query=' + encodeURIComponent('mutation { __typename }'), headers: { 'apollo-require-preflight': 'true' } }],
  ['get simple', { method: 'GET', path: '/graphql?query=' + encodeURIComponent('{ __typename }') }],
  ['404', { method: 'GET', path: '/nope' }],
];

describe('probe', () => {
  for (const accept of ['application/json', 'application/graphql-response+json']) {
    for (const [name, init] of cases) {
      it(`${accept} ${name}`, async () => {
        const res = await fetch(`${base}${init.path ?? '/graphql'}`, { ...init, headers: { accept, ...(init.headers as Record<string, string>) } });
        const text = await res.text();
        console.log(`PROBE ${accept} | ${name} | ${res.status} | ${res.headers.get('content-type')} | ${text.slice(0, 300).replace(/\n/g, ' ')}`);
      });
    }
  }
});
