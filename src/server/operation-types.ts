import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

/**
 * Refuses an operation of a type the schema has no root for (a `subscription` here). graphql-js
 * 16 validates such a document and only fails when executing it, which Apollo reports as an
 * internal error; refused at validation, it is the client's GRAPHQL_VALIDATION_FAILED (400).
 */
export function knownOperationTypesRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (context.getSchema().getRootType(node.operation)) return;
      context.reportError(
        new GraphQLError(`This API has no ${node.operation} operations.`, { nodes: [node] }),
      );
    },
  };
}
