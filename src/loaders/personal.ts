/**
 * Which stored nodes are personal data (see `@pii` in `schema/pii.graphql`), decided in Cypher
 * so every record arrives knowing it and no resolver guesses. A private person is a stolen
 * identity, a facilitator or a person, unless a sanctions list cites it: what a list publishes
 * about its designated parties is public. Identifiers and wallets are personal when a private
 * person holds or controls them, even if a designated party shares them.
 *
 * Only node variables of our own queries are passed in, never request values; the variables the
 * subqueries bind are prefixed `pii_` so they cannot capture a variable of the enclosing query.
 */
const listed = (v: string) =>
  `EXISTS { MATCH (${v})-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }`;

const privatePerson = (v: string) => `((${v}:StolenIdentity OR ${v}:Facilitator OR ${v}:Person) AND NOT ${listed(v)})`;

/** A boolean Cypher expression: true when node `v` is personal. */
export const personalNode = (v: string) =>
  `(${privatePerson(v)} OR ((${v}:Identifier OR ${v}:Wallet) AND ` +
  `EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(${v}) WHERE ${privatePerson('pii_holder')} }))`;
