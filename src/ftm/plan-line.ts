import { UnreachableCaseError } from '../errors.js';
import { isFtmSchema, type FtmEntity } from './ftm-entity.js';
import { planEmployment, planDirectorship, planOwnership, planPayment, planSanction, planUnknownLink } from './plan-links.js';
import { planCraft, planDocument, planParty, planWallet } from './plan-nodes.js';
import { LineRejected, type LinePlan } from './plan.js';

/** The plan for one entity line by its schema; throws LineRejected for a line we cannot map. */
export function planLine(line: number, entity: FtmEntity): LinePlan {
  const { schema } = entity;
  if (!isFtmSchema(schema)) throw new LineRejected('schema', `unsupported FtM schema "${schema}"`);
  switch (schema) {
    case 'Document':
      return planDocument(line, entity);
    case 'Person':
    case 'Organization':
    case 'Company':
    case 'LegalEntity':
      return planParty(line, entity, schema);
    case 'CryptoWallet':
      return planWallet(line, entity);
    case 'Vessel':
    case 'Airplane':
      return planCraft(line, entity, schema);
    case 'Payment':
      return planPayment(line, entity);
    case 'Employment':
      return planEmployment(line, entity);
    case 'Sanction':
      return planSanction(line, entity);
    case 'Ownership':
      return planOwnership(line, entity);
    case 'Directorship':
      return planDirectorship(line, entity);
    case 'UnknownLink':
      return planUnknownLink(line, entity);
    default:
      throw new UnreachableCaseError(schema);
  }
}
