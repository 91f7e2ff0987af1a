/**
 * Writes `test/fixtures/ofac/sdn-screening.csv`: the rows of the bundled SDN list that screening
 * tests and the evaluation set use, unchanged. The whole list does not fit the test database's
 * transaction memory in one import. Kept: every row under a DPRK programme or naming North Korea
 * (the entries the evaluation set varies), every row with a word near "lazar" (search ranking),
 * and every seventh other row, so the index holds the list's general mix of names as distractors.
 *
 *   npx tsx test/screening/make-sample.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { distance } from 'fastest-levenshtein';

const root = path.join(import.meta.dirname, '..', '..');
const rows = readFileSync(path.join(root, 'seed', 'data', 'ofac', 'sdn.csv'), 'latin1').split('\r\n');
const nearLazar = (row: string) =>
  (/^\d+,"([^"]*)"/.exec(row)?.[1] ?? '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => w.startsWith('lazar') || (w.length >= 4 && distance(w, 'lazar') <= 1));
const kept = rows.filter((row, i) => row.trim() !== '' && !row.startsWith('\u001a') && (/DPRK|North Korea/.test(row) || nearLazar(row) || i % 7 === 0));
writeFileSync(path.join(root, 'test', 'fixtures', 'ofac', 'sdn-screening.csv'), kept.join('\r\n') + '\r\n', 'latin1');
console.log(`kept ${kept.length} of ${rows.length} rows`);
