import type { SanctionResolvers } from '../generated/graphql.js';

export const Sanction: SanctionResolvers = {
  controlChain: (parent) => [...parent.controlChain],
  inForce: (parent) => parent.designation.status === 'COMPLETED',
  status: (parent) => parent.designation.status,
  listVersion: (parent) => parent.list?.publishedOn ?? null,
  programs: (parent) => [...parent.designation.programs],
};
