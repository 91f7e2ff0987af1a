import type { EntityResolvers, NodeResolvers } from '../generated/graphql.js';

// Every record carries its GraphQL type name, so abstract types resolve without a lookup.
export const Node: NodeResolvers = { __resolveType: (record) => record.__typename };
export const Entity: EntityResolvers = { __resolveType: (record) => record.__typename };
