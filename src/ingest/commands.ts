import { z } from 'zod';
import { EDGE_TYPES, NODE_TYPES, identifierKey, walletKey, type NodeTypename } from '../db/model.js';
import { checkAddress } from '../domain/addresses.js';
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
  Provenance,
  SalaryPaymentInput,
  SourceInput,
  StateInput,
  TransferInput,
  WalletInput,
} from '../generated/graphql.js';
import type { Dataset } from '../store/dataset.js';
import { ENTITY_TYPES, LINK_ENDPOINTS } from '../db/link-endpoints.js';
import { keyOf, type Reference } from './references.js';
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


function provenanceOf(p: Provenance) {
  const parsed = v.parseInput(z.object({ provenance: v.provenance }), { provenance: p }).provenance;
  const sources = parsed.sourceIds.map((id, i) => keyOf(`input.provenance.sourceIds.${i}`, id, ['Source']));
  return { sources, sourceKeys: sources.map((s) => s.key), synthetic: parsed.synthetic };
}

const named = { name: v.text, aliases: v.textList };

export function upsertSource(input: SourceInput): Command {
  const s = v.parseInput(
    z.object({ ref: v.ref, title: v.text, publisher: v.optText, url: v.url }),
    input,
  );
  const key = `${NODE_TYPES.Source.prefix}:${s.ref}`;
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
          publishedOn: input.publishedOn ?? undefined,
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
  const p = provenanceOf(input.provenance);
  const key = `${NODE_TYPES.State.prefix}:${s.isoCode}`;
  return {
    dataset: { states: [{ key, name: s.name, aliases: s.aliases, isoCode: s.isoCode, ...p }] },
    references: [],
    ...p,
    resultKey: key,
  };
}

function refKey(typename: NodeTypename, ref: string) {
  return `${NODE_TYPES[typename].prefix}:${ref}`;
}

export function upsertOrganization(input: OrganizationInput): Command {
  const o = v.parseInput(z.object({ ref: v.ref, ...named, remarks: v.textList }), input);
  const p = provenanceOf(input.provenance);
  const key = refKey('Organization', o.ref);
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
      birthDates: v.textList,
      birthPlaces: v.textList,
      gender: v.optText,
      title: v.optText,
      remarks: v.textList,
    }),
    input,
  );
  const p = provenanceOf(input.provenance);
  const key = refKey('Person', o.ref);
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
  const p = provenanceOf(input.provenance);
  const key = refKey('Operative', o.ref);
  return {
    dataset: { operatives: [{ key, name: o.name, aliases: o.aliases, role: input.role, ...p }] },
    references: [],
    ...p,
    resultKey: key,
  };
}

export function upsertFacilitator(input: FacilitatorInput): Command {
  const o = v.parseInput(z.object({ ref: v.ref, ...named }), input);
  const p = provenanceOf(input.provenance);
  const key = refKey('Facilitator', o.ref);
  return {
    dataset: { facilitators: [{ key, name: o.name, aliases: o.aliases, role: input.role, ...p }] },
    references: [],
    ...p,
    resultKey: key,
  };
}

export function upsertNamed(typename: 'StolenIdentity' | 'Employer', input: NamedEntityInput): Command {
  const o = v.parseInput(z.object({ ref: v.ref, ...named }), input);
  const p = provenanceOf(input.provenance);
  const key = refKey(typename, o.ref);
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
    z.object({ ref: v.ref, ...named, callSign: v.optText, model: v.optText, remarks: v.textList }),
    input,
  );
  const p = provenanceOf(input.provenance);
  const key = refKey('Craft', o.ref);
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

function checkedWallet(field: string, chain: string, address: string) {
  const checked = checkAddress(chain, address);
  if (!checked.ok) throw badUserInput(field, checked.reason);
  return checked;
}

export function upsertWallet(input: WalletInput): Command {
  const o = v.parseInput(z.object({ name: v.optText, aliases: v.textList }), input);
  const wallet = checkedWallet('input.address', input.chain, input.address);
  const p = provenanceOf(input.provenance);
  const key = walletKey(wallet.chain, wallet.address);
  const controllers = (input.controllerIds ?? []).map((id, i) =>
    keyOf(`input.controllerIds.${i}`, id, LINK_ENDPOINTS.CONTROLS.from),
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
      type: v.text,
      value: v.text,
      issuerIsoCode: v.isoCode.nullish(),
      issuedOn: v.optText,
      expiresOn: v.optText,
    }),
    input,
  );
  const p = provenanceOf(input.provenance);
  const key = identifierKey(o.type, o.value, o.issuerIsoCode ?? undefined);
  const holders = (input.holderIds ?? []).map((id, i) =>
    keyOf(`input.holderIds.${i}`, id, LINK_ENDPOINTS.HAS_IDENTIFIER.from),
  );
  const issuer = o.issuerIsoCode
    ? [{ field: 'input.issuerIsoCode', key: `${NODE_TYPES.State.prefix}:${o.issuerIsoCode}`, allowed: ['State'] as const }]
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
  const o = v.parseInput(z.object({ jobTitle: v.optText }), input);
  if (input.startedOn && input.endedOn && input.endedOn < input.startedOn) {
    throw badUserInput('input.endedOn', 'must not be before startedOn');
  }
  const p = provenanceOf(input.provenance);
  const employer = keyOf('input.employerId', input.employerId, ['Employer']);
  const identity = keyOf('input.identityId', input.identityId, ['StolenIdentity']);
  const key = `${EDGE_TYPES.Employment.prefix}:${employer.key}/${identity.key}/${input.startedOn ?? 'undated'}`;
  return {
    dataset: {
      employments: [
        {
          key,
          employer: employer.key,
          identity: identity.key,
          jobTitle: o.jobTitle ?? undefined,
          startedOn: input.startedOn ?? undefined,
          endedOn: input.endedOn ?? undefined,
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

function txHashOf(field: string, hash: string): string {
  const normalised = v.normaliseTxHash(hash);
  if (!normalised) throw badUserInput(field, 'must be 64 hex digits (with or without 0x)');
  return normalised;
}

export function recordSalaryPayment(input: SalaryPaymentInput): Command {
  const o = v.parseInput(
    z.object({ amount: v.positiveDecimal, asset: v.asset, index: v.outputIndex, ref: v.ref.nullish() }),
    input,
  );
  const p = provenanceOf(input.provenance);
  const employer = keyOf('input.employerId', input.employerId, ['Employer']);
  const wallet = keyOf('input.walletId', input.walletId, ['Wallet']);
  const identity = input.identityId ? keyOf('input.identityId', input.identityId, ['StolenIdentity']) : undefined;
  const txHash = input.txHash ? txHashOf('input.txHash', input.txHash) : undefined;
  if (!txHash && !o.ref) throw badUserInput('input.ref', 'is required when there is no txHash');
  const prefix = EDGE_TYPES.SalaryPayment.prefix;
  const key = txHash
    ? `${prefix}:tx:${chainOfWalletKey(wallet.key)}:${txHash}:${o.index ?? 0}`
    : `${prefix}:ref:${o.ref}`;
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
          paidAt: input.paidAt,
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
  return `${EDGE_TYPES.Transfer.prefix}:${chain}:${txHash}:${index}`;
}

export function recordTransfer(input: TransferInput): Command {
  const o = v.parseInput(z.object({ amount: v.positiveDecimal, asset: v.asset, index: v.outputIndex }), input);
  const p = provenanceOf(input.provenance);
  const from = keyOf('input.fromWalletId', input.fromWalletId, ['Wallet']);
  const to = keyOf('input.toWalletId', input.toWalletId, ['Wallet']);
  const chain = chainOfWalletKey(from.key);
  if (chainOfWalletKey(to.key) !== chain) {
    throw badUserInput('input.toWalletId', `must be on the same chain as the sending wallet (${chain})`);
  }
  if (from.key === to.key) throw badUserInput('input.toWalletId', 'must differ from the sending wallet');
  const txHash = txHashOf('input.txHash', input.txHash);
  const index = o.index ?? 0;
  const key = transferKey(chain, txHash, index);
  return {
    dataset: {
      transfers: [
        { key, from: from.key, to: to.key, amount: o.amount, asset: o.asset, at: input.at, txHash, index, ...p },
      ],
    },
    references: [from, to],
    ...p,
    resultKey: key,
  };
}

export function recordEnforcementAction(input: EnforcementActionInput): Command {
  const o = v.parseInput(
    z.object({
      ref: v.ref,
      title: v.text,
      summary: v.optText,
      reference: v.optText,
      amountUsd: v.positiveDecimal.nullish(),
      programs: v.textList,
      targetIds: z.array(z.string()).min(1, 'must name at least one target'),
    }),
    input,
  );
  if (input.date && !input.datePrecision) throw badUserInput('input.datePrecision', 'is required with date');
  if (!input.date && input.datePrecision) throw badUserInput('input.date', 'is required with datePrecision');
  const p = provenanceOf(input.provenance);
  const targets = o.targetIds.map((id, i) => keyOf(`input.targetIds.${i}`, id, ENTITY_TYPES));
  const authority = input.authorityId ? keyOf('input.authorityId', input.authorityId, ['Organization']) : undefined;
  const key = refKey('EnforcementAction', o.ref);
  return {
    dataset: {
      enforcementActions: [
        {
          key,
          kind: input.kind,
          title: o.title,
          summary: o.summary ?? undefined,
          date: input.date ?? undefined,
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
  const rule = LINK_ENDPOINTS[input.kind];
  const p = provenanceOf(input.provenance);
  const from = keyOf('input.fromId', input.fromId, rule.from);
  const to = keyOf('input.toId', input.toId, rule.to);
  if (from.key === to.key) throw badUserInput('input.toId', 'must differ from fromId');
  return {
    dataset: { links: [{ type: input.kind, from: from.key, to: to.key, ...p }] },
    references: [from, to],
    ...p,
    resultKey: from.key,
    fromKey: from.key,
    toKey: to.key,
  };
}

export function attachSources(input: AttachSourcesInput): Command {
  const target = keyOf('input.id', input.id, [...ENTITY_TYPES, 'Identifier', 'EnforcementAction']);
  if (input.sourceIds.length === 0) throw badUserInput('input.sourceIds', 'must name at least one source');
  const sources = input.sourceIds.map((id, i) => keyOf(`input.sourceIds.${i}`, id, ['Source']));
  return {
    dataset: { citations: [{ key: target.key, sourceKeys: sources.map((s) => s.key) }] },
    references: [target],
    sources,
    // Citing one more document asserts nothing new, so any source may be added to anything.
    synthetic: true,
    resultKey: target.key,
  };
}
