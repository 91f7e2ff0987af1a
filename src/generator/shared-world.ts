import type { OrganizationKind } from '../generated/graphql.js';
import { emptyDraft } from '../store/index.js';
import type { Batch } from './batch.js';
import { CHAIN, ethWalletKey, nodeKey, randomAddress } from './keys.js';
import { FICTION, GENERATED_SOURCE } from './provenance.js';
import { randomFor } from './random.js';
import { STREAM } from './streams.js';

/**
 * The backdrop every cell draws on: fictional states hosting fictional banks, exchanges, OTC
 * desks and mixers. It is the same for every seed and scale (no seed in its keys, fixed names),
 * so worlds of different seeds share it instead of overwriting each other's.
 */
export interface SharedWorld {
  readonly batch: Batch;
  /** Pool wallets of the mixers: one wallet takes a deposit and pays the withdrawal. */
  readonly mixerWallets: readonly string[];
  readonly otcWallets: readonly string[];
  /** Exchange organisations: cells open deposit wallets at them. */
  readonly exchanges: readonly string[];
  /** Custody wallets of banks: decoy flows may end there. */
  readonly bankWallets: readonly string[];
  /** States fronts and desks are seated in. */
  readonly hostStates: readonly string[];
}

// User-assigned ISO 3166 codes (XA–XZ) belong to no country; XK is avoided as some use it for Kosovo.
const STATES = [
  { slug: 'freedonia', name: 'Freedonia', isoCode: 'XF' },
  { slug: 'sylvania', name: 'Sylvania', isoCode: 'XS' },
  { slug: 'ruritania', name: 'Ruritania', isoCode: 'XR' },
  { slug: 'genovia', name: 'Genovia', isoCode: 'XG' },
  { slug: 'elbonia', name: 'Elbonia', isoCode: 'XE' },
  { slug: 'grand-fenwick', name: 'Grand Fenwick', isoCode: 'XW' },
] as const;

const BANK_KINDS = ['Commercial', 'Trade'] as const;
const EXCHANGES = 6;
const MIXERS = 4;
const WALLETS_PER_MIXER = 6;
const OTC_DESKS = 6;
const WALLETS_PER_OTC_DESK = 3;

const two = (n: number) => String(n).padStart(2, '0');

export function sharedWorld(): SharedWorld {
  const rng = randomFor(STREAM.shared);
  const batch = emptyDraft();
  batch.sources.push(GENERATED_SOURCE);
  const wallet = (owner: string, name: string) => {
    const address = randomAddress(rng);
    batch.wallets.push({ chain: CHAIN, address, name, ...FICTION });
    batch.links.push({ type: 'CONTROLS', from: owner, to: ethWalletKey(address), ...FICTION });
    return ethWalletKey(address);
  };
  const organization = (id: string, name: string, kind: OrganizationKind, seat: string) => {
    const key = nodeKey('Organization', id);
    batch.organizations.push({ key, name, kind, ...FICTION });
    batch.links.push({ type: 'LOCATED_IN', from: key, to: seat, ...FICTION });
    return key;
  };

  const states = STATES.map((s) => ({ ...s, key: nodeKey('State', s.slug) }));
  for (const s of states) batch.states.push({ key: s.key, name: `${s.name} (fictional)`, isoCode: s.isoCode, ...FICTION });
  const hostStates = states.map((s) => s.key);

  const bankWallets = states.flatMap((s) =>
    BANK_KINDS.map((kind) => {
      const name = `Fictional ${kind} Bank of ${s.name}`;
      const bank = organization(`bank-${s.slug}-${kind.toLowerCase()}`, name, 'BANK', s.key);
      return wallet(bank, `Custody wallet of ${name}`);
    }),
  );
  const exchanges = Array.from({ length: EXCHANGES }, (_, i) =>
    organization(`exchange-${two(i + 1)}`, `Example Exchange ${two(i + 1)} (fictional)`, 'EXCHANGE', rng.pick(hostStates)),
  );
  const mixerWallets = Array.from({ length: MIXERS }, (_, i) => {
    const name = `Sample Mixer ${two(i + 1)} (fictional)`;
    const mixer = organization(`mixer-${two(i + 1)}`, name, 'MIXER', rng.pick(hostStates));
    return Array.from({ length: WALLETS_PER_MIXER }, (_, w) => wallet(mixer, `Pool wallet ${w + 1} of ${name}`));
  }).flat();
  const otcWallets = Array.from({ length: OTC_DESKS }, (_, i) => {
    const name = `Demo OTC Desk ${two(i + 1)} (fictional)`;
    const desk = organization(`otc-${two(i + 1)}`, name, 'OTC_DESK', rng.pick(hostStates));
    return Array.from({ length: WALLETS_PER_OTC_DESK }, (_, w) => wallet(desk, `Trading wallet ${w + 1} of ${name}`));
  }).flat();

  return { batch, mixerWallets, otcWallets, exchanges, bankWallets, hostStates };
}
