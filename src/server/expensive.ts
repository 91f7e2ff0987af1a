import {
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

const DIRECTIVE = 'expensive';

/** `Type.field` of every field marked `@expensive` in the SDL. */
export function expensiveFields(schema: GraphQLSchema): ReadonlySet<string> {
  const marked = new Set<string>();
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (field.astNode?.directives?.some((d) => d.name.value === DIRECTIVE)) marked.add(`${type?.name}.${field.name}`);
    }
  }
  return marked;
}

/** True when the operation selects a marked field anywhere, fragments included. */
export function selectsExpensive(
  schema: GraphQLSchema,
  marked: ReadonlySet<string>,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): boolean {
  const fragments = document.definitions.filter((d) => d.kind === 'FragmentDefinition');
  const typeInfo = new TypeInfo(schema);
  let found = false;
  visit(
    { kind: document.kind, definitions: [operation, ...fragments] },
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (parent && marked.has(`${parent.name}.${node.name.value}`)) found = true;
      },
    }),
  );
  return found;
}
