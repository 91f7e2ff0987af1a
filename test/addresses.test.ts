import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { base58xmr, createBase58check } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { CHAINS, chainOfOfacAsset, checkAddress, parseChain, type Chain } from '../src/domain/addresses.js';

const base58check = createBase58check(sha256);
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

/** A one-character typo: the character at `at` (from the end if negative) becomes its successor in `alphabet`. */
function typo(address: string, at: number, alphabet: string): string {
  const i = at < 0 ? address.length + at : at;
  const next = alphabet.charAt((alphabet.indexOf(address.charAt(i)) + 1) % alphabet.length);
  return address.slice(0, i) + next + address.slice(i + 1);
}

/** The hash of a real address under another version byte: a chain's other address types. */
function withVersion(address: string, version: number): string {
  return base58check.encode(Uint8Array.of(version, ...base58check.decode(address).subarray(1)));
}

/** A Monero address from its body (network byte, keys, payment id), with its keccak checksum. */
function monero(body: Uint8Array): string {
  return base58xmr.encode(Uint8Array.of(...body, ...keccak_256(body).subarray(0, 4)));
}

// From the OFAC SDN list (2024-05-03) unless noted.
const SDN = {
  btcP2pkh: '1Kuf2Rd8mDyAViwBozGTNYnvWL8uYFrkVo',
  btcP2sh: '3E6ZCKRrsdPc35chA9Eftp1h3DLW18NFNV', // listed as USDT: Omni-layer tether on bitcoin
  btcP2wpkh: 'bc1qv7k70u2zynvem59u88ctdlaw7hc735d8xep9rq',
  btcP2wsh: 'bc1q90zrdysy4flyacw7hsury3ajs9yzwtwp6guqpypx94w0d3p58hysvz6pde',
  tron: 'TMStbg5fgb4uTV7fK1gEYF9hKAzP3siPsG',
  tronUsdt: 'TX5GV4DyfxNB3rPkzZJhmqZ1efVmL4rEqG',
  ethLower: '0xfec8a60023265364d066a1212fde3930f6ae8da7',
  ethMixed: '0x38735f03b30FbC022DdD06ABED01F0Ca823C6a94',
  arbBsc: '0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c',
  etc: '0xd882cfc20f52f2599d84b8e8d58c7fb62cfe344b',
  ltc: 'LaizKtS5DUhPuP1nTQcc83MS7HwK6vk85z',
  btg: 'GPwg61XoHqQPNmAucFACuQ5H9sGCDv9TpS',
  dash: 'XnPFsRWTaSgiVauosEwQ6dEitGYXgwznz2',
  xvg: 'DFFJhnQNZf8rf67tYnesPu7MuGUpYtzv7Z',
  zec: 't1g7wowvQ8gn2v8jrU1biyJ26sieNqNsBJy',
  bch: 'qpf2cphc5dkuclkqur7lhj2yuqq9pk3hmukle77vhq',
  xmr: '49HqitRzdnhYjgTEAhgGpCfsjdTeMbUTU6cyR4JV1R7k2Eej9rGT8JpFiYDa4tZM6RZiFrHmMzgSrhHEqpDYKBe5B2ufNsL',
  xmrSubaddress:
    '884Bz8UH63aYsjVdkfWfScRYWZGGNbjFL7pztqvWNSrtYT4reFSwyvkCj9KEGUtheHhhMUj87ciTBFyzoesrMJ4L1FvSoxL',
};
// zcashd's RPC tests; a 77-character copy of it missing the final "a" circulates widely.
const SAPLING = 'zs1z7rejlpsa98s2rrrfkwmaxu53e4ue0ulcrw0h4x5g8jl04tak0d3mm47vdtahatqrlkngh9slya';
const xmrBody = base58xmr.decode(SDN.xmr).subarray(0, -4);
const XMR_INTEGRATED = monero(Uint8Array.of(19, ...xmrBody.subarray(1), 1, 2, 3, 4, 5, 6, 7, 8));

/** [chain, input, canonical (default: input), display (default: canonical)] */
const VALID: [Chain, string, string?, string?][] = [
  ['BTC', SDN.btcP2pkh],
  ['BTC', SDN.btcP2sh],
  ['BTC', SDN.btcP2wpkh],
  ['BTC', SDN.btcP2wsh],
  ['BTC', ` ${SDN.btcP2pkh}\n`, SDN.btcP2pkh],
  // BIP-173 / BIP-350
  ['BTC', 'BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'],
  ['BTC', 'bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3'],
  ['BTC', 'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0'],
  ['BTC', 'bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs'],
  ['BTC', 'BC1SW50QGDZ25J', 'bc1sw50qgdz25j'],
  ['LTC', SDN.ltc],
  ['LTC', 'LNwgtMxcKUQ51dw7bQL1yPQjBVZh6QEqsd'],
  ['LTC', 'MGEW4aba3tnrVtVhGcmoqqHaLt5ymPSLPi'], // bisq asset tests
  ['LTC', SDN.btcP2sh],
  ['LTC', 'ltc1qxtm55gultqzhqzl2p3ks50hg2478y3hehuj6dz'], // bisq asset tests
  ['BTG', SDN.btg],
  ['BTG', withVersion(SDN.btg, 23)],
  ['BTG', 'btg1qtesn92ddy8m5yvypgsdtft3zj5qldj9g2u52sk'], // trust wallet-core tests
  ['DASH', SDN.dash],
  ['DASH', 'Xs3vzQmNvAxRa3Xo8XzQqUb3BMgb9EogF4'],
  ['DASH', withVersion(SDN.dash, 16)],
  ['XVG', SDN.xvg],
  ['XVG', withVersion(SDN.xvg, 33)],
  ['ZEC', SDN.zec],
  ['ZEC', 't1MMXtBrSp1XG38Lx9cePcNUCJj5vdWfUWL'],
  ['ZEC', 't3Vz22vK5z2LcKEdg16Yv4FFneEL1zg9ojd'], // P2SH example from the Zcash documentation
  ['ZEC', SAPLING],
  ['ZEC', SAPLING.toUpperCase(), SAPLING],
  ['TRON', SDN.tron],
  ['TRON', SDN.tronUsdt],
  ['XMR', SDN.xmr],
  ['XMR', SDN.xmrSubaddress],
  ['XMR', XMR_INTEGRATED],
  ['BCH', SDN.bch, `bitcoincash:${SDN.bch}`],
  ['BCH', 'qzjv8hrdvz6edu4gkzpnd4w6jc7zf296g5e9kkq4lx', 'bitcoincash:qzjv8hrdvz6edu4gkzpnd4w6jc7zf296g5e9kkq4lx'],
  // CashAddr spec: legacy forms and their CashAddr equivalents are one wallet.
  ['BCH', 'BITCOINCASH:QPM2QSZNHKS23Z7629MMS6S4CWEF74VCWVY22GDX6A', 'bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a'],
  ['BCH', '1BpEi6DfDAUFd7GtittLSdBeYJvcoaVggu', 'bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a'],
  ['BCH', '1KXrWXciRDZUpQwQmuM1DbwsKDLYAYsVLR', 'bitcoincash:qr95sy3j9xwd2ap32xkykttr4cvcu7as4y0qverfuy'],
  ['BCH', '3CWFddi6m4ndiGyKqzYvsFYagqDLPVMTzC', 'bitcoincash:ppm2qsznhks23z7629mms6s4cwef74vcwvn0h829pq'],
  ['ETH', SDN.ethLower, SDN.ethLower, '0xfEC8A60023265364D066a1212fDE3930F6Ae8da7'],
  ['ETH', SDN.ethMixed, SDN.ethMixed.toLowerCase(), SDN.ethMixed],
  // EIP-55
  ...[
    '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
    '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
    '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
    '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
    '0x52908400098527886E0F7030069857D2E4169EE7',
  ].map((eip55): [Chain, string, string, string] => ['ETH', eip55, eip55.toLowerCase(), eip55]),
  ['ETH', '0xde709f2102306220921060314715629080e2fb77'],
  ['ARB', SDN.arbBsc, SDN.arbBsc, '0x4F47Bc496083C727c5fbe3CE9CDf2B0f6496270c'],
  ['BSC', SDN.arbBsc, SDN.arbBsc, '0x4F47Bc496083C727c5fbe3CE9CDf2B0f6496270c'],
  ['ETC', SDN.etc, SDN.etc, '0xd882cFc20F52f2599D84b8e8D58C7FB62cfE344b'],
];

const INVALID: [string, string, string][] = [
  ['FOO', SDN.btcP2pkh, 'unknown chain "FOO"'],
  ['BTC', '  ', 'empty address'],
  ['BTC', '1'.repeat(201), 'not a BTC address: too long'],
  ['BTC', typo(SDN.btcP2pkh, 10, BASE58), 'bad base58check checksum'],
  ['BTC', SDN.btcP2pkh.slice(0, -1), 'bad base58check checksum'],
  ['BTC', `${SDN.btcP2pkh.slice(0, -1)}0`, 'not a BTC address: not base58'],
  ['BTC', SDN.xvg, 'not a BTC address: unknown version byte 0x1e'],
  ['BTC', SDN.ltc, 'not a BTC address: unknown version byte 0x30'],
  ['BTC', base58check.encode(new Uint8Array(22)), 'not a BTC address: 21-byte hash, expected 20 bytes'],
  ['BTC', typo(SDN.btcP2wpkh, -3, BECH32), 'bad bech32 checksum'],
  ['BTC', 'bc1qW508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', 'mixed-case bech32'],
  // BIP-350 invalid segwit addresses
  ['BTC', 'tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut', 'not a BTC address: prefix "tc"'],
  ['BTC', 'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd', 'witness v1 must use bech32m'],
  ['BTC', 'BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL', 'witness v16 must use bech32m'],
  ['BTC', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh', 'witness v0 must use bech32'],
  ['BTC', 'bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4', 'bad bech32 checksum'],
  ['BTC', 'BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R', 'not a BTC address: unknown witness version 17'],
  ['BTC', 'bc1pw5dgrnzv', 'not a BTC address: 1-byte witness program, expected 2 to 40 bytes'],
  [
    'BTC',
    'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav',
    'not a BTC address: 41-byte witness program, expected 2 to 40 bytes',
  ],
  ['BTC', 'BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P', 'not a BTC address: 16-byte v0 witness program, expected 20 or 32 bytes'],
  ['BTC', 'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf', 'bad bech32 padding'],
  ['BTC', 'bc1gmk9yu', 'not a BTC address: no witness version'],
  ['BTC', 'tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7', 'not a BTC address: prefix "tb"'],
  // Valid under BIP-350 but not a taproot output: unspendable-by-design, so no wallet of ours.
  [
    'BTC',
    'bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y',
    'not a BTC address: 40-byte v1 witness program, expected 32 bytes',
  ],
  ['LTC', typo(SDN.ltc, 5, BASE58), 'bad base58check checksum'],
  ['LTC', SDN.btcP2pkh, 'not an LTC address: unknown version byte 0x00'],
  ['LTC', SDN.btcP2wpkh, 'not an LTC address: prefix "bc"'],
  ['BTG', 'btg1qtesn92ddy8m5yvypgsdtft3zj5qldj9g2u52sl', 'bad bech32 checksum'],
  ['BTG', typo(SDN.btg, 20, BASE58), 'bad base58check checksum'],
  ['BTG', SDN.btcP2sh, 'not a BTG address: unknown version byte 0x05'],
  ['DASH', typo(SDN.dash, -1, BASE58), 'bad base58check checksum'],
  ['DASH', SDN.btcP2pkh, 'not a DASH address: unknown version byte 0x00'],
  ['XVG', typo(SDN.xvg, 7, BASE58), 'bad base58check checksum'],
  ['XVG', SDN.dash, 'not an XVG address: unknown version byte 0x4c'],
  ['ZEC', typo(SDN.zec, 12, BASE58), 'bad base58check checksum'],
  ['ZEC', SDN.btcP2pkh, 'not a ZEC address: unknown version bytes 0x00cf'],
  ['ZEC', SAPLING.slice(0, -1), 'bad bech32 checksum'],
  ['ZEC', typo(SAPLING, 30, BECH32), 'bad bech32 checksum'],
  ['ZEC', `Z${SAPLING.slice(1)}`, 'mixed-case bech32'],
  ['TRON', typo(SDN.tron, 3, BASE58), 'bad base58check checksum'],
  ['TRON', SDN.btcP2pkh, 'not a TRON address: unknown version byte 0x00'],
  ['TRON', SDN.ethLower, 'not a TRON address: not base58'],
  ['BCH', typo(SDN.bch, 12, BECH32), 'bad CashAddr checksum'],
  ['BCH', `bitcoincash:${typo(SDN.bch, -1, BECH32)}`, 'bad CashAddr checksum'],
  ['BCH', `bchtest:${SDN.bch}`, 'not a BCH address: prefix "bchtest"'],
  ['BCH', 'bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvY22GDX6A', 'mixed-case CashAddr'],
  ['BCH', typo('1BpEi6DfDAUFd7GtittLSdBeYJvcoaVggu', 9, BASE58), 'bad base58check checksum'],
  ['XMR', typo(SDN.xmr, 40, BASE58), 'bad XMR checksum'],
  ['XMR', SDN.xmr.slice(0, -1), 'not an XMR address: 94 characters, expected 95 or 106'],
  // Listed under XMR in the SDN file, but 64 hex digits are a hash or key, not an address.
  [
    'XMR',
    '5be5543ff73456ab9f2d207887e2af87322c651ea1a873c5b25b7ffae456c320',
    'not an XMR address: 64 characters, expected 95 or 106',
  ],
  ['XMR', monero(Uint8Array.of(53, ...xmrBody.subarray(1))), 'not an XMR address: unknown network byte 0x35'],
  ['XMR', monero(Uint8Array.of(19, ...xmrBody.subarray(1))), 'not an XMR address: unknown network byte 0x13'],
  ['ETH', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD', 'bad EIP-55 checksum'],
  ['ETH', '0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed', 'bad EIP-55 checksum'],
  ['ETH', SDN.ethLower.slice(0, -1), 'not an ETH address: expected 0x and 40 hex digits'],
  ['ETH', `${SDN.ethLower}0`, 'not an ETH address: expected 0x and 40 hex digits'],
  ['ETH', SDN.ethLower.slice(2), 'not an ETH address: expected 0x and 40 hex digits'],
  ['ETH', `${SDN.ethLower.slice(0, -1)}g`, 'not an ETH address: expected 0x and 40 hex digits'],
  ['BSC', SDN.tron, 'not a BSC address: expected 0x and 40 hex digits'],
  ['ARB', '0x4F47Bc496083C727c5fbe3CE9CDf2B0f6496270C', 'bad EIP-55 checksum'],
];

describe('checkAddress', () => {
  it.each(VALID)('accepts %s %s', (chain, input, address = input, display = address) => {
    expect(checkAddress(chain, input)).toEqual({ ok: true, chain, address, display });
  });

  it.each(INVALID)('rejects %s %j', (chain, input, reason) => {
    expect(checkAddress(chain, input)).toEqual({ ok: false, reason });
  });

  it('gives one identity to every spelling of an EVM address', () => {
    const eip55 = '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed';
    const forms = [eip55, eip55.toLowerCase(), `0x${eip55.slice(2).toUpperCase()}`];
    const checks = forms.map((form) => checkAddress('ETH', form));
    expect(new Set(checks.map((c) => (c.ok ? c.address : c.reason)))).toEqual(new Set([eip55.toLowerCase()]));
    expect(new Set(checks.map((c) => (c.ok ? c.display : c.reason)))).toEqual(new Set([eip55]));
  });

  it('accepts chain aliases and reports the chain code', () => {
    expect(checkAddress('xbt', SDN.btcP2pkh)).toMatchObject({ ok: true, chain: 'BTC' });
    expect(checkAddress('trx', SDN.tron)).toMatchObject({ ok: true, chain: 'TRON' });
    expect(checkAddress('Bitcoin Cash', SDN.bch)).toMatchObject({ ok: true, chain: 'BCH' });
  });
});

describe('parseChain', () => {
  it.each([
    ['XBT', 'BTC'],
    ['btc', 'BTC'],
    ['bitcoin', 'BTC'],
    ['TRX', 'TRON'],
    ['tron', 'TRON'],
    ['ethereum', 'ETH'],
    [' eth ', 'ETH'],
    ['Bitcoin Cash', 'BCH'],
    ['bitcoin-cash', 'BCH'],
    ['litecoin', 'LTC'],
    ['zcash', 'ZEC'],
    ['Monero', 'XMR'],
    ['verge', 'XVG'],
    ['Ethereum Classic', 'ETC'],
    ['BNB Smart Chain', 'BSC'],
    ['arbitrum', 'ARB'],
  ])('reads %j as %s', (input, chain) => {
    expect(parseChain(input)).toBe(chain);
  });

  it('reads every chain code in any case', () => {
    for (const chain of CHAINS) {
      expect(parseChain(chain)).toBe(chain);
      expect(parseChain(chain.toLowerCase())).toBe(chain);
    }
  });

  it.each(['', 'FOO', 'constructor', 'USDT'])('knows nothing of %j', (input) => {
    expect(parseChain(input)).toBeUndefined();
  });
});

describe('chainOfOfacAsset', () => {
  it.each([
    ['XBT', SDN.btcP2pkh, 'BTC'],
    ['ETH', SDN.ethLower, 'ETH'],
    ['TRX', SDN.tron, 'TRON'],
    ['LTC', SDN.ltc, 'LTC'],
    ['XMR', SDN.xmr, 'XMR'],
    ['DASH', SDN.dash, 'DASH'],
    ['ZEC', SDN.zec, 'ZEC'],
    ['BCH', SDN.bch, 'BCH'],
    ['XVG', SDN.xvg, 'XVG'],
    ['ETC', SDN.etc, 'ETC'],
    ['BTG', SDN.btg, 'BTG'],
    ['BSC', SDN.arbBsc, 'BSC'],
    ['ARB', SDN.arbBsc, 'ARB'],
    ['USDT', SDN.ethMixed, 'ETH'],
    ['USDT', SDN.tronUsdt, 'TRON'],
    ['USDT', SDN.btcP2sh, 'BTC'],
    ['USDC', SDN.ethLower, 'ETH'],
  ])('places %s %s on %s', (asset, address, chain) => {
    expect(chainOfOfacAsset(asset, address)).toBe(chain);
  });

  it('gives up on unknown assets and token addresses of no known shape', () => {
    expect(chainOfOfacAsset('DOGE', 'DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L')).toBeUndefined();
    expect(chainOfOfacAsset('USDT', SAPLING)).toBeUndefined();
  });
});
