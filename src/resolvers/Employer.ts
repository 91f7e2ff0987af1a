import type { EmployerResolvers } from '../generated/graphql.js';
import { pageRequest } from '../loaders/index.js';
import { linkedFrom, tieFields } from './designated-fields.js';
import { entityFields } from './entity-fields.js';
import { moneyPage } from './money-fields.js';

export const Employer: EmployerResolvers = {
  ...entityFields,
  ...tieFields,
  linkedFrom,
  employments: (parent, args, ctx) =>
    ctx.loaders.employerEmployments.load({ parent: parent.key, page: pageRequest(args) }),
  salaryPayments: (parent, args, ctx, info) => ctx.loaders.employerSalaryPayments.load(moneyPage(parent, args, info)),
};
