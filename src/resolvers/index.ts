import type { Resolvers } from '../generated/graphql.js';
import { Craft } from './Craft.js';
import { Employer } from './Employer.js';
import { Employment } from './Employment.js';
import { EnforcementAction } from './EnforcementAction.js';
import { Facilitator } from './Facilitator.js';
import { Identifier } from './Identifier.js';
import { Link } from './Link.js';
import { apiKeyMutations } from './Mutation/api-keys.js';
import { importMutations } from './Mutation/import.js';
import { recordMutations } from './Mutation/records.js';
import { upsertMutations } from './Mutation/upserts.js';
import { Entity, Node } from './interfaces.js';
import { Operative } from './Operative.js';
import { Organization } from './Organization.js';
import { Person } from './Person.js';
import { apiKeyQueries } from './Query/api-keys.js';
import { auditQueries } from './Query/audit.js';
import { listQueries } from './Query/lists.js';
import { nodeQueries } from './Query/node.js';
import { screenQueries } from './Query/screen.js';
import { SearchConnection, searchQueries } from './Query/search.js';
import { exploreQueries } from './Query/explore.js';
import { ConnectionPath } from './ConnectionPath.js';
import { ConnectionStep } from './ConnectionStep.js';
import { GraphEdge } from './GraphEdge.js';
import { GraphNode } from './GraphNode.js';
import { Neighbourhood } from './Neighbourhood.js';
import { TimelineEvent, TimelineSubject } from './TimelineEvent.js';
import { trailQueries } from './Query/trails.js';
import { transferQueries } from './Query/transfers.js';
import { Exposure } from './Exposure.js';
import { MoneyHop, MoneyTrail } from './MoneyTrail.js';
import { SalaryPayment } from './SalaryPayment.js';
import { SalaryPaymentConnection, TransferConnection } from './money-fields.js';
import { Sanction } from './Sanction.js';
import { ScreenCandidate } from './ScreenCandidate.js';
import { DateScalar, DateTimeScalar, DecimalScalar } from './scalars.js';
import { Source } from './Source.js';
import { State } from './State.js';
import { StolenIdentity } from './StolenIdentity.js';
import { Transfer } from './Transfer.js';
import { Wallet } from './Wallet.js';
import { WalletConnection } from './WalletConnection.js';

export const resolvers: Resolvers = {
  Decimal: DecimalScalar,
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Node,
  Entity,
  Query: {
    ...nodeQueries,
    ...listQueries,
    ...searchQueries,
    ...screenQueries,
    ...exploreQueries,
    ...trailQueries,
    ...transferQueries,
    ...apiKeyQueries,
    ...auditQueries,
  },
  Mutation: { ...upsertMutations, ...recordMutations, ...importMutations, ...apiKeyMutations },
  Link,
  TransferConnection,
  SearchConnection,
  SalaryPaymentConnection,
  Sanction,
  ScreenCandidate,
  Neighbourhood,
  GraphNode,
  GraphEdge,
  ConnectionPath,
  ConnectionStep,
  TimelineEvent,
  TimelineSubject,
  MoneyTrail,
  MoneyHop,
  MoneyMovement: { __resolveType: (record) => record.__typename },
  Exposure,
  State,
  Organization,
  Operative,
  Facilitator,
  StolenIdentity,
  Employer,
  Employment,
  Wallet,
  WalletConnection,
  SalaryPayment,
  Transfer,
  EnforcementAction,
  Source,
  Person,
  Craft,
  Identifier,
};
