import type { Dataset } from '../src/store/index.js';
import { DPRK_STATE_KEY, stateKey } from '../src/model/index.js';

const US_STATE_KEY = stateKey('US');

/**
 * The real part of the case: only facts the three seed articles report (see `seed/README.md`),
 * each citing the article it comes from. Where the articles do not say something (a date, a
 * name), it is left out rather than filled in.
 */

export const SOURCE = {
  usTargets: 'source:article-us-targets-7-7m',
  crackdown: 'source:article-doj-crackdown-expands',
  techRing: 'source:article-doj-seizure-tech-ring',
} as const;

const PLEA_COUNT = 5;
const pleaIndexes = Array.from({ length: PLEA_COUNT }, (_, i) => i + 1);

export const realCase: Dataset = {
  sources: [
    {
      key: SOURCE.usTargets,
      kind: 'NEWS_ARTICLE',
      title: 'U.S. Targets $7.7 Million in Crypto Tied to Alleged North Korean Scheme',
      publisher: 'Digital Editorial',
      synthetic: false,
    },
    {
      key: SOURCE.crackdown,
      kind: 'NEWS_ARTICLE',
      title: 'DOJ Seizes Millions in Crypto as North Korean IT Fraud and Cybercrime Crackdown Expands',
      publisher: 'TokenPost',
      synthetic: false,
    },
    {
      key: SOURCE.techRing,
      kind: 'NEWS_ARTICLE',
      title: 'Major DOJ Crypto Seizure Strikes North Korean Tech Ring',
      synthetic: false,
    },
  ],
  states: [
    {
      key: DPRK_STATE_KEY,
      name: "Democratic People's Republic of Korea",
      aliases: ['North Korea', 'DPRK'],
      isoCode: 'KP',
      synthetic: false,
      sourceKeys: [SOURCE.usTargets, SOURCE.crackdown, SOURCE.techRing],
    },
    {
      key: US_STATE_KEY,
      name: 'United States',
      aliases: ['United States of America', 'U.S.', 'USA'],
      isoCode: 'US',
      synthetic: false,
      sourceKeys: [SOURCE.usTargets, SOURCE.crackdown, SOURCE.techRing],
    },
  ],
  organizations: [
    {
      key: 'org:us-department-of-justice',
      name: 'U.S. Department of Justice',
      aliases: ['DOJ', 'Justice Department'],
      kind: 'AGENCY',
      synthetic: false,
      sourceKeys: [SOURCE.crackdown, SOURCE.techRing],
    },
  ],
  // The pleading facilitators are real people the articles do not name; they appear only as such.
  facilitators: pleaIndexes.map((i) => ({
    key: `facilitator:doj-guilty-plea-${i}`,
    name: `Unnamed facilitator ${i} of ${PLEA_COUNT} (guilty plea reported by DOJ)`,
    role: 'OTHER' as const,
    synthetic: false,
    sourceKeys: [SOURCE.crackdown],
  })),
  enforcementActions: [
    {
      key: 'action:freeze-since-2023-04',
      kind: 'FREEZE',
      title: 'Cryptocurrency frozen since April 2023 as alleged proceeds of DPRK remote IT work',
      summary:
        'About $7.7 million in cryptocurrency, alleged to be proceeds of North Korean IT workers ' +
        'hired remotely under false identities, has been frozen since April 2023.',
      date: '2023-04-01',
      datePrecision: 'MONTH',
      amountUsd: '7740000',
      status: 'COMPLETED',
      targets: [DPRK_STATE_KEY],
      synthetic: false,
      sourceKeys: [SOURCE.usTargets, SOURCE.techRing],
    },
    {
      key: 'action:forfeiture-complaint-7-74m',
      kind: 'FORFEITURE_COMPLAINT',
      title: 'Civil forfeiture action against about $7.74 million in cryptocurrency',
      summary:
        'The Justice Department asked a court to forfeit the frozen cryptocurrency, alleged to be ' +
        'proceeds of a DPRK scheme placing IT workers in remote jobs under false identities.',
      amountUsd: '7740000',
      status: 'PENDING',
      authority: 'org:us-department-of-justice',
      targets: [DPRK_STATE_KEY],
      synthetic: false,
      sourceKeys: [SOURCE.usTargets, SOURCE.techRing],
    },
    {
      key: 'action:doj-crypto-seizures-crackdown',
      kind: 'SEIZURE',
      title: 'New seizures of cryptocurrency tied to DPRK revenue schemes',
      summary: 'Seizures of cryptocurrency announced together with the guilty pleas; amounts not given in the source.',
      status: 'COMPLETED',
      authority: 'org:us-department-of-justice',
      targets: [DPRK_STATE_KEY],
      synthetic: false,
      sourceKeys: [SOURCE.crackdown],
    },
    ...pleaIndexes.map((i) => ({
      key: `action:doj-guilty-plea-${i}`,
      kind: 'GUILTY_PLEA' as const,
      title: `Guilty plea of a facilitator of DPRK remote IT workers (${i} of ${PLEA_COUNT})`,
      summary:
        'Pleaded guilty to helping DPRK operatives obtain remote IT jobs at U.S. companies using ' +
        'stolen American identities.',
      status: 'COMPLETED' as const,
      authority: 'org:us-department-of-justice',
      targets: [`facilitator:doj-guilty-plea-${i}`],
      synthetic: false,
      sourceKeys: [SOURCE.crackdown],
    })),
  ],
  links: [
    {
      type: 'CONTROLS',
      from: US_STATE_KEY,
      to: 'org:us-department-of-justice',
      synthetic: false,
      sourceKeys: [SOURCE.techRing],
    },
  ],
};
