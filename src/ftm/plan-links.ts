import { LINK_TYPES, NODE_TYPES, type LinkType, type NodeTypename } from '../model/index.js';
import { edgeKey, typenameOfKey } from '../model/index.js';
import { emptyDraft } from './draft.js';
import { checkAmount } from '../domain/index.js';
import { checkMoneyInstant, checkPastDay } from '../domain/index.js';
import { parseFtmDate, parseFtmInstant } from './ftm-dates.js';
import { first, isSyntheticEntity, values, type FtmEntity } from './ftm-entity.js';
import { ftmKey, keyForId } from './keys.js';
import { fromTypes, toTypes } from '../model/index.js';
import { checkIdPrefix, LineRejected, only, proofRefs, RANK, refsOf, required, type LinePlan, type Ref } from './plan.js';
import { sanctionStatus } from './vocabulary.js';

/** Planning of the FtM schemas that become relationships: payments, jobs, sanctions and links. */

const SEQUENCE = /^\d{1,9}$/;

/** Every node type but Source: sources are cited through `proof`, never linked. */
const LINKABLE = (Object.keys(NODE_TYPES) as NodeTypename[]).filter((t) => t !== 'Source');

function linkPlan(line: number, entity: FtmEntity, refs: readonly Ref[]) {
  return {
    line,
    entity,
    rank: RANK.link,
    synthetic: isSyntheticEntity(entity),
    refs: [...proofRefs(entity), ...refs],
    alsoWrites: [],
    countries: [],
    sourceUrls: values(entity, 'sourceUrl'),
    authorityNames: [] as string[],
  };
}

/** The first of these date properties the line gives, read as a day. */
function dateOf(entity: FtmEntity, properties: readonly string[]) {
  for (const property of properties) {
    const text = first(entity, property);
    if (text === undefined) continue;
    const date = parseFtmDate(text);
    if (!date) throw new LineRejected(property, `"${text}" is not a date`);
    // The same rule as the API's: jobs and sanctions are dated on days that have been.
    const when = checkPastDay(date.iso);
    if (!when.ok) throw new LineRejected(property, `"${text}" ${when.reason}`);
    return date;
  }
  return undefined;
}

/** Our transfer keys name the chain, transaction and output, so two sources of one transfer agree. */
function transferKey(id: string, payerKey: string, txHash: string | undefined, index: number | undefined): string {
  if (typenameOfKey(id)) return id;
  if (txHash === undefined) return ftmKey('Transfer', id);
  const chain = payerKey.split(':')[1];
  return edgeKey('Transfer', `${chain}:${txHash.toLowerCase()}:${index ?? 0}`);
}

/** A salary when an employer pays, else a transfer between wallets. */
export function planPayment(line: number, entity: FtmEntity): LinePlan {
  checkIdPrefix(entity, ['SalaryPayment', 'Transfer']);
  const amount = required(entity, 'amount');
  const asset = required(entity, 'currency');
  // The API's amount rule: positive, plain digits, within the asset's decimal places.
  const checkedAmount = checkAmount(amount, asset);
  if (!checkedAmount.ok) throw new LineRejected('amount', `"${amount}" ${checkedAmount.reason}`);
  const dateProperty = first(entity, 'date') === undefined && first(entity, 'startDate') !== undefined ? 'startDate' : 'date';
  const when = required(entity, dateProperty);
  const at = parseFtmInstant(when);
  if (!at) throw new LineRejected(dateProperty, `"${when}" is not a date or time`);
  const moved = checkMoneyInstant(at);
  if (!moved.ok) throw new LineRejected(dateProperty, `"${when}" ${moved.reason}`);
  const txHash = first(entity, 'transactionNumber');
  const sequence = first(entity, 'sequenceNumber');
  if (sequence !== undefined && !SEQUENCE.test(sequence)) {
    throw new LineRejected('sequenceNumber', `"${sequence}" is not an output or log index`);
  }
  const index = sequence === undefined ? undefined : Number(sequence);
  const refs = [
    ...refsOf(entity, 'payer', [...fromTypes('PAID_SALARY'), ...fromTypes('TRANSFERRED')], { required: true, single: true }),
    ...refsOf(entity, 'beneficiary', ['Wallet', 'StolenIdentity'], { required: true }),
  ];

  return {
    ...linkPlan(line, entity, refs),
    build(context) {
      const draft = emptyDraft();
      const payer = only(context.resolved('payer'), 'payer');
      const beneficiaries = context.resolved('beneficiary');
      context.touch('payer', payer);
      beneficiaries.forEach((b) => context.touch('beneficiary', b));
      const wallet = only(
        beneficiaries.filter((b) => b.typename === 'Wallet'),
        'beneficiary',
      );
      const identities = beneficiaries.filter((b) => b.typename === 'StolenIdentity');
      const sourced = { synthetic: isSyntheticEntity(entity), sourceKeys: context.sourceKeys };
      const idType = typenameOfKey(entity.id);
      if (payer.typename === 'Employer') {
        if (idType === 'Transfer') throw new LineRejected('id', `${entity.id} is a transfer, but the payer is an employer`);
        draft.salaryPayments.push({
          key: keyForId(entity.id, 'SalaryPayment'),
          employer: payer.key,
          wallet: wallet.key,
          identity: identities.length > 0 ? only(identities, 'beneficiary').key : undefined,
          amount,
          asset,
          paidAt: at,
          txHash,
          ...sourced,
        });
      } else {
        if (idType === 'SalaryPayment') throw new LineRejected('id', `${entity.id} is a salary, but the payer is a wallet`);
        if (identities.length > 0) throw new LineRejected('beneficiary', 'a transfer runs from wallet to wallet');
        draft.transfers.push({
          key: transferKey(entity.id, payer.key, txHash, index),
          from: payer.key,
          to: wallet.key,
          amount,
          asset,
          at,
          txHash,
          index,
          ...sourced,
        });
      }
      return draft;
    },
  };
}

/** A job an employer gave to a (stolen) identity. */
export function planEmployment(line: number, entity: FtmEntity): LinePlan {
  checkIdPrefix(entity, ['Employment']);
  const started = dateOf(entity, ['startDate']);
  const ended = dateOf(entity, ['endDate']);
  const refs = [
    ...refsOf(entity, 'employer', fromTypes('EMPLOYED'), { required: true, single: true }),
    ...refsOf(entity, 'employee', toTypes('EMPLOYED'), { required: true, single: true }),
  ];

  return {
    ...linkPlan(line, entity, refs),
    build(context) {
      const draft = emptyDraft();
      const employer = only(context.resolved('employer'), 'employer');
      const identity = only(context.resolved('employee'), 'employee');
      context.touch('employer', employer);
      context.touch('employee', identity);
      draft.employments.push({
        key: keyForId(entity.id, 'Employment'),
        employer: employer.key,
        identity: identity.key,
        jobTitle: first(entity, 'role'),
        startedOn: started?.iso,
        endedOn: ended?.iso,
        synthetic: isSyntheticEntity(entity),
        sourceKeys: context.sourceKeys,
      });
      return draft;
    },
  };
}

/**
 * A sanction designation. FtM names the authority in words: it becomes the ISSUED_BY link when
 * exactly one organisation with the line's synthetic flag has that name or alias, and otherwise
 * stays in words at the end of the summary.
 */
export function planSanction(line: number, entity: FtmEntity): LinePlan {
  checkIdPrefix(entity, ['EnforcementAction']);
  const synthetic = isSyntheticEntity(entity);
  const key = keyForId(entity.id, 'EnforcementAction');
  const authority = first(entity, 'authority');
  const programs = values(entity, 'program');
  const date = dateOf(entity, ['startDate', 'listingDate', 'date']);
  const refs = refsOf(entity, 'entity', toTypes('TARGETS'), { required: true });
  const title =
    first(entity, 'summary') ??
    `Sanction designation${authority ? ` by ${authority}` : ''}${programs.length > 0 ? ` under ${programs.join(', ')}` : ''}`;

  return {
    ...linkPlan(line, entity, refs),
    own: { key, typename: 'EnforcementAction', synthetic },
    authorityNames: authority ? [authority] : [],
    build(context) {
      const draft = emptyDraft();
      const targets = context.resolved('entity');
      targets.forEach((t) => context.touch('entity', t));
      const issuer = authority ? context.organizationNamed(authority) : undefined;
      const summary = [
        ...values(entity, 'description'),
        ...values(entity, 'reason').map((reason) => `Reason: ${reason}`),
        ...(authority && !issuer ? [`Authority: ${authority}`] : []),
      ].join('\n\n');
      draft.enforcementActions.push({
        key,
        kind: 'SANCTION_DESIGNATION',
        title,
        summary: summary || undefined,
        date: date?.iso,
        datePrecision: date?.precision,
        reference: first(entity, 'authorityId') ?? first(entity, 'unscId'),
        programs,
        status: sanctionStatus(first(entity, 'status')),
        authority: issuer?.key,
        targets: targets.map((t) => t.key),
        synthetic,
        sourceKeys: context.sourceKeys,
      });
      return draft;
    },
  };
}

/** Ownership of a craft is OWNS; of an organisation or wallet, CONTROLS. */
export function planOwnership(line: number, entity: FtmEntity): LinePlan {
  const refs = [
    ...refsOf(entity, 'owner', [...new Set([...fromTypes('CONTROLS'), ...fromTypes('OWNS')])], { required: true, single: true }),
    ...refsOf(entity, 'asset', [...toTypes('CONTROLS'), ...toTypes('OWNS')], { required: true, single: true }),
  ];
  return {
    ...linkPlan(line, entity, refs),
    build(context) {
      const draft = emptyDraft();
      const owner = only(context.resolved('owner'), 'owner');
      const asset = only(context.resolved('asset'), 'asset');
      const type = asset.typename === 'Craft' ? 'OWNS' : 'CONTROLS';
      draft.links.push(context.link(type, { property: 'owner', entity: owner }, { property: 'asset', entity: asset }));
      return draft;
    },
  };
}

export function planDirectorship(line: number, entity: FtmEntity): LinePlan {
  const refs = [
    ...refsOf(entity, 'director', fromTypes('MEMBER_OF'), { required: true, single: true }),
    ...refsOf(entity, 'organization', toTypes('MEMBER_OF'), { required: true, single: true }),
  ];
  return {
    ...linkPlan(line, entity, refs),
    build(context) {
      const draft = emptyDraft();
      const director = only(context.resolved('director'), 'director');
      const organization = only(context.resolved('organization'), 'organization');
      draft.links.push(
        context.link('MEMBER_OF', { property: 'director', entity: director }, { property: 'organization', entity: organization }),
      );
      return draft;
    },
  };
}

/**
 * Our exports write links FtM has no schema for as UnknownLinks whose role is the link type; any
 * other role (an FtM publisher's words) is a plain LINKED_TO.
 */
function linkTypeOfRole(role: string | undefined): LinkType {
  if (role === LINK_TYPES.SOURCED_FROM) throw new LineRejected('role', 'sources are cited through proof, not linked');
  return role !== undefined && Object.hasOwn(LINK_TYPES, role) ? (role as LinkType) : 'LINKED_TO';
}

export function planUnknownLink(line: number, entity: FtmEntity): LinePlan {
  const type = linkTypeOfRole(first(entity, 'role'));
  const refs = [
    ...refsOf(entity, 'subject', LINKABLE, { required: true, single: true }),
    ...refsOf(entity, 'object', LINKABLE, { required: true, single: true }),
  ];
  return {
    ...linkPlan(line, entity, refs),
    build(context) {
      const draft = emptyDraft();
      const subject = only(context.resolved('subject'), 'subject');
      const object = only(context.resolved('object'), 'object');
      draft.links.push(context.link(type, { property: 'subject', entity: subject }, { property: 'object', entity: object }));
      return draft;
    },
  };
}
