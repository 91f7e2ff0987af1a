import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { base58xmr, base58xrp, bech32, bech32m, createBase58check } from '@scure/base';

/** Networks we hold wallets on. */
export const CHAINS = ['BTC', 'ETH', 'TRON', 'LTC', 'BCH', 'BSV', 'BTG', 'DASH', 'ZEC', 'XMR', 'XVG', 'ETC', 'BSC', 'ARB', 'XRP'] as const;
export type Chain = (typeof CHAINS)[number];

export type AddressCheck =
  | { ok: true; chain: Chain; /** canonical form: the wallet's identity */ address: string; /** form to show users */ display: string }
  | { ok: false; reason: string };

/** What each chain is called in a wallet's name ("Ethereum address of …"). */
export const CHAIN_NAMES = {
  BTC: 'Bitcoin',
  ETH: 'Ethereum',
  TRON: 'Tron',
  LTC: 'Litecoin',
  BCH: 'Bitcoin Cash',
  BSV: 'Bitcoin SV',
  BTG: 'Bitcoin Gold',
  DASH: 'Dash',
  ZEC: 'Zcash',
  XMR: 'Monero',
  XVG: 'Verge',
  ETC: 'Ethereum Classic',
  BSC: 'BNB Smart Chain',
  ARB: 'Arbitrum',
  XRP: 'XRP Ledger',
} as const satisfies Record<Chain, string>;

// A Map, not an object literal, so that inputs like "constructor" cannot hit the prototype.
const ALIASES = new Map<string, Chain>([
  ['xbt', 'BTC'],
  ['bitcoin', 'BTC'],
  ['ethereum', 'ETH'],
  ['ether', 'ETH'],
  ['trx', 'TRON'],
  ['litecoin', 'LTC'],
  ['bitcoincash', 'BCH'],
  ['bitcoingold', 'BTG'],
  ['bitcoinsv', 'BSV'],
  ['ripple', 'XRP'],
  ['xrpl', 'XRP'],
  ['zcash', 'ZEC'],
  ['monero', 'XMR'],
  ['verge', 'XVG'],
  ['ethereumclassic', 'ETC'],
  ['bnbsmartchain', 'BSC'],
  ['binancesmartchain', 'BSC'],
  ['bnbchain', 'BSC'],
  ['arbitrum', 'ARB'],
  ['arbitrumone', 'ARB'],
]);

/**
 * Chain for a chain code or common alias, case-insensitive: 'XBT'|'btc'|'bitcoin'→'BTC',
 * 'TRX'|'tron'→'TRON', 'ethereum'→'ETH', etc. undefined if unknown.
 */
export function parseChain(input: string): Chain | undefined {
  // Sources differ in spacing and punctuation: "Bitcoin Cash", "bitcoin-cash", "BITCOIN_CASH".
  const key = input.trim().toLowerCase().replace(/[\s_-]+/g, '');
  return CHAINS.find((chain) => chain.toLowerCase() === key) ?? ALIASES.get(key);
}

// Longer than any form we accept (a Monero integrated address is 106); it also bounds the
// quadratic base58 decoding of hostile input.
const MAX_LENGTH = 200;

/**
 * Validates `address` for `chain` (a chain code or alias accepted by parseChain) and returns its
 * canonical and display forms. Surrounding whitespace is trimmed; reasons are short, user-facing,
 * e.g. 'bad base58check checksum', 'not a BTC address: unknown version byte 0x1e',
 * 'unknown chain "FOO"'.
 */
export function checkAddress(chain: string, address: string): AddressCheck {
  const known = parseChain(chain);
  if (!known) return fail(`unknown chain "${chain}"`);
  const trimmed = address.trim();
  if (trimmed === '') return fail('empty address');
  if (trimmed.length > MAX_LENGTH) return fail(`${notA(known)}: too long`);
  return checkFor(known, trimmed);
}

function checkFor(chain: Chain, s: string): AddressCheck {
  switch (chain) {
    case 'BTC':
      return segwitOrBase58(chain, s, 'bc', [0x00, 0x05]);
    case 'LTC':
      return segwitOrBase58(chain, s, 'ltc', [0x30, 0x32, 0x05]);
    case 'BTG':
      return segwitOrBase58(chain, s, 'btg', [38, 23]);
    case 'BSV':
      // Bitcoin SV kept bitcoin's legacy address format (and dropped segwit).
      return base58Address(chain, s, [0x00, 0x05]);
    case 'XRP':
      return xrp(s);
    case 'DASH':
      return base58Address(chain, s, [76, 16]);
    case 'XVG':
      return base58Address(chain, s, [30, 33]);
    case 'TRON':
      return base58Address(chain, s, [0x41]);
    case 'ZEC':
      return /^zs1/i.test(s) ? sapling(s) : base58Address(chain, s, [0x1cb8, 0x1cbd], 2);
    case 'BCH':
      return /^[13]/.test(s) ? legacyBch(s) : cashAddr(s);
    case 'XMR':
      return monero(s);
    case 'ETH':
    case 'ETC':
    case 'BSC':
    case 'ARB':
      return evm(chain, s);
  }
}

function fail(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

function pass(chain: Chain, address: string, display = address): AddressCheck {
  return { ok: true, chain, address, display };
}

/** "not a BTC address", "not an ETH address": the article follows how the code is read aloud. */
function notA(chain: Chain): string {
  return `not ${/^[AEFHILMNORSX]/.test(chain) ? 'an' : 'a'} ${chain} address`;
}

function isMixedCase(s: string): boolean {
  return s !== s.toLowerCase() && s !== s.toUpperCase();
}

const base58check = createBase58check(sha256);
const BASE58 = /^[1-9A-HJ-NP-Za-km-z]+$/;

/** Decodes version + 20-byte hash under a base58check checksum; `versionBytes` is 2 for Zcash. */
function decodeBase58check(chain: Chain, s: string, versions: readonly number[], versionBytes: 1 | 2) {
  if (!BASE58.test(s)) return fail(`${notA(chain)}: not base58`);
  let bytes: Uint8Array;
  try {
    bytes = base58check.decode(s);
  } catch {
    return fail('bad base58check checksum');
  }
  const version = bytes.subarray(0, versionBytes).reduce((v, b) => (v << 8) | b, 0);
  if (!versions.includes(version)) {
    const hex = version.toString(16).padStart(versionBytes * 2, '0');
    return fail(`${notA(chain)}: unknown version ${versionBytes === 1 ? 'byte' : 'bytes'} 0x${hex}`);
  }
  const hash = bytes.subarray(versionBytes);
  if (hash.length !== 20) return fail(`${notA(chain)}: ${hash.length}-byte hash, expected 20 bytes`);
  return { ok: true as const, version, hash };
}

function base58Address(chain: Chain, s: string, versions: readonly number[], versionBytes: 1 | 2 = 1): AddressCheck {
  const decoded = decodeBase58check(chain, s, versions, versionBytes);
  return decoded.ok ? pass(chain, s) : decoded;
}

// Shape of any bech32 string in one case: "<hrp>1<data>".
const BECH32_SHAPE = /^[a-z]{1,83}1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{6,}$/;

function segwitOrBase58(chain: Chain, s: string, hrp: string, versions: readonly number[]): AddressCheck {
  const legacy = base58Address(chain, s, versions);
  // A base58 address may happen to look like bech32 ("LTC1…"), so a valid base58 reading wins.
  // Otherwise anything bech32-shaped gets bech32's reasons ("prefix tb" beats "not base58").
  const lower = s.toLowerCase();
  const bech32Like = lower.startsWith(`${hrp}1`) || (!isMixedCase(s) && BECH32_SHAPE.test(lower));
  return legacy.ok || !bech32Like ? legacy : segwit(chain, s, hrp);
}

/** Native segwit per BIP-173 (witness v0, bech32) and BIP-350 (v1..16, bech32m). */
function segwit(chain: Chain, s: string, hrp: string): AddressCheck {
  if (isMixedCase(s)) return fail('mixed-case bech32');
  const lower = s.toLowerCase();
  const asBech32 = bech32.decodeUnsafe(lower) || undefined;
  const decoded = asBech32 ?? (bech32m.decodeUnsafe(lower) || undefined);
  if (!decoded) return fail('bad bech32 checksum');
  if (decoded.prefix !== hrp) return fail(`${notA(chain)}: prefix "${decoded.prefix}"`);
  const [version, ...programWords] = decoded.words;
  if (version === undefined) return fail(`${notA(chain)}: no witness version`);
  if (version > 16) return fail(`${notA(chain)}: unknown witness version ${version}`);
  // BIP-350: the checksum variant is bound to the version, so a v1 address mistyped as v0
  // (or the reverse) cannot pass.
  if ((version === 0) !== (asBech32 !== undefined)) {
    return fail(version === 0 ? 'witness v0 must use bech32' : `witness v${version} must use bech32m`);
  }
  const program = bech32.fromWordsUnsafe(programWords);
  if (!program) return fail('bad bech32 padding');
  const n = program.length;
  if (n < 2 || n > 40) return fail(`${notA(chain)}: ${n}-byte witness program, expected 2 to 40 bytes`);
  if (version === 0 && n !== 20 && n !== 32) {
    return fail(`${notA(chain)}: ${n}-byte v0 witness program, expected 20 or 32 bytes`);
  }
  // BIP-350 would accept other v1 lengths, but only 32 bytes is a taproot output: anything else
  // is unencumbered under current consensus, so no real wallet has such an address.
  if (version === 1 && n !== 32) return fail(`${notA(chain)}: ${n}-byte v1 witness program, expected 32 bytes`);
  return pass(chain, lower);
}

/** Zcash sapling addresses: bech32 of an 11-byte diversifier and a 32-byte transmission key. */
function sapling(s: string): AddressCheck {
  if (isMixedCase(s)) return fail('mixed-case bech32');
  const lower = s.toLowerCase();
  // ZIP-173 lifts bech32's 90-character limit for Zcash; sapling addresses are 78 characters.
  const decoded = bech32.decodeUnsafe(lower, MAX_LENGTH) || undefined;
  if (!decoded) return fail('bad bech32 checksum');
  if (decoded.prefix !== 'zs') return fail(`${notA('ZEC')}: prefix "${decoded.prefix}"`);
  const bytes = bech32.fromWordsUnsafe(decoded.words);
  if (!bytes) return fail('bad bech32 padding');
  if (bytes.length !== 43) return fail(`${notA('ZEC')}: ${bytes.length}-byte sapling payload, expected 43 bytes`);
  return pass('ZEC', lower);
}

const CASHADDR_PREFIX = 'bitcoincash';
const CASHADDR_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const CASHADDR_GENERATORS = [0x98f2bc8e61n, 0x79b76d99e2n, 0xf33e5fb3c4n, 0xae2eabe2a8n, 0x1e4f43e470n];
// The 3 size bits of the version byte select the hash length.
const CASHADDR_HASH_BYTES = [20, 24, 28, 32, 40, 48, 56, 64];
// The checksum covers the prefix, folded to the low 5 bits of each character, then a 0 separator.
const PREFIX_WORDS = [...CASHADDR_PREFIX].map((c) => c.charCodeAt(0) & 31).concat(0);

/** The CashAddr BCH code (40 bits) over 5-bit values; 0 for a string with a valid checksum. */
function cashAddrPolymod(values: readonly number[]): bigint {
  let c = 1n;
  for (const d of values) {
    const top = c >> 35n;
    c = ((c & 0x07ffffffffn) << 5n) ^ BigInt(d);
    CASHADDR_GENERATORS.forEach((g, i) => {
      if ((top >> BigInt(i)) & 1n) c ^= g;
    });
  }
  return c ^ 1n;
}

/** Bitcoin Cash CashAddr: P2PKH (type 0) and P2SH (type 1), prefix optional. */
function cashAddr(s: string): AddressCheck {
  if (isMixedCase(s)) return fail('mixed-case CashAddr');
  const lower = s.toLowerCase();
  const sep = lower.lastIndexOf(':');
  const prefix = sep === -1 ? CASHADDR_PREFIX : lower.slice(0, sep);
  if (prefix !== CASHADDR_PREFIX) return fail(`${notA('BCH')}: prefix "${prefix}"`);
  const payload = lower.slice(sep + 1);
  const words = [...payload].map((c) => CASHADDR_CHARSET.indexOf(c));
  if (words.length <= 8 || words.includes(-1)) return fail(`${notA('BCH')}: not CashAddr`);
  if (cashAddrPolymod([...PREFIX_WORDS, ...words]) !== 0n) return fail('bad CashAddr checksum');
  const data = bech32.fromWordsUnsafe(words.slice(0, -8));
  const versionByte = data?.[0];
  if (!data || versionByte === undefined) return fail(`${notA('BCH')}: bad CashAddr payload`);
  const type = versionByte >> 3;
  if (type !== 0 && type !== 1) return fail(`${notA('BCH')}: unknown CashAddr type ${type}`);
  const expected = CASHADDR_HASH_BYTES[versionByte & 7];
  const hashBytes = data.length - 1;
  if (hashBytes !== expected) return fail(`${notA('BCH')}: ${hashBytes}-byte hash, expected ${expected} bytes`);
  return pass('BCH', `${CASHADDR_PREFIX}:${payload}`);
}

/**
 * Legacy BCH addresses are the same wallets as their CashAddr forms, so they get the CashAddr
 * canonical form: one wallet, one identity, whichever form a source happened to print.
 */
function legacyBch(s: string): AddressCheck {
  const decoded = decodeBase58check('BCH', s, [0x00, 0x05], 1);
  if (!decoded.ok) return decoded;
  const type = decoded.version === 0x05 ? 1 : 0;
  const words = bech32.toWords(Uint8Array.of(type << 3, ...decoded.hash));
  const mod = cashAddrPolymod([...PREFIX_WORDS, ...words, 0, 0, 0, 0, 0, 0, 0, 0]);
  const checksum = Array.from({ length: 8 }, (_, i) => Number((mod >> BigInt(5 * (7 - i))) & 31n));
  const payload = [...words, ...checksum].map((w) => CASHADDR_CHARSET.charAt(w)).join('');
  return pass('BCH', `${CASHADDR_PREFIX}:${payload}`);
}

// Mainnet network bytes and the decoded size each implies: standard and subaddress carry
// the spend and view keys (1+64+4 bytes), integrated adds an 8-byte payment id.
const MONERO_NETWORKS = new Map([
  [18, 69],
  [42, 69],
  [19, 77],
]);

/** Monero: base58 in 8-byte blocks, checksum = first 4 bytes of keccak-256 of the rest. */
function monero(s: string): AddressCheck {
  if (s.length !== 95 && s.length !== 106) return fail(`${notA('XMR')}: ${s.length} characters, expected 95 or 106`);
  let bytes: Uint8Array;
  try {
    bytes = base58xmr.decode(s);
  } catch {
    return fail(`${notA('XMR')}: not Monero base58`);
  }
  const body = bytes.subarray(0, -4);
  if (bytesToHex(keccak_256(body).subarray(0, 4)) !== bytesToHex(bytes.subarray(-4))) return fail('bad XMR checksum');
  const network = bytes[0] ?? 0;
  if (MONERO_NETWORKS.get(network) !== bytes.length) {
    return fail(`${notA('XMR')}: unknown network byte 0x${network.toString(16).padStart(2, '0')}`);
  }
  return pass('XMR', s);
}

const XRP_ALPHABET = /^r[1-9A-HJ-NP-Za-km-z]+$/;

/**
 * XRP Ledger classic addresses: base58check in Ripple's own alphabet (so every address starts
 * with `r`), account type byte 0x00 and a 20-byte account id.
 */
function xrp(s: string): AddressCheck {
  if (!XRP_ALPHABET.test(s)) return fail(`${notA('XRP')}: not an r… address in Ripple base58`);
  let bytes: Uint8Array;
  try {
    bytes = base58xrp.decode(s);
  } catch {
    return fail(`${notA('XRP')}: not Ripple base58`);
  }
  const body = bytes.subarray(0, -4);
  if (bytesToHex(sha256(sha256(body)).subarray(0, 4)) !== bytesToHex(bytes.subarray(-4))) return fail('bad XRP checksum');
  if (body[0] !== 0x00 || body.length !== 21) return fail(`${notA('XRP')}: not a classic account address`);
  return pass('XRP', s);
}

const EVM = /^0x[0-9a-fA-F]{40}$/;

/** EVM chains share one format; case carries only the optional EIP-55 checksum. */
function evm(chain: Chain, s: string): AddressCheck {
  if (!EVM.test(s)) return fail(`${notA(chain)}: expected 0x and 40 hex digits`);
  const hex = s.slice(2);
  const lower = hex.toLowerCase();
  const display = `0x${eip55(lower)}`;
  // All-lower and all-upper hex carry no checksum; mixed case claims one and must match it.
  if (isMixedCase(hex) && s !== display) return fail('bad EIP-55 checksum');
  return pass(chain, `0x${lower}`, display);
}

function eip55(lowerHex: string): string {
  const hash = bytesToHex(keccak_256(utf8ToBytes(lowerHex)));
  return [...lowerHex].map((c, i) => (parseInt(hash.charAt(i), 16) >= 8 ? c.toUpperCase() : c)).join('');
}

// USDT was first issued on bitcoin through the Omni layer; OFAC lists such holdings too.
const TOKEN_CHAINS: readonly [RegExp, Chain][] = [
  [EVM, 'ETH'],
  [/^T[1-9A-HJ-NP-Za-km-z]{33}$/, 'TRON'],
  [/^[13][1-9A-HJ-NP-Za-km-z]{25,34}$/, 'BTC'],
];
const OFAC_TOKENS = new Set(['USDT', 'USDC']);

/**
 * The chain of an OFAC SDN "Digital Currency Address - <ASSET>" code given the address:
 * XBT→BTC, ETH→ETH, TRX→TRON, LTC, XMR, DASH, ZEC, BCH, XVG, ETC, BTG, BSC, ARB; token codes
 * USDT and USDC live on several chains, so pick by address shape (0x… → ETH, T… base58 → TRON,
 * 1…/3… base58 → BTC for Omni-layer USDT). undefined if none fits.
 */
export function chainOfOfacAsset(asset: string, address: string): Chain | undefined {
  const code = asset.trim().toUpperCase();
  if (!OFAC_TOKENS.has(code)) return parseChain(code);
  const trimmed = address.trim();
  return TOKEN_CHAINS.find(([shape]) => shape.test(trimmed))?.[1];
}
