import type { Context } from '../context.js';
import { UnreachableCaseError } from '../errors.js';
import type { TimelineEventResolvers, TimelineSubjectResolvers } from '../generated/graphql.js';
import type { TimelineEventRecord } from '../loaders/explore/index.js';
import { entitiesOf } from './explore-nodes.js';

/** One line a reader can scan: who did what to whom, with the amount. */
async function titleOf(event: TimelineEventRecord, ctx: Context): Promise<string> {
  const names = new Map((await entitiesOf(ctx, event.entityKeys)).map((e) => [e.key, e.name]));
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
