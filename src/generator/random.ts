import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/**
 * Seeded randomness for the generator. Every part of the world (a cell, a front company, the
 * shared backdrop) draws from its own stream, seeded from the ids that name it, so what a cell
 * holds depends only on the seed and its index: never on the scale, the batch size, or how many
 * numbers some other part of the world happened to draw.
 */
export class Random {
  private readonly rng: ReturnType<typeof xoroshiro128plusFromState>;

  constructor(state: readonly number[]) {
    this.rng = xoroshiro128plusFromState(state);
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return uniformInt(this.rng, min, max);
  }

  /** True with probability `p` (to a millionth). */
  chance(p: number): boolean {
    return this.int(0, 999_999) < p * 1_000_000;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(0, items.length - 1)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** `chars` lowercase hex digits; a table lookup, as addresses and hashes are most of the work. */
  hex(chars: number): string {
    let out = '';
    while (out.length < chars) {
      const v = this.rng.next();
      out += `${byteHex(v >>> 24)}${byteHex((v >>> 16) & 255)}${byteHex((v >>> 8) & 255)}${byteHex(v & 255)}`;
    }
    return out.length === chars ? out : out.slice(0, chars);
  }
}

const BYTE_HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));
const byteHex = (b: number) => BYTE_HEX[b] ?? '00';

/** Murmur3's finaliser: spreads every input bit over the whole 32-bit word. */
function mix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** A stream named by a list of small non-negative integers (seed, stream kind, index...). */
export function randomFor(...ids: readonly number[]): Random {
  let h = 0x2545f491;
  for (const id of ids) h = mix32(h ^ mix32(id + 0x9e3779b9));
  const state = [1, 2, 3, 4].map((k) => mix32(h + Math.imul(k, 0x9e3779b9)));
  // xoroshiro must not start from all zeros; one word is enough to rule it out.
  if (!state.some((word) => word !== 0)) state[0] = 1;
  return new Random(state);
}
