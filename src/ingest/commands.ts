import { z } from 'zod';
import type { NodeTypename } from '../model/index.js';
import { edgeKey, identifierKey, nodeKey, stateKey, walletKey } from '../model/index.js';
import { fromGlobalId, keyOf } from '../model/index.js';
import { checkAddress } from '../domain/index.js';
import { badUserInput } from '../errors.js';
import type {
  AttachSourcesInput,
  CraftInput,
  EmploymentInput,
  EnforcementActionInput,
  FacilitatorInput,
  IdentifierInput,
  LinkInput,
  NamedEntityInput,
  OperativeInput,
  OrganizationInput,
  PersonInput,
  SalaryPaymentInput,
  SourceInput,
  StateInput,
  TransferInput,
  WalletInput,
} from '../generated/graphql.js';
import type { Dataset } from '../store/index.js';
import { fromTypes, toTypes } from '../model/index.js';
import type { Reference } from './references.js';
import * as v from './validate.js';

/**
 * Each mutation's input becomes a command: the dataset to write, the ids it references (checked
 * in the same transaction), and the key of the object to return. Building a command touches no
 * database, so every check that needs none happens before the transaction starts.
 */
export interface Command {
  readonly dataset: Dataset;
  readonly references: readonly Reference[];
  readonly sources: readonly Reference[];
  readonly synthetic: boolean;
  readonly resultKey: string;
}


/** Sources cited by an input whose provenance has been parsed (so every id decodes). */
function provenanceOf(p: z.output<typeof v.provenance>) {
  const sources = p.sourceIds.map((id, i) => keyOf(`input.provenance.sourceIds.${i}`, id, ['Source']));
  return { sources, sourceKeys: sources.map((s) => s.key), synthetic: p.synthetic };
}

const named = { name: v.text('name'), aliases: v.textList('name'), provenance: v.provenance };
const MAX_REFERENCED = 100;
const ids = (allowed: readonly NodeTypename[]) =>
  z.array(v.globalId(allowed)).max(MAX_REFERENCED, `at most ${MAX_REFERENCED} ids`);

export function upsertSource(input: SourceInput): Command {
  const s = v.parseInput(
    z.object({ ref: v.ref, title: v.text('title'), publisher: v.optText('label'), url: v.url, publishedOn: v.pastDay() }),
    input,
  );
  const key = nodeKey('Source', s.ref);
  const synthetic = input.synthetic ?? false;
  return {
    dataset: {
      sources: [
        {
          key,
          kind: input.kind,
          title: s.title,
          publisher: s.publisher ?? undefined,
          url: s.url ?? undefined,
          publishedOn: s.publishedOn ?? undefined,
          synthetic,
        },
      ],
    },
    references: [],
    sources: [],
    synthetic,
    resultKey: key,
  };
}

export function upsertState(input: StateInput): Command {
  const s = v.parseInput(z.object({ isoCode: v.isoCode, ...named }), input);
  const p = provenanceOf(s.provenance);
  const key = stateKey(s.isoCode);
  return {
    dataset: { states: [{ key, name: s.name, aliases: s.aliases, isoCode: s.isoCode, ...p }] },
    references: [],
    ...p,
    resultKey: key,
  };
}

export function upsertOrganization(input: OrganizationInput): Command {
  const o = v.parseInput(z.object({ ref: v.ref, ...named, remarks: v.textList('text') }), input);
  const p = provenanceOf(o.provenance);
  const key = nodeKey('Organization', o.ref);
  return {
    dataset: { organizations: [{ key, name: o.name, aliases: o.aliases, remarks: o.remarks, kind: input.kind, ...p }] },
    references: [],
    ...p,
    resultKey: key,
  };
}

export function upsertPerson(input: PersonInput): Command {
  const o = v.parseInput(
    z.object({
      ref: v.ref,
      ...named,
      birthDates: v.textList('label'),
      birthPlaces: v.textList('label'),
      gender: v.optText('label'),
      title: v.optText('label'),
      remarks: v.textList('text'),
    }),
    input,
  );
  const p = provenanceOf(o.provenance);
  const key = nodeKey('Person', o.ref);
  return {
    dataset: {
      persons: [
        {
          key,
          name: o.name,
          aliases: o.aliases,
          birthDates: o.birthDates,
          birthPlaces: o.birthPlaces,
          gender: o.gender ?? undefined,
          title: o.title ?? undefined,
          remarks: o.remarks,
          ...p,
        },
      ],
    },
    references: [],
    ...p,
    resultKey: key,
  };
}

export function upsertOperative(input: OperativeInput): Command {
  const o = v.parseInput(z.object({ ref: v.ref, ...named }), input);
  const p = provenanceOf(o.provenance);
  const key = nodeKey('Operative', o.ref);
  return {
    dataset: { operatives: [{ key, name: o.name, aliases: o.aliases, role: input.role, ...p }] },
    references: [],
    ...p,
    resultKey: key,
  };
}

export function upsertFacilitator(input: FacilitatorInput): Command {
  const o = v.parseInput(z.object({ ref: v.ref, ...named }), input);
  const p = provenanceOf(o.provenance);
  const key = nodeKey('Facilitator', o.ref);
  return {
    dataset: { facilitators: [{ key, name: o.name, aliases: o.aliases, role: input.role, ...p }] },
    references: [],
    ...p,
    resultKey: key,
  };
}

export function upsertNamed(typename: 'StolenIdentity' | 'Employer', input: NamedEntityInput): Command {
  const o = v.parseInput(z.object({ ref: v.ref, ...named }), input);
  const p = provenanceOf(o.provenance);
  const key = nodeKey(typename, o.ref);
  const entity = { key, name: o.name, aliases: o.aliases, ...p };
  return {
    dataset: typename === 'Employer' ? { employers: [entity] } : { stolenIdentities: [entity] },
    references: [],
    ...p,
    resultKey: key,
  };
}

export function upsertCraft(input: CraftInput): Command {
  const o = v.parseInput(
    z.object({
      ref: v.ref,
      ...named,
      callSign: v.optText('label'),
      model: v.optText('label'),
      remarks: v.textList('text'),
    }),
    input,
  );
  const p = provenanceOf(o.provenance);
  const key = nodeKey('Craft', o.ref);
  return {
    dataset: {
      crafts: [
        {
          key,
          name: o.name,
          aliases: o.aliases,
          kind: input.kind,
          callSign: o.callSign ?? undefined,
          model: o.model ?? undefined,
          remarks: o.remarks,
          ...p,
        },
      ],
    },
    references: [],
    ...p,
    resultKey: key,
  };
}

export function upsertWallet(input: WalletInput): Command {
  const o = v.parseInput(
    z
      .object({
        chain: z.string(),
        address: z.string(),
        name: v.optText('name'),
        aliases: v.textList('name'),
        controllerIds: ids(fromTypes('CONTROLS', ['Wallet'])).nullish(),
        provenance: v.provenance,
      })
      .superRefine((w, ctx) => {
        const checked = checkAddress(w.chain, w.address);
        if (!checked.ok) ctx.addIssue({ code: 'custom', path: ['address'], message: checked.reason });
      }),
    input,
  );
  const wallet = checkAddress(o.chain, o.address);
  if (!wallet.ok) throw badUserInput('input.address', wallet.reason);
  const p = provenanceOf(o.provenance);
  const key = walletKey(wallet.chain, wallet.address);
  const controllers = (o.controllerIds ?? []).map((id, i) =>
    keyOf(`input.controllerIds.${i}`, id, fromTypes('CONTROLS', ['Wallet'])),
  );
  return {
    dataset: {
      wallets: [{ chain: wallet.chain, address: wallet.address, name: o.name ?? wallet.display, aliases: o.aliases, ...p }],
      links: controllers.map((c) => ({ type: 'CONTROLS' as const, from: c.key, to: key, ...p })),
    },
    references: controllers,
    ...p,
    resultKey: key,
  };
}

export function upsertIdentifier(input: IdentifierInput): Command {
  const o = v.parseInput(
    z.object({
      type: v.text('label'),
      value: v.text('label'),
      issuerIsoCode: v.isoCode.nullish(),
      issuedOn: v.optText('label'),
      expiresOn: v.optText('label'),
      holderIds: ids(fromTypes('HAS_IDENTIFIER')).nullish(),
      provenance: v.provenance,
    }),
    input,
  );
  const p = provenanceOf(o.provenance);
  const key = identifierKey(o.type, o.value, o.issuerIsoCode ?? undefined);
  const holders = (o.holderIds ?? []).map((id, i) =>
    keyOf(`input.holderIds.${i}`, id, fromTypes('HAS_IDENTIFIER')),
  );
  const issuer = o.issuerIsoCode
    ? [{ field: 'input.issuerIsoCode', key: stateKey(o.issuerIsoCode), allowed: ['State'] as const }]
    : [];
  return {
    dataset: {
      identifiers: [
        {
          key,
          type: o.type,
          value: o.value,
          issuedOn: o.issuedOn ?? undefined,
          expiresOn: o.expiresOn ?? undefined,
          ...p,
        },
      ],
      links: [
        ...holders.map((h) => ({ type: 'HAS_IDENTIFIER' as const, from: h.key, to: key, ...p })),
        ...issuer.map((s) => ({ type: 'ISSUED_BY' as const, from: key, to: s.key, ...p })),
      ],
    },
    references: [...holders, ...issuer],
    ...p,
    resultKey: key,
  };
}

export function recordEmployment(input: EmploymentInput): Command {
  const o = v.parseInput(
    z
      .object({
        employerId: v.globalId(['Employer']),
        identityId: v.globalId(['StolenIdentity']),
        jobTitle: v.optText('label'),
        startedOn: v.pastDay(),
        endedOn: v.pastDay(),
        provenance: v.provenance,
      })
      .superRefine((e, ctx) => {
        if (e.startedOn && e.endedOn && e.endedOn < e.startedOn) {
          ctx.addIssue({ code: 'custom', path: ['endedOn'], message: 'must not be before startedOn' });
        }
      }),
    input,
  );
  const p = provenanceOf(o.provenance);
  const employer = keyOf('input.employerId', o.employerId, ['Employer']);
  const identity = keyOf('input.identityId', o.identityId, ['StolenIdentity']);
  const key = edgeKey('Employment', `${employer.key}/${identity.key}/${o.startedOn ?? 'undated'}`);
  return {
    dataset: {
      employments: [
        {
          key,
          employer: employer.key,
          identity: identity.key,
          jobTitle: o.jobTitle ?? undefined,
          startedOn: o.startedOn ?? undefined,
          endedOn: o.endedOn ?? undefined,
          ...p,
        },
      ],
    },
    references: [employer, identity],
    ...p,
    resultKey: key,
  };
}

/** The chain of a wallet, read from its key (`wallet:CHAIN:address`). */
function chainOfWalletKey(key: string): string {
  return key.split(':')[1] ?? '';
}

/** The chain of a wallet's global id, or undefined when it is not a wallet's. */
function chainOfWalletId(id: string): string | undefined {
  const decoded = fromGlobalId(id);
  return decoded?.typename === 'Wallet' ? chainOfWalletKey(decoded.key) : undefined;
}

export function recordSalaryPayment(input: SalaryPaymentInput): Command {
  const o = v.parseInput(
    z
      .object({
        employerId: v.globalId(['Employer']),
        walletId: v.globalId(['Wallet']),
        identityId: v.globalId(['StolenIdentity']).nullish(),
        amount: z.string(),
        asset: v.asset,
        paidAt: v.moneyInstant,
        txHash: v.txHash.nullish(),
        index: v.outputIndex,
        ref: v.ref.nullish(),
        provenance: v.provenance,
      })
      .superRefine((s, ctx) => {
        v.checkAmountOf(ctx, s.amount, s.asset);
        if (!s.txHash && !s.ref) ctx.addIssue({ code: 'custom', path: ['ref'], message: 'is required when there is no txHash' });
      }),
    input,
  );
  const p = provenanceOf(o.provenance);
  const employer = keyOf('input.employerId', o.employerId, ['Employer']);
  const wallet = keyOf('input.walletId', o.walletId, ['Wallet']);
  const identity = o.identityId ? keyOf('input.identityId', o.identityId, ['StolenIdentity']) : undefined;
  const txHash = o.txHash ?? undefined;
  const key = edgeKey('SalaryPayment', txHash ? `tx:${chainOfWalletKey(wallet.key)}:${txHash}:${o.index ?? 0}` : `ref:${o.ref}`);
  return {
    dataset: {
      salaryPayments: [
        {
          key,
          employer: employer.key,
          wallet: wallet.key,
          identity: identity?.key,
          amount: o.amount,
          asset: o.asset,
          paidAt: o.paidAt,
          txHash,
          ...p,
        },
      ],
    },
    references: [employer, wallet, ...(identity ? [identity] : [])],
    ...p,
    resultKey: key,
  };
}

/** Natural key of an on-chain transfer: one output (or log entry) of one transaction. */
export function transferKey(chain: string, txHash: string, index: number): string {
  return edgeKey('Transfer', `${chain}:${txHash}:${index}`);
}

export function recordTransfer(input: TransferInput): Command {
  const o = v.parseInput(
    z
      .object({
        fromWalletId: v.globalId(['Wallet']),
        toWalletId: v.globalId(['Wallet']),
        amount: z.string(),
        asset: v.asset,
        at: v.moneyInstant,
        txHash: v.txHash,
        index: v.outputIndex,
        provenance: v.provenance,
      })
      .superRefine((t, ctx) => {
        v.checkAmountOf(ctx, t.amount, t.asset);
        const from = chainOfWalletId(t.fromWalletId);
        const to = chainOfWalletId(t.toWalletId);
        if (from === undefined || to === undefined) return;
        const issue = (message: string) => ctx.addIssue({ code: 'custom', path: ['toWalletId'], message });
        if (from !== to) issue(`must be on the same chain as the sending wallet (${from})`);
        else if (t.fromWalletId === t.toWalletId) issue('must differ from the sending wallet');
      }),
    input,
  );
  const p = provenanceOf(o.provenance);
  const from = keyOf('input.fromWalletId', o.fromWalletId, ['Wallet']);
  const to = keyOf('input.toWalletId', o.toWalletId, ['Wallet']);
  const index = o.index ?? 0;
  const key = transferKey(chainOfWalletKey(from.key), o.txHash, index);
  return {
    dataset: {
      transfers: [
        { key, from: from.key, to: to.key, amount: o.amount, asset: o.asset, at: o.at, txHash: o.txHash, index, ...p },
      ],
    },
    references: [from, to],
    ...p,
    resultKey: key,
  };
}

export function recordEnforcementAction(input: EnforcementActionInput): Command {
  const o = v.parseInput(
    z
      .object({
        ref: v.ref,
        title: v.text('title'),
        summary: v.optText('text'),
        date: v.pastDay(),
        datePrecision: z.string().nullish(),
        reference: v.optText('label'),
        amountUsd: v.amountIn('USD').nullish(),
        programs: v.textList('label'),
        authorityId: v.globalId(['Organization']).nullish(),
        targetIds: ids(toTypes('TARGETS')).min(1, 'must name at least one target'),
        provenance: v.provenance,
      })
      .superRefine((a, ctx) => {
        if (a.date && !a.datePrecision) ctx.addIssue({ code: 'custom', path: ['datePrecision'], message: 'is required with date' });
        if (!a.date && a.datePrecision) ctx.addIssue({ code: 'custom', path: ['date'], message: 'is required with datePrecision' });
      }),
    input,
  );
  const p = provenanceOf(o.provenance);
  const targets = o.targetIds.map((id, i) => keyOf(`input.targetIds.${i}`, id, toTypes('TARGETS')));
  const authority = o.authorityId ? keyOf('input.authorityId', o.authorityId, ['Organization']) : undefined;
  const key = nodeKey('EnforcementAction', o.ref);
  return {
    dataset: {
      enforcementActions: [
        {
          key,
          kind: input.kind,
          title: o.title,
          summary: o.summary ?? undefined,
          date: o.date ?? undefined,
          datePrecision: input.datePrecision ?? undefined,
          amountUsd: o.amountUsd ?? undefined,
          reference: o.reference ?? undefined,
          programs: o.programs,
          status: input.status,
          authority: authority?.key,
          targets: targets.map((t) => t.key),
          ...p,
        },
      ],
    },
    references: [...targets, ...(authority ? [authority] : [])],
    ...p,
    resultKey: key,
  };
}

export function link(input: LinkInput): Command & { fromKey: string; toKey: string } {
  const rule = { from: fromTypes(input.kind), to: toTypes(input.kind) };
  const o = v.parseInput(
    z
      .object({ fromId: v.globalId(rule.from), toId: v.globalId(rule.to), provenance: v.provenance })
      .superRefine((l, ctx) => {
        if (l.fromId === l.toId) ctx.addIssue({ code: 'custom', path: ['toId'], message: 'must differ from fromId' });
      }),
    input,
  );
  const p = provenanceOf(o.provenance);
  const from = keyOf('input.fromId', o.fromId, rule.from);
  const to = keyOf('input.toId', o.toId, rule.to);
  return {
    dataset: { links: [{ type: input.kind, from: from.key, to: to.key, ...p }] },
    references: [from, to],
    ...p,
    resultKey: from.key,
    fromKey: from.key,
    toKey: to.key,
  };
}

const CITABLE = fromTypes('SOURCED_FROM');

export function attachSources(input: AttachSourcesInput): Command {
  const o = v.parseInput(
    z.object({
      id: v.globalId(CITABLE),
      sourceIds: z
        .array(v.globalId(['Source']))
        .min(1, 'must name at least one source')
        .max(v.MAX_SOURCES, `at most ${v.MAX_SOURCES} sources`),
    }),
    input,
  );
  const target = keyOf('input.id', o.id, CITABLE);
  const sources = o.sourceIds.map((id, i) => keyOf(`input.sourceIds.${i}`, id, ['Source']));
  return {
    dataset: { citations: [{ key: target.key, sourceKeys: sources.map((s) => s.key) }] },
    references: [target],
    sources,
    // Citing one more document asserts nothing new, so any source may be added to anything.
    synthetic: true,
    resultKey: target.key,
  };
}
