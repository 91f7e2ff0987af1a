/**
 * The graph's model, shared by every layer: node and relationship types, the rules of which types a
 * relationship may join, natural keys and the global ids built from them. Pure: no driver, no I/O.
 */
export { describeTypes, fromGlobalId, idProblem, keyOf, toGlobalId } from './global-ids.js';
export type { KeyReference } from './global-ids.js';
export { allows, CITING_TYPES, describeRule, ENTITY_TYPES, fromTypes, labelsOf, PARTY_TYPES, PERSON_TYPES, toTypes } from './graph-rules.js';
export type { RelationshipType } from './graph-rules.js';
export { DPRK_ISO, DPRK_STATE_KEY, edgeKey, identifierKey, identifierValueDigest, isoOfStateKey, nodeKey, stateKey, storedKey, typenameOfKey, walletKey } from './keys.js';
export { amountOrderKey } from './amount-order.js';
export { EDGE_TYPES, LINK_TYPES, NODE_TYPES } from './model.js';
export type { EdgeTypename, LinkType, NodeTypename, StoredTypename } from './model.js';
