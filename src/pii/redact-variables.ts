import {
  type DocumentNode,
  getNamedType,
  getOperationAST,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  typeFromAST,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { piiKindOf } from './masking.js';

/** What a redacted value becomes: the key stays, so a reader sees that the value was given. */
export const REDACTED = '[redacted]';

type Variables = Readonly<Record<string, unknown>>;

/**
 * A copy of an operation's variables fit to record (the audit log, logs): every value that lands
 * in an argument or input field marked `@pii`, however deep, is replaced by `REDACTED`. What is
 * personal comes from the SDL, not a list kept here. Variables the operation does not declare,
 * input fields the schema does not know and every variable of an operation that cannot be found
 * (no document, a syntax error, an unknown `operationName`) are redacted too: what cannot be
 * placed cannot be shown to be harmless.
 */
export function redactVariables(
  schema: GraphQLSchema,
  document: DocumentNode | null | undefined,
  variables: Variables | null | undefined,
  operationName?: string | null,
): Record<string, unknown> {
  const entries = Object.entries(variables ?? {});
  // Nothing to redact: no walk of the document (most reads send no variables, or one id).
  if (entries.length === 0) return {};
  const operation = document ? getOperationAST(document, operationName) : null;
  if (!document || !operation) return Object.fromEntries(entries.map(([name, value]) => [name, redacted(value)]));
  const inPiiPosition = piiPositionsOf(schema, document);
  const declared = declaredTypes(schema, operation);
  return Object.fromEntries(
    entries.map(([name, value]) => {
      const type = declared.get(name);
      if (!type || inPiiPosition.has(name)) return [name, redacted(value)];
      return [name, redactByType(schema, type, value)];
    }),
  );
}

function redacted(value: unknown): unknown {
  return value === null || value === undefined ? value : REDACTED;
}

function declaredTypes(schema: GraphQLSchema, operation: OperationDefinitionNode): Map<string, GraphQLInputType> {
  const types = new Map<string, GraphQLInputType>();
  for (const definition of operation.variableDefinitions ?? []) {
    // typeFromAST's overloads do not narrow a TypeNode to an input type; the SDL only allows those.
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (type) types.set(definition.variable.name.value, type);
  }
  return types;
}

/**
 * Per schema and parsed document: Apollo keeps one parsed document per query text, so a client
 * sending the same query again reuses the walk of its first request.
 */
const positionsByDocument = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, ReadonlySet<string>>>();

function piiPositionsOf(schema: GraphQLSchema, document: DocumentNode): ReadonlySet<string> {
  let documents = positionsByDocument.get(schema);
  if (!documents) positionsByDocument.set(schema, (documents = new WeakMap()));
  let names = documents.get(document);
  if (!names) documents.set(document, (names = variablesInPiiPositions(schema, document)));
  return names;
}

/** Names of variables used as (or inside) an argument or input field marked `@pii`, anywhere in the document. */
function variablesInPiiPositions(schema: GraphQLSchema, document: DocumentNode): Set<string> {
  const names = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  // One entry per enclosing argument or object field: true when it, or one around it, is personal.
  const stack: boolean[] = [];
  const enclosing = () => stack.at(-1) ?? false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument: {
        enter() {
          const argument = typeInfo.getArgument();
          stack.push(enclosing() || (argument ? piiKindOf(schema, argument) !== null : false));
        },
        leave() {
          stack.pop();
        },
      },
      ObjectField: {
        enter(node) {
          const parent = getNamedType(typeInfo.getParentInputType());
          const field = isInputObjectType(parent) ? parent.getFields()[node.name.value] : undefined;
          stack.push(enclosing() || (field !== undefined && piiKindOf(schema, field) !== null));
        },
        leave() {
          stack.pop();
        },
      },
      Variable(node, _key, parent) {
        const isDefinition = (parent as { kind?: string } | undefined)?.kind === Kind.VARIABLE_DEFINITION;
        if (!isDefinition && enclosing()) names.add(node.name.value);
      },
    }),
  );
  return names;
}

function redactByType(schema: GraphQLSchema, type: GraphQLInputType, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return redactByType(schema, type.ofType, value);
  if (isListType(type)) {
    // A single value is accepted for a list (input coercion wraps it), so both shapes are walked.
    return Array.isArray(value) ? value.map((item) => redactByType(schema, type.ofType, item)) : redactByType(schema, type.ofType, value);
  }
  if (!isInputObjectType(type)) return value;
  if (typeof value !== 'object' || Array.isArray(value)) return REDACTED;
  const fields = type.getFields();
  return Object.fromEntries(
    Object.entries(value).map(([name, fieldValue]) => {
      const field = fields[name];
      if (!field || piiKindOf(schema, field) !== null) return [name, redacted(fieldValue)];
      return [name, redactByType(schema, field.type, fieldValue)];
    }),
  );
}
