import type { SeedIds } from './case.js';

/**
 * One valid input per mutation, over seeded synthetic objects, under refs no seed uses. Each
 * hostile case breaks exactly one thing in one of these (the suite first checks that each is
 * accepted as it stands), so a refusal can only be for what was broken.
 */
export interface MutationTemplate {
  readonly field: string;
  readonly inputType: string;
  readonly input: (ids: SeedIds) => Record<string, unknown>;
}

const provenance = (ids: SeedIds) => ({ sourceIds: [ids.syntheticSource], synthetic: true });

export const TEMPLATES = {
  upsertSource: {
    field: 'upsertSource',
    inputType: 'SourceInput',
    input: () => ({ ref: 'hostile-source', kind: 'OTHER', title: 'Hostile suite source', url: 'https://example.org/hostile', publishedOn: '2024-01-02', synthetic: true }),
  },
  upsertOrganization: {
    field: 'upsertOrganization',
    inputType: 'OrganizationInput',
    input: (ids) => ({ ref: 'hostile-org', name: 'Hostile Suite Front Ltd', aliases: ['HSF'], kind: 'FRONT_COMPANY', remarks: ['Invented by the hostile suite.'], provenance: provenance(ids) }),
  },
  upsertPerson: {
    field: 'upsertPerson',
    inputType: 'PersonInput',
    input: (ids) => ({ ref: 'hostile-person', name: 'Hostile Example', birthDates: ['1 Jan 1980'], provenance: provenance(ids) }),
  },
  upsertStolenIdentity: {
    field: 'upsertStolenIdentity',
    inputType: 'NamedEntityInput',
    input: (ids) => ({ ref: 'hostile-identity', name: 'Jane Hostile', provenance: provenance(ids) }),
  },
  upsertWallet: {
    field: 'upsertWallet',
    inputType: 'WalletInput',
    input: (ids) => ({ chain: 'ETH', address: `0x${'ab'.repeat(20)}`, name: 'Hostile suite wallet', provenance: provenance(ids) }),
  },
  upsertIdentifier: {
    field: 'upsertIdentifier',
    inputType: 'IdentifierInput',
    input: (ids) => ({ type: 'Email Address', value: 'hostile@example.org', holderIds: [ids.identity], provenance: provenance(ids) }),
  },
  recordTransfer: {
    field: 'recordTransfer',
    inputType: 'TransferInput',
    input: (ids) => ({
      fromWalletId: ids.walletA,
      toWalletId: ids.walletB,
      amount: '1.5',
      asset: 'ETH',
      at: '2024-03-01T09:00:00Z',
      txHash: `0x${'cd'.repeat(32)}`,
      provenance: provenance(ids),
    }),
  },
  recordSalaryPayment: {
    field: 'recordSalaryPayment',
    inputType: 'SalaryPaymentInput',
    input: (ids) => ({
      employerId: ids.employer,
      walletId: ids.walletA,
      amount: '1000.50',
      asset: 'USDC',
      paidAt: '2024-03-01T09:00:00Z',
      ref: 'hostile-salary',
      provenance: provenance(ids),
    }),
  },
  recordEnforcementAction: {
    field: 'recordEnforcementAction',
    inputType: 'EnforcementActionInput',
    input: (ids) => ({
      ref: 'hostile-action',
      kind: 'SEIZURE',
      title: 'Hostile suite seizure',
      date: '2024-01-05',
      datePrecision: 'DAY',
      amountUsd: '1000',
      status: 'COMPLETED',
      targetIds: [ids.walletA],
      provenance: provenance(ids),
    }),
  },
  recordEmployment: {
    field: 'recordEmployment',
    inputType: 'EmploymentInput',
    input: (ids) => ({ employerId: ids.employer, identityId: ids.identity, jobTitle: 'Hostile engineer', startedOn: '2019-06-03', provenance: provenance(ids) }),
  },
  importBatch: {
    field: 'importBatch',
    inputType: 'ImportBatchInput',
    input: (ids) => ({
      format: 'FTM_JSONL',
      lines: [JSON.stringify({ id: 'hostile-ftm-1', schema: 'Company', properties: { name: ['Hostile Import Co'] } })],
      defaultSourceId: ids.syntheticSource,
    }),
  },
} satisfies Record<string, MutationTemplate>;

export type TemplateName = keyof typeof TEMPLATES;

/** The operation for a template: the input as one variable, so coercion errors name its path. */
export function mutationOf(name: TemplateName): string {
  const t: MutationTemplate = TEMPLATES[name];
  return `mutation Hostile($input: ${t.inputType}!) { ${t.field}(input: $input) { __typename } }`;
}
