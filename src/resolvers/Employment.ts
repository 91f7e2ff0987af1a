import type { EmploymentResolvers } from '../generated/graphql.js';
import { requireNodeOf, toGlobalId } from '../loaders/index.js';
import { sourcesByKeys } from './entity-fields.js';

export const Employment: EmploymentResolvers = {
  id: (parent) => toGlobalId(parent.key),
  employer: (parent, _args, ctx) => requireNodeOf(ctx.loaders.node, 'Employer', parent.employerKey),
  identity: (parent, _args, ctx) => requireNodeOf(ctx.loaders.node, 'StolenIdentity', parent.identityKey),
  sources: (parent, _args, ctx) => sourcesByKeys(parent.sourceKeys, ctx),
};
