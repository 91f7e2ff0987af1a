import { decimalsOf } from '../../src/domain/assets.js';
import { exposure, type ExposureResult, type TaintMethod } from '../../src/domain/trails/exposure.js';
import type { ExposureBudget } from '../../src/domain/trails/money-read.js';
import { MemoryMoneyGraph, type MemoryMoneyData, type MemoryTransfer } from './memory-money-graph.js';
import { referenceExposure } from './reference-exposure.js';

/**
 * Small worlds for the exposure tests: `D`-named wallets are the DPRK's (through a front it
 * controls), `X`-named ones are sanctioned (a designation in force), and transfers are written
 * `from>to amount @hour [asset] [#key]`.
 */

export const DPRK_WALLETS = ['D', 'D2'];
export const SANCTIONED_WALLETS = ['X', 'X2'];

const LINE = /^(\w+)>(\w+) ([\d.]+) @(\d+)(?: ([A-Z]+))?(?: #(\S+))?$/;

export function transfers(...lines: string[]): MemoryTransfer[] {
  return lines.map((line, i) => {
    const m = LINE.exec(line.trim());
    if (!m) throw new Error(`not a transfer: ${line}`);
    const [, from, to, amount, at, asset = 'USDC', key = `t${String(i).padStart(3, '0')}`] = m;
    return { key: key!, from: from!, to: to!, amount: amount!, asset, at: Number(at) };
  });
}

/** A world whose wallets are every name the transfers use, plus the destinations. */
export function world(moves: readonly MemoryTransfer[], extra: Partial<MemoryMoneyData> = {}): MemoryMoneyData {
  const named = new Set([...DPRK_WALLETS, ...SANCTIONED_WALLETS, ...moves.flatMap((t) => [t.from, t.to]), ...(extra.wallets ?? [])]);
  return {
    ...extra,
    wallets: [...named],
    transfers: moves,
    controls: [
      { from: 'state:KP', to: 'org:front' },
      ...DPRK_WALLETS.map((w) => ({ from: 'org:front', to: w })),
      ...(extra.controls ?? []),
    ],
    designations: [{ targets: SANCTIONED_WALLETS, status: 'COMPLETED' }, ...(extra.designations ?? [])],
  };
}

export async function categoriesOf(graph: MemoryMoneyGraph) {
  return [
    { name: 'DPRK_CONTROLLED', wallets: await graph.destinations('state:KP') },
    { name: 'SANCTIONED', wallets: await graph.sanctioned() },
  ];
}

export async function expose(
  data: MemoryMoneyData,
  subject: string,
  method: TaintMethod,
  maxHops = 6,
  budget?: ExposureBudget,
): Promise<ExposureResult> {
  const graph = new MemoryMoneyGraph(data);
  return exposure(graph, { subject, categories: await categoriesOf(graph), maxHops, method, budget });
}

/** The reference's answer on the same world, with the categories the graph names. */
export async function reference(data: MemoryMoneyData, subject: string, method: TaintMethod, maxHops = 6) {
  const categories = (await categoriesOf(new MemoryMoneyGraph(data))).map((c) => ({ name: c.name, wallets: new Set(c.wallets.keys()) }));
  return referenceExposure(data, subject, categories, maxHops, method, decimalsOf);
}

/** An entry's figures, for comparing with toEqual. */
export const figures = (r: ExposureResult) =>
  r.entries.map(({ category, asset, nearestHops, nearestMoneyHops, amount, directAmount }) => ({
    category,
    asset,
    nearestHops,
    nearestMoneyHops,
    amount,
    directAmount,
  }));
