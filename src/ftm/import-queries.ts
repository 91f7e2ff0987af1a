import { NODE_TYPES } from '../model/index.js';

/** What a batch needs to know about the store before it is mapped; labels come from the model. */

export const NODES_BY_KEY = `
UNWIND $keys AS key
MATCH (n:Node {key: key})
RETURN n.key AS key, n.synthetic AS synthetic`;

/** Source urls are unique, so a document already held under another key is that source. */
export const SOURCES_BY_URL = `
UNWIND $urls AS url
MATCH (s:${NODE_TYPES.Source.label} {url: url})
RETURN url, s.key AS key, s.synthetic AS synthetic`;

/** Organisations named (case aside) by a sanction's authority; `$names` are lower-case. */
export const ORGANIZATIONS_BY_NAME = `
UNWIND $names AS name
MATCH (o:${NODE_TYPES.Organization.label})
WHERE toLower(o.name) = name OR any(alias IN o.aliases WHERE toLower(alias) = name)
RETURN name, o.key AS key, o.synthetic AS synthetic`;
