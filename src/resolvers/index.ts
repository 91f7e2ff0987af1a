import type { Resolvers } from '../generated/graphql.js';
import { Craft } from './Craft.js';
import { Employer } from './Employer.js';
import { Employment } from './Employment.js';
import { EnforcementAction } from './EnforcementAction.js';
import { Facilitator } from './Facilitator.js';
import { Identifier } from './Identifier.js';
import { Link } from './Link.js';
import { importMutations } from './Mutation/import.js';
import { recordMutations } from './Mutation/records.js';
import { upsertMutations } from './Mutation/upserts.js';
import { Entity, Node } from './interfaces.js';
import { Operative } from './Operative.js';
import { Organization } from './Organization.js';
import { Person } from './Person.js';
import { listQueries } from './Query/lists.js';
import { nodeQueries } from './Query/node.js';
import { searchQueries } from './Query/search.js';
import { SalaryPayment } from './SalaryPayment.js';
import { DateScalar, DateTimeScalar, DecimalScalar } from './scalars.js';
import { Source } from './Source.js';
import { State } from './State.js';
import { StolenIdentity } from './StolenIdentity.js';
import { Transfer } from './Transfer.js';
import { Wallet } from './Wallet.js';

export const resolvers: Resolvers = {
  Decimal: DecimalScalar,
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Node,
  Entity,
  Query: { ...nodeQueries, ...listQueries, ...searchQueries },
  Mutation: { ...upsertMutations, ...recordMutations, ...importMutations },
  Link,
  State,
  Organization,
  Operative,
  Facilitator,
  StolenIdentity,
  Employer,
  Employment,
  Wallet,
  SalaryPayment,
  Transfer,
  EnforcementAction,
  Source,
  Person,
  Craft,
  Identifier,
};
