import type { Context } from '../context.js';
import { UnreachableCaseError } from '../errors.js';
import type { TimelineEventResolvers, TimelineSubjectResolvers } from '../generated/graphql.js';
import type { TimelineEventRecord } from '../loaders/index.js';
import { visibleName } from '../pii/index.js';
import { entitiesOf } from './explore-nodes.js';

/**
 * One line a reader can scan: who did what to whom, with the amount. Names of personal entities
 * are masked for a VIEWER here, since the title is composed text no `@pii` wrapper can mask.
 */
async function titleOf(event: TimelineEventRecord, ctx: Context): Promise<string> {
  const entities = await entitiesOf(ctx, event.entityKeys);
  const names = new Map(entities.map((e) => [e.key, visibleName(ctx.principal, e)]));
  const name = (key: string | null) => (key ? (names.get(key) ?? key) : 'someone');
  const { subject } = event;
  switch (subject.__typename) {
    case 'SalaryPayment':
      return `${name(subject.employerKey)} paid ${subject.amount} ${subject.asset} salary to ${name(subject.walletKey)}`;
    case 'Transfer':
      return `${subject.amount} ${subject.asset} moved from ${name(subject.fromKey)} to ${name(subject.toKey)}`;
    case 'Employment':
      return event.kind === 'JOB_ENDED'
        ? `${name(subject.identityKey)} left ${name(subject.employerKey)}`
        : `${name(subject.employerKey)} hired ${name(subject.identityKey)}${subject.jobTitle ? ` as ${subject.jobTitle}` : ''}`;
    case 'EnforcementAction':
      return subject.title;
    default:
      throw new UnreachableCaseError(subject);
  }
}

export const TimelineEvent: TimelineEventResolvers = {
  title: (parent, _args, ctx) => titleOf(parent, ctx),
  entities: (parent, _args, ctx) => entitiesOf(ctx, parent.entityKeys),
};

export const TimelineSubject: TimelineSubjectResolvers = {
  __resolveType: (record) => record.__typename,
};
