// audit.count (scans NodeByLabelScan, NodeIndexScan: counts the whole log when no principal is given)
MATCH (e:AuditEvent) WHERE ($f.principal IS NULL OR e.principal = $f.principal)
  AND ($f.since IS NULL OR e.at >= datetime($f.since))
  AND ($f.until IS NULL OR e.at < datetime($f.until)) RETURN count(e) AS total

// audit.page (scans NodeByLabelScan, NodeIndexScan: the whole log, filtered, newest first; only admins read it)
MATCH (e:AuditEvent)
WHERE ($f.principal IS NULL OR e.principal = $f.principal)
  AND ($f.since IS NULL OR e.at >= datetime($f.since))
  AND ($f.until IS NULL OR e.at < datetime($f.until))
  AND ($after IS NULL OR e.at < datetime($after.v) OR (e.at = datetime($after.v) AND e.id < $after.k))
RETURN e {.id, .principal, .operationName, .documentHash, .variables, .result, .durationMs, .returnedIds, at: e.at} AS node,
  toString(e.at) AS v, e.id AS k
ORDER BY e.at DESC, e.id DESC
LIMIT $limit

// explore.neighbourhood.defaultKinds.degrees
UNWIND $keys AS key
MATCH (p:Node {key: key})
RETURN key, COUNT { (p)--() } - COUNT { (p)-[:SOURCED_FROM]-() } AS degree

// explore.neighbourhood.defaultKinds.firstRing
MATCH (p:Node {key: $key})

CALL {
  WITH p
  MATCH (p)-[r:PAID_SALARY|TRANSFERRED|EMPLOYED|CONTROLS|MEMBER_OF|USES_IDENTITY|FACILITATED|TARGETS|ISSUED_BY|LINKED_TO|HAS_IDENTIFIER|DESIGNATED_UNDER|NATIONAL_OF|CITIZEN_OF|BORN_IN|LOCATED_IN|REGISTERED_IN|OWNS]-(n)
  WITH p, r, n
  ORDER BY r.amount IS NULL, toFloat(r.amount) DESC, coalesce(r.paidAt, r.at) DESC, type(r),
    CASE WHEN r.amount IS NULL THEN n.key END, r.key
  LIMIT $limit
  RETURN collect({
    type: type(r), key: r.key, out: startNode(r) = p,
    amount: r.amount, asset: r.asset, ms: coalesce(r.paidAt, r.at).epochMillis, node: {key: n.key, label: coalesce(n.name, n.title, n.address, n.key), synthetic: coalesce(n.synthetic, false), personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}
  }) AS kept, collect(n) AS ns
}
RETURN {key: p.key, label: coalesce(p.name, p.title, p.address, p.key), synthetic: coalesce(p.synthetic, false), personal: (((p:StolenIdentity OR p:Facilitator OR p:Person) AND NOT EXISTS { MATCH (p)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((p:Identifier OR p:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(p) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, COUNT { (p)--() } - COUNT { (p)-[:SOURCED_FROM]-() } AS degree, kept, [] AS second

// explore.neighbourhood.defaultKinds.firstTwoRings
MATCH (c:Node {key: $key})
CALL {
  WITH c
  WITH c AS p
  
CALL {
  WITH p
  MATCH (p)-[r:PAID_SALARY|TRANSFERRED|EMPLOYED|CONTROLS|MEMBER_OF|USES_IDENTITY|FACILITATED|TARGETS|ISSUED_BY|LINKED_TO|HAS_IDENTIFIER|DESIGNATED_UNDER|NATIONAL_OF|CITIZEN_OF|BORN_IN|LOCATED_IN|REGISTERED_IN|OWNS]-(n)
  WITH p, r, n
  ORDER BY r.amount IS NULL, toFloat(r.amount) DESC, coalesce(r.paidAt, r.at) DESC, type(r),
    CASE WHEN r.amount IS NULL THEN n.key END, r.key
  LIMIT $limit
  RETURN collect({
    type: type(r), key: r.key, out: startNode(r) = p,
    amount: r.amount, asset: r.asset, ms: coalesce(r.paidAt, r.at).epochMillis, node: {key: n.key, label: coalesce(n.name, n.title, n.address, n.key), synthetic: coalesce(n.synthetic, false), personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}
  }) AS kept, collect(n) AS ns
}
  RETURN kept AS firstKept, ns AS firstRing
}
CALL {
  WITH c, firstRing
  UNWIND firstRing AS p
  WITH DISTINCT c, p WHERE p <> c
  
CALL {
  WITH p
  MATCH (p)-[r:PAID_SALARY|TRANSFERRED|EMPLOYED|CONTROLS|MEMBER_OF|USES_IDENTITY|FACILITATED|TARGETS|ISSUED_BY|LINKED_TO|HAS_IDENTIFIER|DESIGNATED_UNDER|NATIONAL_OF|CITIZEN_OF|BORN_IN|LOCATED_IN|REGISTERED_IN|OWNS]-(n)
  WITH p, r, n
  ORDER BY r.amount IS NULL, toFloat(r.amount) DESC, coalesce(r.paidAt, r.at) DESC, type(r),
    CASE WHEN r.amount IS NULL THEN n.key END, r.key
  LIMIT $limit
  RETURN collect({
    type: type(r), key: r.key, out: startNode(r) = p,
    amount: r.amount, asset: r.asset, ms: coalesce(r.paidAt, r.at).epochMillis, node: {key: n.key, label: coalesce(n.name, n.title, n.address, n.key), synthetic: coalesce(n.synthetic, false), personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}
  }) AS kept, collect(n) AS ns
}
  RETURN collect({key: p.key, degree: COUNT { (p)--() } - COUNT { (p)-[:SOURCED_FROM]-() }, kept: kept}) AS second
}
WITH c AS p, firstKept AS kept, second
RETURN {key: p.key, label: coalesce(p.name, p.title, p.address, p.key), synthetic: coalesce(p.synthetic, false), personal: (((p:StolenIdentity OR p:Facilitator OR p:Person) AND NOT EXISTS { MATCH (p)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((p:Identifier OR p:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(p) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, COUNT { (p)--() } - COUNT { (p)-[:SOURCED_FROM]-() } AS degree, kept, second

// explore.neighbourhood.defaultKinds.ring
UNWIND $frontier AS key
MATCH (p:Node {key: key})

CALL {
  WITH p
  MATCH (p)-[r:PAID_SALARY|TRANSFERRED|EMPLOYED|CONTROLS|MEMBER_OF|USES_IDENTITY|FACILITATED|TARGETS|ISSUED_BY|LINKED_TO|HAS_IDENTIFIER|DESIGNATED_UNDER|NATIONAL_OF|CITIZEN_OF|BORN_IN|LOCATED_IN|REGISTERED_IN|OWNS]-(n)
  WITH p, r, n
  ORDER BY r.amount IS NULL, toFloat(r.amount) DESC, coalesce(r.paidAt, r.at) DESC, type(r),
    CASE WHEN r.amount IS NULL THEN n.key END, r.key
  LIMIT $limit
  RETURN collect({
    type: type(r), key: r.key, out: startNode(r) = p,
    amount: r.amount, asset: r.asset, ms: coalesce(r.paidAt, r.at).epochMillis, node: {key: n.key, label: coalesce(n.name, n.title, n.address, n.key), synthetic: coalesce(n.synthetic, false), personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}
  }) AS kept, collect(n) AS ns
}
RETURN key, COUNT { (p)--() } - COUNT { (p)-[:SOURCED_FROM]-() } AS degree, kept

// explore.neighbourhood.selectedKinds.degrees
UNWIND $keys AS key
MATCH (p:Node {key: key})
RETURN key, CASE WHEN 'PAID_SALARY' IN $types THEN COUNT { (p)-[:PAID_SALARY]-() } ELSE 0 END
  + CASE WHEN 'TRANSFERRED' IN $types THEN COUNT { (p)-[:TRANSFERRED]-() } ELSE 0 END
  + CASE WHEN 'EMPLOYED' IN $types THEN COUNT { (p)-[:EMPLOYED]-() } ELSE 0 END
  + CASE WHEN 'CONTROLS' IN $types THEN COUNT { (p)-[:CONTROLS]-() } ELSE 0 END
  + CASE WHEN 'MEMBER_OF' IN $types THEN COUNT { (p)-[:MEMBER_OF]-() } ELSE 0 END
  + CASE WHEN 'USES_IDENTITY' IN $types THEN COUNT { (p)-[:USES_IDENTITY]-() } ELSE 0 END
  + CASE WHEN 'FACILITATED' IN $types THEN COUNT { (p)-[:FACILITATED]-() } ELSE 0 END
  + CASE WHEN 'TARGETS' IN $types THEN COUNT { (p)-[:TARGETS]-() } ELSE 0 END
  + CASE WHEN 'ISSUED_BY' IN $types THEN COUNT { (p)-[:ISSUED_BY]-() } ELSE 0 END
  + CASE WHEN 'LINKED_TO' IN $types THEN COUNT { (p)-[:LINKED_TO]-() } ELSE 0 END
  + CASE WHEN 'HAS_IDENTIFIER' IN $types THEN COUNT { (p)-[:HAS_IDENTIFIER]-() } ELSE 0 END
  + CASE WHEN 'DESIGNATED_UNDER' IN $types THEN COUNT { (p)-[:DESIGNATED_UNDER]-() } ELSE 0 END
  + CASE WHEN 'NATIONAL_OF' IN $types THEN COUNT { (p)-[:NATIONAL_OF]-() } ELSE 0 END
  + CASE WHEN 'CITIZEN_OF' IN $types THEN COUNT { (p)-[:CITIZEN_OF]-() } ELSE 0 END
  + CASE WHEN 'BORN_IN' IN $types THEN COUNT { (p)-[:BORN_IN]-() } ELSE 0 END
  + CASE WHEN 'LOCATED_IN' IN $types THEN COUNT { (p)-[:LOCATED_IN]-() } ELSE 0 END
  + CASE WHEN 'REGISTERED_IN' IN $types THEN COUNT { (p)-[:REGISTERED_IN]-() } ELSE 0 END
  + CASE WHEN 'OWNS' IN $types THEN COUNT { (p)-[:OWNS]-() } ELSE 0 END
  + CASE WHEN 'SOURCED_FROM' IN $types THEN COUNT { (p)-[:SOURCED_FROM]-() } ELSE 0 END AS degree

// explore.neighbourhood.selectedKinds.firstRing
MATCH (p:Node {key: $key})

CALL {
  WITH p
  MATCH (p)-[r]-(n) WHERE type(r) IN $types
  WITH p, r, n
  ORDER BY r.amount IS NULL, toFloat(r.amount) DESC, coalesce(r.paidAt, r.at) DESC, type(r),
    CASE WHEN r.amount IS NULL THEN n.key END, r.key
  LIMIT $limit
  RETURN collect({
    type: type(r), key: r.key, out: startNode(r) = p,
    amount: r.amount, asset: r.asset, ms: coalesce(r.paidAt, r.at).epochMillis, node: {key: n.key, label: coalesce(n.name, n.title, n.address, n.key), synthetic: coalesce(n.synthetic, false), personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}
  }) AS kept, collect(n) AS ns
}
RETURN {key: p.key, label: coalesce(p.name, p.title, p.address, p.key), synthetic: coalesce(p.synthetic, false), personal: (((p:StolenIdentity OR p:Facilitator OR p:Person) AND NOT EXISTS { MATCH (p)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((p:Identifier OR p:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(p) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, CASE WHEN 'PAID_SALARY' IN $types THEN COUNT { (p)-[:PAID_SALARY]-() } ELSE 0 END
  + CASE WHEN 'TRANSFERRED' IN $types THEN COUNT { (p)-[:TRANSFERRED]-() } ELSE 0 END
  + CASE WHEN 'EMPLOYED' IN $types THEN COUNT { (p)-[:EMPLOYED]-() } ELSE 0 END
  + CASE WHEN 'CONTROLS' IN $types THEN COUNT { (p)-[:CONTROLS]-() } ELSE 0 END
  + CASE WHEN 'MEMBER_OF' IN $types THEN COUNT { (p)-[:MEMBER_OF]-() } ELSE 0 END
  + CASE WHEN 'USES_IDENTITY' IN $types THEN COUNT { (p)-[:USES_IDENTITY]-() } ELSE 0 END
  + CASE WHEN 'FACILITATED' IN $types THEN COUNT { (p)-[:FACILITATED]-() } ELSE 0 END
  + CASE WHEN 'TARGETS' IN $types THEN COUNT { (p)-[:TARGETS]-() } ELSE 0 END
  + CASE WHEN 'ISSUED_BY' IN $types THEN COUNT { (p)-[:ISSUED_BY]-() } ELSE 0 END
  + CASE WHEN 'LINKED_TO' IN $types THEN COUNT { (p)-[:LINKED_TO]-() } ELSE 0 END
  + CASE WHEN 'HAS_IDENTIFIER' IN $types THEN COUNT { (p)-[:HAS_IDENTIFIER]-() } ELSE 0 END
  + CASE WHEN 'DESIGNATED_UNDER' IN $types THEN COUNT { (p)-[:DESIGNATED_UNDER]-() } ELSE 0 END
  + CASE WHEN 'NATIONAL_OF' IN $types THEN COUNT { (p)-[:NATIONAL_OF]-() } ELSE 0 END
  + CASE WHEN 'CITIZEN_OF' IN $types THEN COUNT { (p)-[:CITIZEN_OF]-() } ELSE 0 END
  + CASE WHEN 'BORN_IN' IN $types THEN COUNT { (p)-[:BORN_IN]-() } ELSE 0 END
  + CASE WHEN 'LOCATED_IN' IN $types THEN COUNT { (p)-[:LOCATED_IN]-() } ELSE 0 END
  + CASE WHEN 'REGISTERED_IN' IN $types THEN COUNT { (p)-[:REGISTERED_IN]-() } ELSE 0 END
  + CASE WHEN 'OWNS' IN $types THEN COUNT { (p)-[:OWNS]-() } ELSE 0 END
  + CASE WHEN 'SOURCED_FROM' IN $types THEN COUNT { (p)-[:SOURCED_FROM]-() } ELSE 0 END AS degree, kept, [] AS second

// explore.neighbourhood.selectedKinds.firstTwoRings
MATCH (c:Node {key: $key})
CALL {
  WITH c
  WITH c AS p
  
CALL {
  WITH p
  MATCH (p)-[r]-(n) WHERE type(r) IN $types
  WITH p, r, n
  ORDER BY r.amount IS NULL, toFloat(r.amount) DESC, coalesce(r.paidAt, r.at) DESC, type(r),
    CASE WHEN r.amount IS NULL THEN n.key END, r.key
  LIMIT $limit
  RETURN collect({
    type: type(r), key: r.key, out: startNode(r) = p,
    amount: r.amount, asset: r.asset, ms: coalesce(r.paidAt, r.at).epochMillis, node: {key: n.key, label: coalesce(n.name, n.title, n.address, n.key), synthetic: coalesce(n.synthetic, false), personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}
  }) AS kept, collect(n) AS ns
}
  RETURN kept AS firstKept, ns AS firstRing
}
CALL {
  WITH c, firstRing
  UNWIND firstRing AS p
  WITH DISTINCT c, p WHERE p <> c
  
CALL {
  WITH p
  MATCH (p)-[r]-(n) WHERE type(r) IN $types
  WITH p, r, n
  ORDER BY r.amount IS NULL, toFloat(r.amount) DESC, coalesce(r.paidAt, r.at) DESC, type(r),
    CASE WHEN r.amount IS NULL THEN n.key END, r.key
  LIMIT $limit
  RETURN collect({
    type: type(r), key: r.key, out: startNode(r) = p,
    amount: r.amount, asset: r.asset, ms: coalesce(r.paidAt, r.at).epochMillis, node: {key: n.key, label: coalesce(n.name, n.title, n.address, n.key), synthetic: coalesce(n.synthetic, false), personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}
  }) AS kept, collect(n) AS ns
}
  RETURN collect({key: p.key, degree: CASE WHEN 'PAID_SALARY' IN $types THEN COUNT { (p)-[:PAID_SALARY]-() } ELSE 0 END
  + CASE WHEN 'TRANSFERRED' IN $types THEN COUNT { (p)-[:TRANSFERRED]-() } ELSE 0 END
  + CASE WHEN 'EMPLOYED' IN $types THEN COUNT { (p)-[:EMPLOYED]-() } ELSE 0 END
  + CASE WHEN 'CONTROLS' IN $types THEN COUNT { (p)-[:CONTROLS]-() } ELSE 0 END
  + CASE WHEN 'MEMBER_OF' IN $types THEN COUNT { (p)-[:MEMBER_OF]-() } ELSE 0 END
  + CASE WHEN 'USES_IDENTITY' IN $types THEN COUNT { (p)-[:USES_IDENTITY]-() } ELSE 0 END
  + CASE WHEN 'FACILITATED' IN $types THEN COUNT { (p)-[:FACILITATED]-() } ELSE 0 END
  + CASE WHEN 'TARGETS' IN $types THEN COUNT { (p)-[:TARGETS]-() } ELSE 0 END
  + CASE WHEN 'ISSUED_BY' IN $types THEN COUNT { (p)-[:ISSUED_BY]-() } ELSE 0 END
  + CASE WHEN 'LINKED_TO' IN $types THEN COUNT { (p)-[:LINKED_TO]-() } ELSE 0 END
  + CASE WHEN 'HAS_IDENTIFIER' IN $types THEN COUNT { (p)-[:HAS_IDENTIFIER]-() } ELSE 0 END
  + CASE WHEN 'DESIGNATED_UNDER' IN $types THEN COUNT { (p)-[:DESIGNATED_UNDER]-() } ELSE 0 END
  + CASE WHEN 'NATIONAL_OF' IN $types THEN COUNT { (p)-[:NATIONAL_OF]-() } ELSE 0 END
  + CASE WHEN 'CITIZEN_OF' IN $types THEN COUNT { (p)-[:CITIZEN_OF]-() } ELSE 0 END
  + CASE WHEN 'BORN_IN' IN $types THEN COUNT { (p)-[:BORN_IN]-() } ELSE 0 END
  + CASE WHEN 'LOCATED_IN' IN $types THEN COUNT { (p)-[:LOCATED_IN]-() } ELSE 0 END
  + CASE WHEN 'REGISTERED_IN' IN $types THEN COUNT { (p)-[:REGISTERED_IN]-() } ELSE 0 END
  + CASE WHEN 'OWNS' IN $types THEN COUNT { (p)-[:OWNS]-() } ELSE 0 END
  + CASE WHEN 'SOURCED_FROM' IN $types THEN COUNT { (p)-[:SOURCED_FROM]-() } ELSE 0 END, kept: kept}) AS second
}
WITH c AS p, firstKept AS kept, second
RETURN {key: p.key, label: coalesce(p.name, p.title, p.address, p.key), synthetic: coalesce(p.synthetic, false), personal: (((p:StolenIdentity OR p:Facilitator OR p:Person) AND NOT EXISTS { MATCH (p)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((p:Identifier OR p:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(p) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, CASE WHEN 'PAID_SALARY' IN $types THEN COUNT { (p)-[:PAID_SALARY]-() } ELSE 0 END
  + CASE WHEN 'TRANSFERRED' IN $types THEN COUNT { (p)-[:TRANSFERRED]-() } ELSE 0 END
  + CASE WHEN 'EMPLOYED' IN $types THEN COUNT { (p)-[:EMPLOYED]-() } ELSE 0 END
  + CASE WHEN 'CONTROLS' IN $types THEN COUNT { (p)-[:CONTROLS]-() } ELSE 0 END
  + CASE WHEN 'MEMBER_OF' IN $types THEN COUNT { (p)-[:MEMBER_OF]-() } ELSE 0 END
  + CASE WHEN 'USES_IDENTITY' IN $types THEN COUNT { (p)-[:USES_IDENTITY]-() } ELSE 0 END
  + CASE WHEN 'FACILITATED' IN $types THEN COUNT { (p)-[:FACILITATED]-() } ELSE 0 END
  + CASE WHEN 'TARGETS' IN $types THEN COUNT { (p)-[:TARGETS]-() } ELSE 0 END
  + CASE WHEN 'ISSUED_BY' IN $types THEN COUNT { (p)-[:ISSUED_BY]-() } ELSE 0 END
  + CASE WHEN 'LINKED_TO' IN $types THEN COUNT { (p)-[:LINKED_TO]-() } ELSE 0 END
  + CASE WHEN 'HAS_IDENTIFIER' IN $types THEN COUNT { (p)-[:HAS_IDENTIFIER]-() } ELSE 0 END
  + CASE WHEN 'DESIGNATED_UNDER' IN $types THEN COUNT { (p)-[:DESIGNATED_UNDER]-() } ELSE 0 END
  + CASE WHEN 'NATIONAL_OF' IN $types THEN COUNT { (p)-[:NATIONAL_OF]-() } ELSE 0 END
  + CASE WHEN 'CITIZEN_OF' IN $types THEN COUNT { (p)-[:CITIZEN_OF]-() } ELSE 0 END
  + CASE WHEN 'BORN_IN' IN $types THEN COUNT { (p)-[:BORN_IN]-() } ELSE 0 END
  + CASE WHEN 'LOCATED_IN' IN $types THEN COUNT { (p)-[:LOCATED_IN]-() } ELSE 0 END
  + CASE WHEN 'REGISTERED_IN' IN $types THEN COUNT { (p)-[:REGISTERED_IN]-() } ELSE 0 END
  + CASE WHEN 'OWNS' IN $types THEN COUNT { (p)-[:OWNS]-() } ELSE 0 END
  + CASE WHEN 'SOURCED_FROM' IN $types THEN COUNT { (p)-[:SOURCED_FROM]-() } ELSE 0 END AS degree, kept, second

// explore.neighbourhood.selectedKinds.ring
UNWIND $frontier AS key
MATCH (p:Node {key: key})

CALL {
  WITH p
  MATCH (p)-[r]-(n) WHERE type(r) IN $types
  WITH p, r, n
  ORDER BY r.amount IS NULL, toFloat(r.amount) DESC, coalesce(r.paidAt, r.at) DESC, type(r),
    CASE WHEN r.amount IS NULL THEN n.key END, r.key
  LIMIT $limit
  RETURN collect({
    type: type(r), key: r.key, out: startNode(r) = p,
    amount: r.amount, asset: r.asset, ms: coalesce(r.paidAt, r.at).epochMillis, node: {key: n.key, label: coalesce(n.name, n.title, n.address, n.key), synthetic: coalesce(n.synthetic, false), personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}
  }) AS kept, collect(n) AS ns
}
RETURN key, CASE WHEN 'PAID_SALARY' IN $types THEN COUNT { (p)-[:PAID_SALARY]-() } ELSE 0 END
  + CASE WHEN 'TRANSFERRED' IN $types THEN COUNT { (p)-[:TRANSFERRED]-() } ELSE 0 END
  + CASE WHEN 'EMPLOYED' IN $types THEN COUNT { (p)-[:EMPLOYED]-() } ELSE 0 END
  + CASE WHEN 'CONTROLS' IN $types THEN COUNT { (p)-[:CONTROLS]-() } ELSE 0 END
  + CASE WHEN 'MEMBER_OF' IN $types THEN COUNT { (p)-[:MEMBER_OF]-() } ELSE 0 END
  + CASE WHEN 'USES_IDENTITY' IN $types THEN COUNT { (p)-[:USES_IDENTITY]-() } ELSE 0 END
  + CASE WHEN 'FACILITATED' IN $types THEN COUNT { (p)-[:FACILITATED]-() } ELSE 0 END
  + CASE WHEN 'TARGETS' IN $types THEN COUNT { (p)-[:TARGETS]-() } ELSE 0 END
  + CASE WHEN 'ISSUED_BY' IN $types THEN COUNT { (p)-[:ISSUED_BY]-() } ELSE 0 END
  + CASE WHEN 'LINKED_TO' IN $types THEN COUNT { (p)-[:LINKED_TO]-() } ELSE 0 END
  + CASE WHEN 'HAS_IDENTIFIER' IN $types THEN COUNT { (p)-[:HAS_IDENTIFIER]-() } ELSE 0 END
  + CASE WHEN 'DESIGNATED_UNDER' IN $types THEN COUNT { (p)-[:DESIGNATED_UNDER]-() } ELSE 0 END
  + CASE WHEN 'NATIONAL_OF' IN $types THEN COUNT { (p)-[:NATIONAL_OF]-() } ELSE 0 END
  + CASE WHEN 'CITIZEN_OF' IN $types THEN COUNT { (p)-[:CITIZEN_OF]-() } ELSE 0 END
  + CASE WHEN 'BORN_IN' IN $types THEN COUNT { (p)-[:BORN_IN]-() } ELSE 0 END
  + CASE WHEN 'LOCATED_IN' IN $types THEN COUNT { (p)-[:LOCATED_IN]-() } ELSE 0 END
  + CASE WHEN 'REGISTERED_IN' IN $types THEN COUNT { (p)-[:REGISTERED_IN]-() } ELSE 0 END
  + CASE WHEN 'OWNS' IN $types THEN COUNT { (p)-[:OWNS]-() } ELSE 0 END
  + CASE WHEN 'SOURCED_FROM' IN $types THEN COUNT { (p)-[:SOURCED_FROM]-() } ELSE 0 END AS degree, kept

// explore.shortestConnection.defaultKinds.within1
MATCH (a:Node {key: $a}), (b:Node {key: $b})
MATCH p = shortestPath((a)-[:PAID_SALARY|TRANSFERRED|EMPLOYED|CONTROLS|MEMBER_OF|USES_IDENTITY|FACILITATED|TARGETS|ISSUED_BY|LINKED_TO|HAS_IDENTIFIER|DESIGNATED_UNDER|NATIONAL_OF|CITIZEN_OF|BORN_IN|LOCATED_IN|REGISTERED_IN|OWNS*1..1]-(b))
RETURN [n IN nodes(p) | n.key] AS nodeKeys,
  [r IN relationships(p) | {type: type(r), from: startNode(r).key}] AS rels
LIMIT 1

// explore.shortestConnection.defaultKinds.within10
MATCH (a:Node {key: $a}), (b:Node {key: $b})
MATCH p = shortestPath((a)-[:PAID_SALARY|TRANSFERRED|EMPLOYED|CONTROLS|MEMBER_OF|USES_IDENTITY|FACILITATED|TARGETS|ISSUED_BY|LINKED_TO|HAS_IDENTIFIER|DESIGNATED_UNDER|NATIONAL_OF|CITIZEN_OF|BORN_IN|LOCATED_IN|REGISTERED_IN|OWNS*1..10]-(b))
RETURN [n IN nodes(p) | n.key] AS nodeKeys,
  [r IN relationships(p) | {type: type(r), from: startNode(r).key}] AS rels
LIMIT 1

// explore.shortestConnection.defaultKinds.within2
MATCH (a:Node {key: $a}), (b:Node {key: $b})
MATCH p = shortestPath((a)-[:PAID_SALARY|TRANSFERRED|EMPLOYED|CONTROLS|MEMBER_OF|USES_IDENTITY|FACILITATED|TARGETS|ISSUED_BY|LINKED_TO|HAS_IDENTIFIER|DESIGNATED_UNDER|NATIONAL_OF|CITIZEN_OF|BORN_IN|LOCATED_IN|REGISTERED_IN|OWNS*1..2]-(b))
RETURN [n IN nodes(p) | n.key] AS nodeKeys,
  [r IN relationships(p) | {type: type(r), from: startNode(r).key}] AS rels
LIMIT 1

// explore.shortestConnection.defaultKinds.within3
MATCH (a:Node {key: $a}), (b:Node {key: $b})
MATCH p = shortestPath((a)-[:PAID_SALARY|TRANSFERRED|EMPLOYED|CONTROLS|MEMBER_OF|USES_IDENTITY|FACILITATED|TARGETS|ISSUED_BY|LINKED_TO|HAS_IDENTIFIER|DESIGNATED_UNDER|NATIONAL_OF|CITIZEN_OF|BORN_IN|LOCATED_IN|REGISTERED_IN|OWNS*1..3]-(b))
RETURN [n IN nodes(p) | n.key] AS nodeKeys,
  [r IN relationships(p) | {type: type(r), from: startNode(r).key}] AS rels
LIMIT 1

// explore.shortestConnection.defaultKinds.within4
MATCH (a:Node {key: $a}), (b:Node {key: $b})
MATCH p = shortestPath((a)-[:PAID_SALARY|TRANSFERRED|EMPLOYED|CONTROLS|MEMBER_OF|USES_IDENTITY|FACILITATED|TARGETS|ISSUED_BY|LINKED_TO|HAS_IDENTIFIER|DESIGNATED_UNDER|NATIONAL_OF|CITIZEN_OF|BORN_IN|LOCATED_IN|REGISTERED_IN|OWNS*1..4]-(b))
RETURN [n IN nodes(p) | n.key] AS nodeKeys,
  [r IN relationships(p) | {type: type(r), from: startNode(r).key}] AS rels
LIMIT 1

// explore.shortestConnection.defaultKinds.within5
MATCH (a:Node {key: $a}), (b:Node {key: $b})
MATCH p = shortestPath((a)-[:PAID_SALARY|TRANSFERRED|EMPLOYED|CONTROLS|MEMBER_OF|USES_IDENTITY|FACILITATED|TARGETS|ISSUED_BY|LINKED_TO|HAS_IDENTIFIER|DESIGNATED_UNDER|NATIONAL_OF|CITIZEN_OF|BORN_IN|LOCATED_IN|REGISTERED_IN|OWNS*1..5]-(b))
RETURN [n IN nodes(p) | n.key] AS nodeKeys,
  [r IN relationships(p) | {type: type(r), from: startNode(r).key}] AS rels
LIMIT 1

// explore.shortestConnection.defaultKinds.within6
MATCH (a:Node {key: $a}), (b:Node {key: $b})
MATCH p = shortestPath((a)-[:PAID_SALARY|TRANSFERRED|EMPLOYED|CONTROLS|MEMBER_OF|USES_IDENTITY|FACILITATED|TARGETS|ISSUED_BY|LINKED_TO|HAS_IDENTIFIER|DESIGNATED_UNDER|NATIONAL_OF|CITIZEN_OF|BORN_IN|LOCATED_IN|REGISTERED_IN|OWNS*1..6]-(b))
RETURN [n IN nodes(p) | n.key] AS nodeKeys,
  [r IN relationships(p) | {type: type(r), from: startNode(r).key}] AS rels
LIMIT 1

// explore.shortestConnection.defaultKinds.within7
MATCH (a:Node {key: $a}), (b:Node {key: $b})
MATCH p = shortestPath((a)-[:PAID_SALARY|TRANSFERRED|EMPLOYED|CONTROLS|MEMBER_OF|USES_IDENTITY|FACILITATED|TARGETS|ISSUED_BY|LINKED_TO|HAS_IDENTIFIER|DESIGNATED_UNDER|NATIONAL_OF|CITIZEN_OF|BORN_IN|LOCATED_IN|REGISTERED_IN|OWNS*1..7]-(b))
RETURN [n IN nodes(p) | n.key] AS nodeKeys,
  [r IN relationships(p) | {type: type(r), from: startNode(r).key}] AS rels
LIMIT 1

// explore.shortestConnection.defaultKinds.within8
MATCH (a:Node {key: $a}), (b:Node {key: $b})
MATCH p = shortestPath((a)-[:PAID_SALARY|TRANSFERRED|EMPLOYED|CONTROLS|MEMBER_OF|USES_IDENTITY|FACILITATED|TARGETS|ISSUED_BY|LINKED_TO|HAS_IDENTIFIER|DESIGNATED_UNDER|NATIONAL_OF|CITIZEN_OF|BORN_IN|LOCATED_IN|REGISTERED_IN|OWNS*1..8]-(b))
RETURN [n IN nodes(p) | n.key] AS nodeKeys,
  [r IN relationships(p) | {type: type(r), from: startNode(r).key}] AS rels
LIMIT 1

// explore.shortestConnection.defaultKinds.within9
MATCH (a:Node {key: $a}), (b:Node {key: $b})
MATCH p = shortestPath((a)-[:PAID_SALARY|TRANSFERRED|EMPLOYED|CONTROLS|MEMBER_OF|USES_IDENTITY|FACILITATED|TARGETS|ISSUED_BY|LINKED_TO|HAS_IDENTIFIER|DESIGNATED_UNDER|NATIONAL_OF|CITIZEN_OF|BORN_IN|LOCATED_IN|REGISTERED_IN|OWNS*1..9]-(b))
RETURN [n IN nodes(p) | n.key] AS nodeKeys,
  [r IN relationships(p) | {type: type(r), from: startNode(r).key}] AS rels
LIMIT 1

// explore.shortestConnection.endpoints
UNWIND $keys AS key
OPTIONAL MATCH (n:Node {key: key})
RETURN key, n IS NOT NULL AS found

// explore.shortestConnection.selectedKinds.within1
MATCH (a:Node {key: $a}), (b:Node {key: $b})
MATCH p = shortestPath((a)-[*1..1]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
RETURN [n IN nodes(p) | n.key] AS nodeKeys,
  [r IN relationships(p) | {type: type(r), from: startNode(r).key}] AS rels
LIMIT 1

// explore.shortestConnection.selectedKinds.within10
MATCH (a:Node {key: $a}), (b:Node {key: $b})
MATCH p = shortestPath((a)-[*1..10]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
RETURN [n IN nodes(p) | n.key] AS nodeKeys,
  [r IN relationships(p) | {type: type(r), from: startNode(r).key}] AS rels
LIMIT 1

// explore.shortestConnection.selectedKinds.within2
MATCH (a:Node {key: $a}), (b:Node {key: $b})
MATCH p = shortestPath((a)-[*1..2]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
RETURN [n IN nodes(p) | n.key] AS nodeKeys,
  [r IN relationships(p) | {type: type(r), from: startNode(r).key}] AS rels
LIMIT 1

// explore.shortestConnection.selectedKinds.within3
MATCH (a:Node {key: $a}), (b:Node {key: $b})
MATCH p = shortestPath((a)-[*1..3]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
RETURN [n IN nodes(p) | n.key] AS nodeKeys,
  [r IN relationships(p) | {type: type(r), from: startNode(r).key}] AS rels
LIMIT 1

// explore.shortestConnection.selectedKinds.within4
MATCH (a:Node {key: $a}), (b:Node {key: $b})
MATCH p = shortestPath((a)-[*1..4]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
RETURN [n IN nodes(p) | n.key] AS nodeKeys,
  [r IN relationships(p) | {type: type(r), from: startNode(r).key}] AS rels
LIMIT 1

// explore.shortestConnection.selectedKinds.within5
MATCH (a:Node {key: $a}), (b:Node {key: $b})
MATCH p = shortestPath((a)-[*1..5]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
RETURN [n IN nodes(p) | n.key] AS nodeKeys,
  [r IN relationships(p) | {type: type(r), from: startNode(r).key}] AS rels
LIMIT 1

// explore.shortestConnection.selectedKinds.within6
MATCH (a:Node {key: $a}), (b:Node {key: $b})
MATCH p = shortestPath((a)-[*1..6]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
RETURN [n IN nodes(p) | n.key] AS nodeKeys,
  [r IN relationships(p) | {type: type(r), from: startNode(r).key}] AS rels
LIMIT 1

// explore.shortestConnection.selectedKinds.within7
MATCH (a:Node {key: $a}), (b:Node {key: $b})
MATCH p = shortestPath((a)-[*1..7]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
RETURN [n IN nodes(p) | n.key] AS nodeKeys,
  [r IN relationships(p) | {type: type(r), from: startNode(r).key}] AS rels
LIMIT 1

// explore.shortestConnection.selectedKinds.within8
MATCH (a:Node {key: $a}), (b:Node {key: $b})
MATCH p = shortestPath((a)-[*1..8]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
RETURN [n IN nodes(p) | n.key] AS nodeKeys,
  [r IN relationships(p) | {type: type(r), from: startNode(r).key}] AS rels
LIMIT 1

// explore.shortestConnection.selectedKinds.within9
MATCH (a:Node {key: $a}), (b:Node {key: $b})
MATCH p = shortestPath((a)-[*1..9]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
RETURN [n IN nodes(p) | n.key] AS nodeKeys,
  [r IN relationships(p) | {type: type(r), from: startNode(r).key}] AS rels
LIMIT 1

// explore.timeline.centre
MATCH (n:Node {key: $key})
RETURN n:State OR n:Source OR COUNT { (n)--() } - COUNT { (n)-[:SOURCED_FROM]-() } > $hub AS barrier

// explore.timeline.counts
UNWIND $keys AS key
MATCH (x:Node {key: key})
CALL {
  WITH x
  MATCH (x)-[r:PAID_SALARY]-()
  RETURN 'SALARY_PAID' AS kind, r.key AS sk, r.key AS k, r.paidAt.epochMillis AS t
  UNION ALL
  WITH x
  MATCH (x)-[r:TRANSFERRED]-()
  RETURN 'TRANSFER' AS kind, r.key AS sk, r.key AS k, r.at.epochMillis AS t
  UNION ALL
  WITH x
  MATCH (x)-[r:EMPLOYED]-()
  UNWIND [['HIRED', r.startedOn, ''], ['JOB_ENDED', r.endedOn, '#ended']] AS e
  WITH r, e WHERE e[1] IS NOT NULL
  RETURN e[0] AS kind, r.key AS sk, r.key + e[2] AS k, datetime({date: e[1], timezone: 'UTC'}).epochMillis AS t
  UNION ALL
  WITH x
  MATCH (x)<-[:TARGETS|ISSUED_BY]-(a:EnforcementAction)
  RETURN 'ENFORCEMENT' AS kind, a.key AS sk, a.key AS k,
    CASE WHEN a.date IS NULL THEN null ELSE datetime({date: a.date, timezone: 'UTC'}).epochMillis END AS t
  UNION ALL
  WITH x
  WITH x AS a WHERE a:EnforcementAction
  RETURN 'ENFORCEMENT' AS kind, a.key AS sk, a.key AS k,
    CASE WHEN a.date IS NULL THEN null ELSE datetime({date: a.date, timezone: 'UTC'}).epochMillis END AS t
}
WITH DISTINCT kind, sk, k, t
RETURN count(t) AS total, count(*) - count(t) AS undated

// explore.timeline.page
UNWIND $keys AS key
MATCH (x:Node {key: key})
CALL {
  WITH x
  MATCH (x)-[r:PAID_SALARY]-()
  RETURN 'SALARY_PAID' AS kind, r.key AS sk, r.key AS k, r.paidAt.epochMillis AS t
  UNION ALL
  WITH x
  MATCH (x)-[r:TRANSFERRED]-()
  RETURN 'TRANSFER' AS kind, r.key AS sk, r.key AS k, r.at.epochMillis AS t
  UNION ALL
  WITH x
  MATCH (x)-[r:EMPLOYED]-()
  UNWIND [['HIRED', r.startedOn, ''], ['JOB_ENDED', r.endedOn, '#ended']] AS e
  WITH r, e WHERE e[1] IS NOT NULL
  RETURN e[0] AS kind, r.key AS sk, r.key + e[2] AS k, datetime({date: e[1], timezone: 'UTC'}).epochMillis AS t
  UNION ALL
  WITH x
  MATCH (x)<-[:TARGETS|ISSUED_BY]-(a:EnforcementAction)
  RETURN 'ENFORCEMENT' AS kind, a.key AS sk, a.key AS k,
    CASE WHEN a.date IS NULL THEN null ELSE datetime({date: a.date, timezone: 'UTC'}).epochMillis END AS t
  UNION ALL
  WITH x
  WITH x AS a WHERE a:EnforcementAction
  RETURN 'ENFORCEMENT' AS kind, a.key AS sk, a.key AS k,
    CASE WHEN a.date IS NULL THEN null ELSE datetime({date: a.date, timezone: 'UTC'}).epochMillis END AS t
}
WITH DISTINCT kind, sk, k, t
WHERE t IS NOT NULL AND ($after IS NULL OR t > $after.t OR (t = $after.t AND k > $after.k))
WITH kind, sk, k, t ORDER BY t, k LIMIT $limit
CALL {
  WITH kind, sk
  WITH sk WHERE kind = 'SALARY_PAID'
  MATCH ()-[r:PAID_SALARY {key: sk}]->()
  RETURN r {.*, __from: startNode(r).key, __to: endNode(r).key} AS subject, [] AS targets, [] AS authorities
  UNION ALL
  WITH kind, sk
  WITH sk WHERE kind = 'TRANSFER'
  MATCH ()-[r:TRANSFERRED {key: sk}]->()
  RETURN r {.*, __from: startNode(r).key, __to: endNode(r).key} AS subject, [] AS targets, [] AS authorities
  UNION ALL
  WITH kind, sk
  WITH sk WHERE kind IN ['HIRED', 'JOB_ENDED']
  MATCH ()-[r:EMPLOYED {key: sk}]->()
  RETURN r {.*, __from: startNode(r).key, __to: endNode(r).key} AS subject, [] AS targets, [] AS authorities
  UNION ALL
  WITH kind, sk
  WITH sk WHERE kind = 'ENFORCEMENT'
  MATCH (n:Node:EnforcementAction {key: sk})
  RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS subject,
    [(n)-[:TARGETS]->(target) | target.key] AS targets,
    [(n)-[:ISSUED_BY]->(authority) | authority.key] AS authorities
}
RETURN kind, k, t, subject, targets, authorities

// explore.timeline.ring
UNWIND $frontier AS key
MATCH (:Node {key: key})-[:PAID_SALARY|TRANSFERRED|EMPLOYED|CONTROLS|MEMBER_OF|USES_IDENTITY|FACILITATED|TARGETS|ISSUED_BY|LINKED_TO|HAS_IDENTIFIER|DESIGNATED_UNDER|NATIONAL_OF|CITIZEN_OF|BORN_IN|LOCATED_IN|REGISTERED_IN|OWNS]-(n)
WITH DISTINCT n
WHERE NOT n.key IN $seen
WITH n ORDER BY n.key LIMIT $room
RETURN n.key AS key, n:State OR n:Source OR COUNT { (n)--() } - COUNT { (n)-[:SOURCED_FROM]-() } > $hub AS barrier

// lists.craft.count (scans NodeByLabelScan: a filtered count tests every node of its type)
MATCH (n:Craft) WHERE ($f.synthetic IS NULL OR n.synthetic = $f.synthetic) AND ($f.kinds IS NULL OR n.kind IN $f.kinds) RETURN count(n) AS total

// lists.craft.count.text (scans NodeByLabelScan: a filtered count tests every node of its type)
MATCH (n:Craft) WHERE ($f.nameContains IS NULL OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains)))) AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic) AND ($f.kinds IS NULL OR n.kind IN $f.kinds) RETURN count(n) AS total

// lists.craft.countAll
MATCH (n:Craft) RETURN count(n) AS total

// lists.craft.nameAsc (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:Craft) WHERE n.name IS NOT NULL
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
  AND ($f.kinds IS NULL OR n.kind IN $f.kinds)
WITH n, n.name AS v
WHERE $after IS NULL OR v > $after.v OR (v = $after.v AND n.key > $after.k)
WITH n, v
ORDER BY v ASC, n.key ASC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.craft.nameAsc.text (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:Craft) WHERE n.name IS NOT NULL
  AND ($f.nameContains IS NULL OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains))))
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
  AND ($f.kinds IS NULL OR n.kind IN $f.kinds)
WITH n, n.name AS v
WHERE $after IS NULL OR v > $after.v OR (v = $after.v AND n.key > $after.k)
WITH n, v
ORDER BY v ASC, n.key ASC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.craft.nameDesc (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:Craft) WHERE n.name IS NOT NULL
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
  AND ($f.kinds IS NULL OR n.kind IN $f.kinds)
WITH n, n.name AS v
WHERE $after IS NULL OR v < $after.v OR (v = $after.v AND n.key < $after.k)
WITH n, v
ORDER BY v DESC, n.key DESC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.craft.nameDesc.text (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:Craft) WHERE n.name IS NOT NULL
  AND ($f.nameContains IS NULL OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains))))
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
  AND ($f.kinds IS NULL OR n.kind IN $f.kinds)
WITH n, n.name AS v
WHERE $after IS NULL OR v < $after.v OR (v = $after.v AND n.key < $after.k)
WITH n, v
ORDER BY v DESC, n.key DESC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.employer.count (scans NodeByLabelScan: a filtered count tests every node of its type)
MATCH (n:Employer) WHERE ($f.synthetic IS NULL OR n.synthetic = $f.synthetic) RETURN count(n) AS total

// lists.employer.count.text (scans NodeByLabelScan: a filtered count tests every node of its type)
MATCH (n:Employer) WHERE ($f.nameContains IS NULL OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains)))) AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic) RETURN count(n) AS total

// lists.employer.countAll
MATCH (n:Employer) RETURN count(n) AS total

// lists.employer.nameAsc (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:Employer) WHERE n.name IS NOT NULL
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
WITH n, n.name AS v
WHERE $after IS NULL OR v > $after.v OR (v = $after.v AND n.key > $after.k)
WITH n, v
ORDER BY v ASC, n.key ASC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.employer.nameAsc.text (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:Employer) WHERE n.name IS NOT NULL
  AND ($f.nameContains IS NULL OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains))))
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
WITH n, n.name AS v
WHERE $after IS NULL OR v > $after.v OR (v = $after.v AND n.key > $after.k)
WITH n, v
ORDER BY v ASC, n.key ASC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.employer.nameDesc (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:Employer) WHERE n.name IS NOT NULL
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
WITH n, n.name AS v
WHERE $after IS NULL OR v < $after.v OR (v = $after.v AND n.key < $after.k)
WITH n, v
ORDER BY v DESC, n.key DESC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.employer.nameDesc.text (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:Employer) WHERE n.name IS NOT NULL
  AND ($f.nameContains IS NULL OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains))))
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
WITH n, n.name AS v
WHERE $after IS NULL OR v < $after.v OR (v = $after.v AND n.key < $after.k)
WITH n, v
ORDER BY v DESC, n.key DESC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.enforcementAction.amountUsdAsc (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:EnforcementAction) WHERE ($f.kinds IS NULL OR n.kind IN $f.kinds)
  AND ($f.statuses IS NULL OR n.status IN $f.statuses)
  AND ($f.dateFrom IS NULL OR n.date >= date($f.dateFrom))
  AND ($f.dateTo IS NULL OR n.date <= date($f.dateTo))
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
WITH n, coalesce(toFloat(n.amountUsd), 1.0e300) AS v
WHERE $after IS NULL OR v > $after.v OR (v = $after.v AND n.key > $after.k)
WITH n, v
ORDER BY v ASC, n.key ASC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.enforcementAction.amountUsdDesc (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:EnforcementAction) WHERE ($f.kinds IS NULL OR n.kind IN $f.kinds)
  AND ($f.statuses IS NULL OR n.status IN $f.statuses)
  AND ($f.dateFrom IS NULL OR n.date >= date($f.dateFrom))
  AND ($f.dateTo IS NULL OR n.date <= date($f.dateTo))
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
WITH n, coalesce(toFloat(n.amountUsd), -1.0) AS v
WHERE $after IS NULL OR v < $after.v OR (v = $after.v AND n.key < $after.k)
WITH n, v
ORDER BY v DESC, n.key DESC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.enforcementAction.count (scans NodeByLabelScan: a filtered count tests every node of its type)
MATCH (n:EnforcementAction) WHERE ($f.kinds IS NULL OR n.kind IN $f.kinds) AND ($f.statuses IS NULL OR n.status IN $f.statuses) AND ($f.dateFrom IS NULL OR n.date >= date($f.dateFrom)) AND ($f.dateTo IS NULL OR n.date <= date($f.dateTo)) AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic) RETURN count(n) AS total

// lists.enforcementAction.countAll
MATCH (n:EnforcementAction) RETURN count(n) AS total

// lists.enforcementAction.dateAsc (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:EnforcementAction) WHERE ($f.kinds IS NULL OR n.kind IN $f.kinds)
  AND ($f.statuses IS NULL OR n.status IN $f.statuses)
  AND ($f.dateFrom IS NULL OR n.date >= date($f.dateFrom))
  AND ($f.dateTo IS NULL OR n.date <= date($f.dateTo))
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
WITH n, coalesce(toString(n.date), '9999-12-31') AS v
WHERE $after IS NULL OR v > $after.v OR (v = $after.v AND n.key > $after.k)
WITH n, v
ORDER BY v ASC, n.key ASC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.enforcementAction.dateDesc (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:EnforcementAction) WHERE ($f.kinds IS NULL OR n.kind IN $f.kinds)
  AND ($f.statuses IS NULL OR n.status IN $f.statuses)
  AND ($f.dateFrom IS NULL OR n.date >= date($f.dateFrom))
  AND ($f.dateTo IS NULL OR n.date <= date($f.dateTo))
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
WITH n, coalesce(toString(n.date), '') AS v
WHERE $after IS NULL OR v < $after.v OR (v = $after.v AND n.key < $after.k)
WITH n, v
ORDER BY v DESC, n.key DESC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.facilitator.count (scans NodeByLabelScan: a filtered count tests every node of its type)
MATCH (n:Facilitator) WHERE ($f.synthetic IS NULL OR n.synthetic = $f.synthetic) AND ($f.roles IS NULL OR n.role IN $f.roles) RETURN count(n) AS total

// lists.facilitator.count.text (scans NodeByLabelScan: a filtered count tests every node of its type)
MATCH (n:Facilitator) WHERE ($f.nameContains IS NULL OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains)))) AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic) AND ($f.roles IS NULL OR n.role IN $f.roles) RETURN count(n) AS total

// lists.facilitator.countAll
MATCH (n:Facilitator) RETURN count(n) AS total

// lists.facilitator.nameAsc (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:Facilitator) WHERE n.name IS NOT NULL
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
  AND ($f.roles IS NULL OR n.role IN $f.roles)
WITH n, n.name AS v
WHERE $after IS NULL OR v > $after.v OR (v = $after.v AND n.key > $after.k)
WITH n, v
ORDER BY v ASC, n.key ASC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.facilitator.nameAsc.text (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:Facilitator) WHERE n.name IS NOT NULL
  AND ($f.nameContains IS NULL OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains))))
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
  AND ($f.roles IS NULL OR n.role IN $f.roles)
WITH n, n.name AS v
WHERE $after IS NULL OR v > $after.v OR (v = $after.v AND n.key > $after.k)
WITH n, v
ORDER BY v ASC, n.key ASC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.facilitator.nameDesc (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:Facilitator) WHERE n.name IS NOT NULL
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
  AND ($f.roles IS NULL OR n.role IN $f.roles)
WITH n, n.name AS v
WHERE $after IS NULL OR v < $after.v OR (v = $after.v AND n.key < $after.k)
WITH n, v
ORDER BY v DESC, n.key DESC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.facilitator.nameDesc.text (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:Facilitator) WHERE n.name IS NOT NULL
  AND ($f.nameContains IS NULL OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains))))
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
  AND ($f.roles IS NULL OR n.role IN $f.roles)
WITH n, n.name AS v
WHERE $after IS NULL OR v < $after.v OR (v = $after.v AND n.key < $after.k)
WITH n, v
ORDER BY v DESC, n.key DESC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.operative.count (scans NodeByLabelScan: a filtered count tests every node of its type)
MATCH (n:Operative) WHERE ($f.synthetic IS NULL OR n.synthetic = $f.synthetic) AND ($f.roles IS NULL OR n.role IN $f.roles) RETURN count(n) AS total

// lists.operative.count.text (scans NodeByLabelScan: a filtered count tests every node of its type)
MATCH (n:Operative) WHERE ($f.nameContains IS NULL OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains)))) AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic) AND ($f.roles IS NULL OR n.role IN $f.roles) RETURN count(n) AS total

// lists.operative.countAll
MATCH (n:Operative) RETURN count(n) AS total

// lists.operative.nameAsc (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:Operative) WHERE n.name IS NOT NULL
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
  AND ($f.roles IS NULL OR n.role IN $f.roles)
WITH n, n.name AS v
WHERE $after IS NULL OR v > $after.v OR (v = $after.v AND n.key > $after.k)
WITH n, v
ORDER BY v ASC, n.key ASC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.operative.nameAsc.text (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:Operative) WHERE n.name IS NOT NULL
  AND ($f.nameContains IS NULL OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains))))
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
  AND ($f.roles IS NULL OR n.role IN $f.roles)
WITH n, n.name AS v
WHERE $after IS NULL OR v > $after.v OR (v = $after.v AND n.key > $after.k)
WITH n, v
ORDER BY v ASC, n.key ASC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.operative.nameDesc (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:Operative) WHERE n.name IS NOT NULL
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
  AND ($f.roles IS NULL OR n.role IN $f.roles)
WITH n, n.name AS v
WHERE $after IS NULL OR v < $after.v OR (v = $after.v AND n.key < $after.k)
WITH n, v
ORDER BY v DESC, n.key DESC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.operative.nameDesc.text (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:Operative) WHERE n.name IS NOT NULL
  AND ($f.nameContains IS NULL OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains))))
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
  AND ($f.roles IS NULL OR n.role IN $f.roles)
WITH n, n.name AS v
WHERE $after IS NULL OR v < $after.v OR (v = $after.v AND n.key < $after.k)
WITH n, v
ORDER BY v DESC, n.key DESC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.organization.count (scans NodeByLabelScan: a filtered count tests every node of its type)
MATCH (n:Organization) WHERE ($f.synthetic IS NULL OR n.synthetic = $f.synthetic) AND ($f.kinds IS NULL OR n.kind IN $f.kinds) RETURN count(n) AS total

// lists.organization.count.text (scans NodeByLabelScan: a filtered count tests every node of its type)
MATCH (n:Organization) WHERE ($f.nameContains IS NULL OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains)))) AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic) AND ($f.kinds IS NULL OR n.kind IN $f.kinds) RETURN count(n) AS total

// lists.organization.countAll
MATCH (n:Organization) RETURN count(n) AS total

// lists.organization.nameAsc (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:Organization) WHERE n.name IS NOT NULL
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
  AND ($f.kinds IS NULL OR n.kind IN $f.kinds)
WITH n, n.name AS v
WHERE $after IS NULL OR v > $after.v OR (v = $after.v AND n.key > $after.k)
WITH n, v
ORDER BY v ASC, n.key ASC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.organization.nameAsc.text (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:Organization) WHERE n.name IS NOT NULL
  AND ($f.nameContains IS NULL OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains))))
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
  AND ($f.kinds IS NULL OR n.kind IN $f.kinds)
WITH n, n.name AS v
WHERE $after IS NULL OR v > $after.v OR (v = $after.v AND n.key > $after.k)
WITH n, v
ORDER BY v ASC, n.key ASC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.organization.nameDesc (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:Organization) WHERE n.name IS NOT NULL
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
  AND ($f.kinds IS NULL OR n.kind IN $f.kinds)
WITH n, n.name AS v
WHERE $after IS NULL OR v < $after.v OR (v = $after.v AND n.key < $after.k)
WITH n, v
ORDER BY v DESC, n.key DESC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.organization.nameDesc.text (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:Organization) WHERE n.name IS NOT NULL
  AND ($f.nameContains IS NULL OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains))))
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
  AND ($f.kinds IS NULL OR n.kind IN $f.kinds)
WITH n, n.name AS v
WHERE $after IS NULL OR v < $after.v OR (v = $after.v AND n.key < $after.k)
WITH n, v
ORDER BY v DESC, n.key DESC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.person.count (scans NodeByLabelScan: a filtered count tests every node of its type)
MATCH (n:Person) WHERE ($f.synthetic IS NULL OR n.synthetic = $f.synthetic) RETURN count(n) AS total

// lists.person.count.text (scans NodeByLabelScan: a filtered count tests every node of its type)
MATCH (n:Person) WHERE ($f.nameContains IS NULL OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains)))) AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic) RETURN count(n) AS total

// lists.person.countAll
MATCH (n:Person) RETURN count(n) AS total

// lists.person.nameAsc (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:Person) WHERE n.name IS NOT NULL
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
WITH n, n.name AS v
WHERE $after IS NULL OR v > $after.v OR (v = $after.v AND n.key > $after.k)
WITH n, v
ORDER BY v ASC, n.key ASC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.person.nameAsc.text (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:Person) WHERE n.name IS NOT NULL
  AND ($f.nameContains IS NULL OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains))))
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
WITH n, n.name AS v
WHERE $after IS NULL OR v > $after.v OR (v = $after.v AND n.key > $after.k)
WITH n, v
ORDER BY v ASC, n.key ASC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.person.nameDesc (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:Person) WHERE n.name IS NOT NULL
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
WITH n, n.name AS v
WHERE $after IS NULL OR v < $after.v OR (v = $after.v AND n.key < $after.k)
WITH n, v
ORDER BY v DESC, n.key DESC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.person.nameDesc.text (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:Person) WHERE n.name IS NOT NULL
  AND ($f.nameContains IS NULL OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains))))
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
WITH n, n.name AS v
WHERE $after IS NULL OR v < $after.v OR (v = $after.v AND n.key < $after.k)
WITH n, v
ORDER BY v DESC, n.key DESC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.source.count (scans NodeByLabelScan: a filtered count tests every node of its type)
MATCH (n:Source) WHERE ($f.kinds IS NULL OR n.kind IN $f.kinds) AND ($f.titleContains IS NULL OR toLower(n.title) CONTAINS $f.titleContains) RETURN count(n) AS total

// lists.source.countAll
MATCH (n:Source) RETURN count(n) AS total

// lists.source.titleAsc (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:Source) WHERE n.title IS NOT NULL
  AND ($f.kinds IS NULL OR n.kind IN $f.kinds)
  AND ($f.titleContains IS NULL OR toLower(n.title) CONTAINS $f.titleContains)
WITH n, n.title AS v
WHERE $after IS NULL OR v > $after.v OR (v = $after.v AND n.key > $after.k)
WITH n, v
ORDER BY v ASC, n.key ASC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.state.count (scans NodeByLabelScan: a filtered count tests every node of its type)
MATCH (n:State) WHERE ($f.synthetic IS NULL OR n.synthetic = $f.synthetic) RETURN count(n) AS total

// lists.state.count.text (scans NodeByLabelScan: a filtered count tests every node of its type)
MATCH (n:State) WHERE ($f.nameContains IS NULL OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains)))) AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic) RETURN count(n) AS total

// lists.state.countAll
MATCH (n:State) RETURN count(n) AS total

// lists.state.nameAsc (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:State) WHERE n.name IS NOT NULL
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
WITH n, n.name AS v
WHERE $after IS NULL OR v > $after.v OR (v = $after.v AND n.key > $after.k)
WITH n, v
ORDER BY v ASC, n.key ASC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.state.nameAsc.text (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:State) WHERE n.name IS NOT NULL
  AND ($f.nameContains IS NULL OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains))))
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
WITH n, n.name AS v
WHERE $after IS NULL OR v > $after.v OR (v = $after.v AND n.key > $after.k)
WITH n, v
ORDER BY v ASC, n.key ASC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.state.nameDesc (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:State) WHERE n.name IS NOT NULL
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
WITH n, n.name AS v
WHERE $after IS NULL OR v < $after.v OR (v = $after.v AND n.key < $after.k)
WITH n, v
ORDER BY v DESC, n.key DESC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.state.nameDesc.text (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:State) WHERE n.name IS NOT NULL
  AND ($f.nameContains IS NULL OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains))))
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
WITH n, n.name AS v
WHERE $after IS NULL OR v < $after.v OR (v = $after.v AND n.key < $after.k)
WITH n, v
ORDER BY v DESC, n.key DESC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.stolenIdentity.count (scans NodeByLabelScan: a filtered count tests every node of its type)
MATCH (n:StolenIdentity) WHERE ($f.synthetic IS NULL OR n.synthetic = $f.synthetic) RETURN count(n) AS total

// lists.stolenIdentity.count.text (scans NodeByLabelScan: a filtered count tests every node of its type)
MATCH (n:StolenIdentity) WHERE ($f.nameContains IS NULL OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains)))) AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic) RETURN count(n) AS total

// lists.stolenIdentity.countAll
MATCH (n:StolenIdentity) RETURN count(n) AS total

// lists.stolenIdentity.nameAsc (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:StolenIdentity) WHERE n.name IS NOT NULL
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
WITH n, n.name AS v
WHERE $after IS NULL OR v > $after.v OR (v = $after.v AND n.key > $after.k)
WITH n, v
ORDER BY v ASC, n.key ASC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.stolenIdentity.nameAsc.text (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:StolenIdentity) WHERE n.name IS NOT NULL
  AND ($f.nameContains IS NULL OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains))))
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
WITH n, n.name AS v
WHERE $after IS NULL OR v > $after.v OR (v = $after.v AND n.key > $after.k)
WITH n, v
ORDER BY v ASC, n.key ASC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.stolenIdentity.nameDesc (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:StolenIdentity) WHERE n.name IS NOT NULL
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
WITH n, n.name AS v
WHERE $after IS NULL OR v < $after.v OR (v = $after.v AND n.key < $after.k)
WITH n, v
ORDER BY v DESC, n.key DESC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.stolenIdentity.nameDesc.text (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:StolenIdentity) WHERE n.name IS NOT NULL
  AND ($f.nameContains IS NULL OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains))))
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
WITH n, n.name AS v
WHERE $after IS NULL OR v < $after.v OR (v = $after.v AND n.key < $after.k)
WITH n, v
ORDER BY v DESC, n.key DESC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.wallet.count (scans NodeByLabelScan: a filtered count tests every node of its type)
MATCH (n:Wallet) WHERE ($f.synthetic IS NULL OR n.synthetic = $f.synthetic) AND ($f.chains IS NULL OR n.chain IN $f.chains) AND ($f.assets IS NULL OR any(a IN coalesce(n.assets, []) WHERE a IN $f.assets)) RETURN count(n) AS total

// lists.wallet.count.byChains
MATCH (n:Wallet) WHERE ($f.synthetic IS NULL OR n.synthetic = $f.synthetic) AND n.chain IN $f.chains AND n.address IS NOT NULL AND ($f.assets IS NULL OR any(a IN coalesce(n.assets, []) WHERE a IN $f.assets)) RETURN count(n) AS total

// lists.wallet.count.byChains.text
MATCH (n:Wallet) WHERE ($f.nameContains IS NULL OR toLower(n.address) CONTAINS $f.nameContains OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains)))) AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic) AND n.chain IN $f.chains AND n.address IS NOT NULL AND ($f.assets IS NULL OR any(a IN coalesce(n.assets, []) WHERE a IN $f.assets)) RETURN count(n) AS total

// lists.wallet.count.text (scans NodeByLabelScan: a filtered count tests every node of its type)
MATCH (n:Wallet) WHERE ($f.nameContains IS NULL OR toLower(n.address) CONTAINS $f.nameContains OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains)))) AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic) AND ($f.chains IS NULL OR n.chain IN $f.chains) AND ($f.assets IS NULL OR any(a IN coalesce(n.assets, []) WHERE a IN $f.assets)) RETURN count(n) AS total

// lists.wallet.countAll
MATCH (n:Wallet) RETURN count(n) AS total

// lists.wallet.countsByAsset (scans NodeByLabelScan, NodeIndexScan: counts by group read every node of the list (or, unfiltered, every entry of an index) once)
MATCH (n:Wallet) WHERE ($f.synthetic IS NULL OR n.synthetic = $f.synthetic) AND ($f.chains IS NULL OR n.chain IN $f.chains) AND ($f.assets IS NULL OR any(a IN coalesce(n.assets, []) WHERE a IN $f.assets)) UNWIND coalesce(n.assets, []) AS value RETURN value, count(DISTINCT n) AS count ORDER BY value

// lists.wallet.countsByAsset.all (scans NodeByLabelScan, NodeIndexScan: counts by group read every node of the list (or, unfiltered, every entry of an index) once)
MATCH (n:Wallet) UNWIND coalesce(n.assets, []) AS value RETURN value, count(DISTINCT n) AS count ORDER BY value

// lists.wallet.countsByAsset.byChains
MATCH (n:Wallet) WHERE ($f.synthetic IS NULL OR n.synthetic = $f.synthetic) AND n.chain IN $f.chains AND n.address IS NOT NULL AND ($f.assets IS NULL OR any(a IN coalesce(n.assets, []) WHERE a IN $f.assets)) UNWIND coalesce(n.assets, []) AS value RETURN value, count(DISTINCT n) AS count ORDER BY value

// lists.wallet.countsByAsset.byChains.text
MATCH (n:Wallet) WHERE ($f.nameContains IS NULL OR toLower(n.address) CONTAINS $f.nameContains OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains)))) AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic) AND n.chain IN $f.chains AND n.address IS NOT NULL AND ($f.assets IS NULL OR any(a IN coalesce(n.assets, []) WHERE a IN $f.assets)) UNWIND coalesce(n.assets, []) AS value RETURN value, count(DISTINCT n) AS count ORDER BY value

// lists.wallet.countsByAsset.text (scans NodeByLabelScan, NodeIndexScan: counts by group read every node of the list (or, unfiltered, every entry of an index) once)
MATCH (n:Wallet) WHERE ($f.nameContains IS NULL OR toLower(n.address) CONTAINS $f.nameContains OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains)))) AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic) AND ($f.chains IS NULL OR n.chain IN $f.chains) AND ($f.assets IS NULL OR any(a IN coalesce(n.assets, []) WHERE a IN $f.assets)) UNWIND coalesce(n.assets, []) AS value RETURN value, count(DISTINCT n) AS count ORDER BY value

// lists.wallet.countsByChain (scans NodeByLabelScan, NodeIndexScan: counts by group read every node of the list (or, unfiltered, every entry of an index) once)
MATCH (n:Wallet) WHERE ($f.synthetic IS NULL OR n.synthetic = $f.synthetic) AND ($f.chains IS NULL OR n.chain IN $f.chains) AND ($f.assets IS NULL OR any(a IN coalesce(n.assets, []) WHERE a IN $f.assets)) RETURN n.chain AS value, count(n) AS count ORDER BY value

// lists.wallet.countsByChain.all (scans NodeByLabelScan, NodeIndexScan: counts by group read every node of the list (or, unfiltered, every entry of an index) once)
MATCH (n:Wallet) WHERE n.chain IS NOT NULL AND n.address IS NOT NULL RETURN n.chain AS value, count(n) AS count ORDER BY value

// lists.wallet.countsByChain.byChains
MATCH (n:Wallet) WHERE ($f.synthetic IS NULL OR n.synthetic = $f.synthetic) AND n.chain IN $f.chains AND n.address IS NOT NULL AND ($f.assets IS NULL OR any(a IN coalesce(n.assets, []) WHERE a IN $f.assets)) RETURN n.chain AS value, count(n) AS count ORDER BY value

// lists.wallet.countsByChain.byChains.text
MATCH (n:Wallet) WHERE ($f.nameContains IS NULL OR toLower(n.address) CONTAINS $f.nameContains OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains)))) AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic) AND n.chain IN $f.chains AND n.address IS NOT NULL AND ($f.assets IS NULL OR any(a IN coalesce(n.assets, []) WHERE a IN $f.assets)) RETURN n.chain AS value, count(n) AS count ORDER BY value

// lists.wallet.countsByChain.text (scans NodeByLabelScan, NodeIndexScan: counts by group read every node of the list (or, unfiltered, every entry of an index) once)
MATCH (n:Wallet) WHERE ($f.nameContains IS NULL OR toLower(n.address) CONTAINS $f.nameContains OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains)))) AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic) AND ($f.chains IS NULL OR n.chain IN $f.chains) AND ($f.assets IS NULL OR any(a IN coalesce(n.assets, []) WHERE a IN $f.assets)) RETURN n.chain AS value, count(n) AS count ORDER BY value

// lists.wallet.nameAsc (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:Wallet) WHERE n.name IS NOT NULL
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
  AND ($f.chains IS NULL OR n.chain IN $f.chains)
  AND ($f.assets IS NULL OR any(a IN coalesce(n.assets, []) WHERE a IN $f.assets))
WITH n, n.name AS v
WHERE $after IS NULL OR v > $after.v OR (v = $after.v AND n.key > $after.k)
WITH n, v
ORDER BY v ASC, n.key ASC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.wallet.nameAsc.text (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:Wallet) WHERE n.name IS NOT NULL
  AND ($f.nameContains IS NULL OR toLower(n.address) CONTAINS $f.nameContains OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains))))
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
  AND ($f.chains IS NULL OR n.chain IN $f.chains)
  AND ($f.assets IS NULL OR any(a IN coalesce(n.assets, []) WHERE a IN $f.assets))
WITH n, n.name AS v
WHERE $after IS NULL OR v > $after.v OR (v = $after.v AND n.key > $after.k)
WITH n, v
ORDER BY v ASC, n.key ASC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.wallet.nameDesc (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:Wallet) WHERE n.name IS NOT NULL
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
  AND ($f.chains IS NULL OR n.chain IN $f.chains)
  AND ($f.assets IS NULL OR any(a IN coalesce(n.assets, []) WHERE a IN $f.assets))
WITH n, n.name AS v
WHERE $after IS NULL OR v < $after.v OR (v = $after.v AND n.key < $after.k)
WITH n, v
ORDER BY v DESC, n.key DESC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// lists.wallet.nameDesc.text (scans NodeByLabelScan, NodeIndexScan: a top-level list reads every node of its type, filtered and ordered)
MATCH (n:Wallet) WHERE n.name IS NOT NULL
  AND ($f.nameContains IS NULL OR toLower(n.address) CONTAINS $f.nameContains OR (($namesOfPersonal OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))) AND (toLower(n.name) CONTAINS $f.nameContains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains))))
  AND ($f.synthetic IS NULL OR n.synthetic = $f.synthetic)
  AND ($f.chains IS NULL OR n.chain IN $f.chains)
  AND ($f.assets IS NULL OR any(a IN coalesce(n.assets, []) WHERE a IN $f.assets))
WITH n, n.name AS v
WHERE $after IS NULL OR v < $after.v OR (v = $after.v AND n.key < $after.k)
WITH n, v
ORDER BY v DESC, n.key DESC
LIMIT $limit
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node, v, n.key AS k

// loaders.employmentsByKey
UNWIND $keys AS key
MATCH ()-[r:EMPLOYED {key: key}]->()
RETURN key, r {.*, __from: startNode(r).key, __to: endNode(r).key} AS item

// loaders.list.authorities
UNWIND $keys AS key
MATCH (p:Node {key: key})
CALL {
  WITH p
  MATCH (p)-[:ISSUED_BY]->(n:Organization)
  WITH n ORDER BY n.name, n.key
  RETURN collect(n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}) AS items
}
RETURN key, items

// loaders.list.controllers
UNWIND $keys AS key
MATCH (p:Node {key: key})
CALL {
  WITH p
  MATCH (p)<-[:CONTROLS]-(n:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person)
  WITH n ORDER BY n.name, n.key
  RETURN collect(n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}) AS items
}
RETURN key, items

// loaders.list.enforcementActions
UNWIND $keys AS key
MATCH (p:Node {key: key})
CALL {
  WITH p
  MATCH (p)<-[:TARGETS]-(n:EnforcementAction)
  WITH n ORDER BY coalesce(toString(n.date), '') DESC, n.key
  RETURN collect(n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}) AS items
}
RETURN key, items

// loaders.list.identifierIssuers
UNWIND $keys AS key
MATCH (p:Node {key: key})
CALL {
  WITH p
  MATCH (p)-[:ISSUED_BY]->(n:State)
  WITH n ORDER BY n.name, n.key
  RETURN collect(n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}) AS items
}
RETURN key, items

// loaders.list.identifiers
UNWIND $keys AS key
MATCH (p:Node {key: key})
CALL {
  WITH p
  MATCH (p)-[:HAS_IDENTIFIER]->(n:Identifier)
  WITH n ORDER BY n.type, n.value, n.key
  RETURN collect(n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}) AS items
}
RETURN key, items

// loaders.list.linkedTo
UNWIND $keys AS key
MATCH (p:Node {key: key})
CALL {
  WITH p
  MATCH (p)-[:LINKED_TO]->(n:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Wallet|Person|Craft)
  WITH n ORDER BY n.name, n.key
  RETURN collect(n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}) AS items
}
RETURN key, items

// loaders.list.ownedCrafts
UNWIND $keys AS key
MATCH (p:Node {key: key})
CALL {
  WITH p
  MATCH (p)-[:OWNS]->(n:Craft)
  WITH n ORDER BY n.name, n.key
  RETURN collect(n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}) AS items
}
RETURN key, items

// loaders.list.owners
UNWIND $keys AS key
MATCH (p:Node {key: key})
CALL {
  WITH p
  MATCH (p)<-[:OWNS]-(n:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person)
  WITH n ORDER BY n.name, n.key
  RETURN collect(n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}) AS items
}
RETURN key, items

// loaders.list.sources
UNWIND $keys AS key
MATCH (p:Node {key: key})
CALL {
  WITH p
  MATCH (p)-[:SOURCED_FROM]->(n:Source)
  WITH n ORDER BY n.title, n.key
  RETURN collect(n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}) AS items
}
RETURN key, items

// loaders.money.allTransfers.amountAsc
MATCH ()-[r:TRANSFERRED]->()
WHERE r.amountOrder >= $lower AND r.amountOrder <= $upper
  AND ($after IS NULL OR r.amountOrder <> $after.bound OR r.key > $after.k)
  AND ($f.assets IS NULL OR r.asset IN $f.assets)
    AND ($f.minAmount IS NULL OR r.amountOrder >= $f.minAmount)
    AND ($f.maxAmount IS NULL OR r.amountOrder <= $f.maxAmount)
    AND ($f.since IS NULL OR r.at >= $f.since)
    AND ($f.until IS NULL OR r.at < $f.until)
    AND ($f.synthetic IS NULL OR r.synthetic = $f.synthetic)
WITH r ORDER BY r.amountOrder ASC, r.key ASC LIMIT $limit
RETURN r.amountOrder AS v, r.key AS k, r {.*, __from: startNode(r).key, __to: endNode(r).key} AS node

// loaders.money.allTransfers.amountDesc
MATCH ()-[r:TRANSFERRED]->()
WHERE r.amountOrder >= $lower AND r.amountOrder <= $upper
  AND ($after IS NULL OR r.amountOrder <> $after.bound OR r.key < $after.k)
  AND ($f.assets IS NULL OR r.asset IN $f.assets)
    AND ($f.minAmount IS NULL OR r.amountOrder >= $f.minAmount)
    AND ($f.maxAmount IS NULL OR r.amountOrder <= $f.maxAmount)
    AND ($f.since IS NULL OR r.at >= $f.since)
    AND ($f.until IS NULL OR r.at < $f.until)
    AND ($f.synthetic IS NULL OR r.synthetic = $f.synthetic)
WITH r ORDER BY r.amountOrder DESC, r.key DESC LIMIT $limit
RETURN r.amountOrder AS v, r.key AS k, r {.*, __from: startNode(r).key, __to: endNode(r).key} AS node

// loaders.money.allTransfers.count (scans DirectedRelationshipTypeScan: a filtered count reads every transfer it filters)
MATCH ()-[r:TRANSFERRED]->()
WHERE ($f.assets IS NULL OR r.asset IN $f.assets)
    AND ($f.minAmount IS NULL OR r.amountOrder >= $f.minAmount)
    AND ($f.maxAmount IS NULL OR r.amountOrder <= $f.maxAmount)
    AND ($f.since IS NULL OR r.at >= $f.since)
    AND ($f.until IS NULL OR r.at < $f.until)
    AND ($f.synthetic IS NULL OR r.synthetic = $f.synthetic)
RETURN count(r) AS total

// loaders.money.allTransfers.countUnfiltered
MATCH ()-[r:TRANSFERRED]->() RETURN count(r) AS total

// loaders.money.allTransfers.groups.asset (scans DirectedRelationshipTypeScan: counts per group read every transfer)
MATCH ()-[r:TRANSFERRED]->()
WHERE ($f.assets IS NULL OR r.asset IN $f.assets)
    AND ($f.minAmount IS NULL OR r.amountOrder >= $f.minAmount)
    AND ($f.maxAmount IS NULL OR r.amountOrder <= $f.maxAmount)
    AND ($f.since IS NULL OR r.at >= $f.since)
    AND ($f.until IS NULL OR r.at < $f.until)
    AND ($f.synthetic IS NULL OR r.synthetic = $f.synthetic)
WITH r.asset AS value, count(r) AS count
WHERE value IS NOT NULL
RETURN value, count ORDER BY value

// loaders.money.allTransfers.groups.chain (scans DirectedRelationshipTypeScan: counts per group read every transfer)
MATCH ()-[r:TRANSFERRED]->()
WHERE ($f.assets IS NULL OR r.asset IN $f.assets)
    AND ($f.minAmount IS NULL OR r.amountOrder >= $f.minAmount)
    AND ($f.maxAmount IS NULL OR r.amountOrder <= $f.maxAmount)
    AND ($f.since IS NULL OR r.at >= $f.since)
    AND ($f.until IS NULL OR r.at < $f.until)
    AND ($f.synthetic IS NULL OR r.synthetic = $f.synthetic)
WITH startNode(r).chain AS value, count(r) AS count
WHERE value IS NOT NULL
RETURN value, count ORDER BY value

// loaders.money.allTransfers.groups.month (scans DirectedRelationshipTypeScan: counts per group read every transfer)
MATCH ()-[r:TRANSFERRED]->()
WHERE ($f.assets IS NULL OR r.asset IN $f.assets)
    AND ($f.minAmount IS NULL OR r.amountOrder >= $f.minAmount)
    AND ($f.maxAmount IS NULL OR r.amountOrder <= $f.maxAmount)
    AND ($f.since IS NULL OR r.at >= $f.since)
    AND ($f.until IS NULL OR r.at < $f.until)
    AND ($f.synthetic IS NULL OR r.synthetic = $f.synthetic)
WITH left(toString(datetime({epochMillis: r.at.epochMillis})), 7) AS value, count(r) AS count
WHERE value IS NOT NULL
RETURN value, count ORDER BY value

// loaders.money.allTransfers.timeAsc
MATCH ()-[r:TRANSFERRED]->()
WHERE r.at >= $lower AND r.at <= $upper
  AND ($after IS NULL OR r.at <> $after.bound OR r.key > $after.k)
  AND ($f.assets IS NULL OR r.asset IN $f.assets)
    AND ($f.minAmount IS NULL OR r.amountOrder >= $f.minAmount)
    AND ($f.maxAmount IS NULL OR r.amountOrder <= $f.maxAmount)
    AND ($f.since IS NULL OR r.at >= $f.since)
    AND ($f.until IS NULL OR r.at < $f.until)
    AND ($f.synthetic IS NULL OR r.synthetic = $f.synthetic)
WITH r ORDER BY r.at ASC, r.key ASC LIMIT $limit
RETURN r.at.epochMillis AS v, r.key AS k, r {.*, __from: startNode(r).key, __to: endNode(r).key} AS node

// loaders.money.allTransfers.timeDesc
MATCH ()-[r:TRANSFERRED]->()
WHERE r.at >= $lower AND r.at <= $upper
  AND ($after IS NULL OR r.at <> $after.bound OR r.key < $after.k)
  AND ($f.assets IS NULL OR r.asset IN $f.assets)
    AND ($f.minAmount IS NULL OR r.amountOrder >= $f.minAmount)
    AND ($f.maxAmount IS NULL OR r.amountOrder <= $f.maxAmount)
    AND ($f.since IS NULL OR r.at >= $f.since)
    AND ($f.until IS NULL OR r.at < $f.until)
    AND ($f.synthetic IS NULL OR r.synthetic = $f.synthetic)
WITH r ORDER BY r.at DESC, r.key DESC LIMIT $limit
RETURN r.at.epochMillis AS v, r.key AS k, r {.*, __from: startNode(r).key, __to: endNode(r).key} AS node

// loaders.money.employerSalaryPayments.groups.asset
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  MATCH (p)-[r:PAID_SALARY]->(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.paidAt >= req.f.since)
    AND (req.f.until IS NULL OR r.paidAt < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
  WITH r.asset AS value, count(r) AS count
  WHERE value IS NOT NULL
  WITH value, count ORDER BY value
  RETURN collect({value: value, count: count}) AS groups
}
RETURN req.i AS i, groups

// loaders.money.employerSalaryPayments.groups.month
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  MATCH (p)-[r:PAID_SALARY]->(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.paidAt >= req.f.since)
    AND (req.f.until IS NULL OR r.paidAt < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
  WITH left(toString(datetime({epochMillis: r.paidAt.epochMillis})), 7) AS value, count(r) AS count
  WHERE value IS NOT NULL
  WITH value, count ORDER BY value
  RETURN collect({value: value, count: count}) AS groups
}
RETURN req.i AS i, groups

// loaders.money.heldIncomingTransfers.groups.asset
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)<-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
  WITH r.asset AS value, count(r) AS count
  WHERE value IS NOT NULL
  WITH value, count ORDER BY value
  RETURN collect({value: value, count: count}) AS groups
}
RETURN req.i AS i, groups

// loaders.money.heldIncomingTransfers.groups.chain
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)<-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
  WITH startNode(r).chain AS value, count(r) AS count
  WHERE value IS NOT NULL
  WITH value, count ORDER BY value
  RETURN collect({value: value, count: count}) AS groups
}
RETURN req.i AS i, groups

// loaders.money.heldIncomingTransfers.groups.month
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)<-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
  WITH left(toString(datetime({epochMillis: r.at.epochMillis})), 7) AS value, count(r) AS count
  WHERE value IS NOT NULL
  WITH value, count ORDER BY value
  RETURN collect({value: value, count: count}) AS groups
}
RETURN req.i AS i, groups

// loaders.money.heldOutgoingTransfers.groups.asset
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)-[r:TRANSFERRED]->(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
  WITH r.asset AS value, count(r) AS count
  WHERE value IS NOT NULL
  WITH value, count ORDER BY value
  RETURN collect({value: value, count: count}) AS groups
}
RETURN req.i AS i, groups

// loaders.money.heldOutgoingTransfers.groups.chain
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)-[r:TRANSFERRED]->(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
  WITH startNode(r).chain AS value, count(r) AS count
  WHERE value IS NOT NULL
  WITH value, count ORDER BY value
  RETURN collect({value: value, count: count}) AS groups
}
RETURN req.i AS i, groups

// loaders.money.heldOutgoingTransfers.groups.month
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)-[r:TRANSFERRED]->(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
  WITH left(toString(datetime({epochMillis: r.at.epochMillis})), 7) AS value, count(r) AS count
  WHERE value IS NOT NULL
  WITH value, count ORDER BY value
  RETURN collect({value: value, count: count}) AS groups
}
RETURN req.i AS i, groups

// loaders.money.heldTransfers.amountAsc
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  WITH p, req WHERE req.page = 'HELD_OUTGOING_TRANSFERS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)-[r:TRANSFERRED]->(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)-[r:TRANSFERRED]->(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.amountOrder AS v, r.key AS k
    WHERE req.after IS NULL OR v > req.after.v OR (v = req.after.v AND k > req.after.k)
    WITH r, v, k ORDER BY v ASC, k ASC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
  UNION ALL
  WITH p, req
  WITH p, req WHERE req.page = 'HELD_INCOMING_TRANSFERS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)<-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)<-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.amountOrder AS v, r.key AS k
    WHERE req.after IS NULL OR v > req.after.v OR (v = req.after.v AND k > req.after.k)
    WITH r, v, k ORDER BY v ASC, k ASC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
  UNION ALL
  WITH p, req
  WITH p, req WHERE req.page = 'HELD_TRANSFERS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.amountOrder AS v, r.key AS k
    WHERE req.after IS NULL OR v > req.after.v OR (v = req.after.v AND k > req.after.k)
    WITH r, v, k ORDER BY v ASC, k ASC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
}
CALL {
  WITH req, page
  UNWIND page AS m
  WITH req, m, m.r AS r, startNode(m.r) AS s, endNode(m.r) AS e
  RETURN collect({v: m.v, k: m.k, node: r {.*, __from: startNode(r).key, __to: endNode(r).key},
    ends: CASE WHEN req.start THEN [{node: s {.*, __label: [l IN labels(s) WHERE l <> 'Node'][0], __personal: (((s:StolenIdentity OR s:Facilitator OR s:Person) AND NOT EXISTS { MATCH (s)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((s:Identifier OR s:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(s) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 0 THEN COLLECT { MATCH (s)<-[:CONTROLS]-(c1:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c1 ORDER BY c1.name, c1.key RETURN {node: c1 {.*, __label: [l IN labels(c1) WHERE l <> 'Node'][0], __personal: (((c1:StolenIdentity OR c1:Facilitator OR c1:Person) AND NOT EXISTS { MATCH (c1)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c1:Identifier OR c1:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c1) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 1 AND c1:Organization THEN COLLECT { MATCH (c1)<-[:CONTROLS]-(c2:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c2 ORDER BY c2.name, c2.key RETURN c2 {.*, __label: [l IN labels(c2) WHERE l <> 'Node'][0], __personal: (((c2:StolenIdentity OR c2:Facilitator OR c2:Person) AND NOT EXISTS { MATCH (c2)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c2:Identifier OR c2:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c2) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} } END} } END}] ELSE [] END + CASE WHEN req.end THEN [{node: e {.*, __label: [l IN labels(e) WHERE l <> 'Node'][0], __personal: (((e:StolenIdentity OR e:Facilitator OR e:Person) AND NOT EXISTS { MATCH (e)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((e:Identifier OR e:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(e) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 0 THEN COLLECT { MATCH (e)<-[:CONTROLS]-(c1:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c1 ORDER BY c1.name, c1.key RETURN {node: c1 {.*, __label: [l IN labels(c1) WHERE l <> 'Node'][0], __personal: (((c1:StolenIdentity OR c1:Facilitator OR c1:Person) AND NOT EXISTS { MATCH (c1)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c1:Identifier OR c1:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c1) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 1 AND c1:Organization THEN COLLECT { MATCH (c1)<-[:CONTROLS]-(c2:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c2 ORDER BY c2.name, c2.key RETURN c2 {.*, __label: [l IN labels(c2) WHERE l <> 'Node'][0], __personal: (((c2:StolenIdentity OR c2:Facilitator OR c2:Person) AND NOT EXISTS { MATCH (c2)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c2:Identifier OR c2:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c2) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} } END} } END}] ELSE [] END}) AS items
}
RETURN req.i AS i, CASE WHEN req.counted THEN total END AS total, items

// loaders.money.heldTransfers.amountDesc
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  WITH p, req WHERE req.page = 'HELD_OUTGOING_TRANSFERS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)-[r:TRANSFERRED]->(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)-[r:TRANSFERRED]->(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.amountOrder AS v, r.key AS k
    WHERE req.after IS NULL OR v < req.after.v OR (v = req.after.v AND k < req.after.k)
    WITH r, v, k ORDER BY v DESC, k DESC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
  UNION ALL
  WITH p, req
  WITH p, req WHERE req.page = 'HELD_INCOMING_TRANSFERS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)<-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)<-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.amountOrder AS v, r.key AS k
    WHERE req.after IS NULL OR v < req.after.v OR (v = req.after.v AND k < req.after.k)
    WITH r, v, k ORDER BY v DESC, k DESC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
  UNION ALL
  WITH p, req
  WITH p, req WHERE req.page = 'HELD_TRANSFERS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.amountOrder AS v, r.key AS k
    WHERE req.after IS NULL OR v < req.after.v OR (v = req.after.v AND k < req.after.k)
    WITH r, v, k ORDER BY v DESC, k DESC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
}
CALL {
  WITH req, page
  UNWIND page AS m
  WITH req, m, m.r AS r, startNode(m.r) AS s, endNode(m.r) AS e
  RETURN collect({v: m.v, k: m.k, node: r {.*, __from: startNode(r).key, __to: endNode(r).key},
    ends: CASE WHEN req.start THEN [{node: s {.*, __label: [l IN labels(s) WHERE l <> 'Node'][0], __personal: (((s:StolenIdentity OR s:Facilitator OR s:Person) AND NOT EXISTS { MATCH (s)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((s:Identifier OR s:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(s) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 0 THEN COLLECT { MATCH (s)<-[:CONTROLS]-(c1:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c1 ORDER BY c1.name, c1.key RETURN {node: c1 {.*, __label: [l IN labels(c1) WHERE l <> 'Node'][0], __personal: (((c1:StolenIdentity OR c1:Facilitator OR c1:Person) AND NOT EXISTS { MATCH (c1)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c1:Identifier OR c1:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c1) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 1 AND c1:Organization THEN COLLECT { MATCH (c1)<-[:CONTROLS]-(c2:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c2 ORDER BY c2.name, c2.key RETURN c2 {.*, __label: [l IN labels(c2) WHERE l <> 'Node'][0], __personal: (((c2:StolenIdentity OR c2:Facilitator OR c2:Person) AND NOT EXISTS { MATCH (c2)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c2:Identifier OR c2:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c2) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} } END} } END}] ELSE [] END + CASE WHEN req.end THEN [{node: e {.*, __label: [l IN labels(e) WHERE l <> 'Node'][0], __personal: (((e:StolenIdentity OR e:Facilitator OR e:Person) AND NOT EXISTS { MATCH (e)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((e:Identifier OR e:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(e) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 0 THEN COLLECT { MATCH (e)<-[:CONTROLS]-(c1:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c1 ORDER BY c1.name, c1.key RETURN {node: c1 {.*, __label: [l IN labels(c1) WHERE l <> 'Node'][0], __personal: (((c1:StolenIdentity OR c1:Facilitator OR c1:Person) AND NOT EXISTS { MATCH (c1)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c1:Identifier OR c1:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c1) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 1 AND c1:Organization THEN COLLECT { MATCH (c1)<-[:CONTROLS]-(c2:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c2 ORDER BY c2.name, c2.key RETURN c2 {.*, __label: [l IN labels(c2) WHERE l <> 'Node'][0], __personal: (((c2:StolenIdentity OR c2:Facilitator OR c2:Person) AND NOT EXISTS { MATCH (c2)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c2:Identifier OR c2:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c2) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} } END} } END}] ELSE [] END}) AS items
}
RETURN req.i AS i, CASE WHEN req.counted THEN total END AS total, items

// loaders.money.heldTransfers.groups.asset
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
  WITH r.asset AS value, count(r) AS count
  WHERE value IS NOT NULL
  WITH value, count ORDER BY value
  RETURN collect({value: value, count: count}) AS groups
}
RETURN req.i AS i, groups

// loaders.money.heldTransfers.groups.chain
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
  WITH startNode(r).chain AS value, count(r) AS count
  WHERE value IS NOT NULL
  WITH value, count ORDER BY value
  RETURN collect({value: value, count: count}) AS groups
}
RETURN req.i AS i, groups

// loaders.money.heldTransfers.groups.month
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
  WITH left(toString(datetime({epochMillis: r.at.epochMillis})), 7) AS value, count(r) AS count
  WHERE value IS NOT NULL
  WITH value, count ORDER BY value
  RETURN collect({value: value, count: count}) AS groups
}
RETURN req.i AS i, groups

// loaders.money.heldTransfers.timeAsc
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  WITH p, req WHERE req.page = 'HELD_OUTGOING_TRANSFERS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)-[r:TRANSFERRED]->(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)-[r:TRANSFERRED]->(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.at.epochMillis AS v, r.key AS k
    WHERE req.after IS NULL OR v > req.after.v OR (v = req.after.v AND k > req.after.k)
    WITH r, v, k ORDER BY v ASC, k ASC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
  UNION ALL
  WITH p, req
  WITH p, req WHERE req.page = 'HELD_INCOMING_TRANSFERS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)<-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)<-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.at.epochMillis AS v, r.key AS k
    WHERE req.after IS NULL OR v > req.after.v OR (v = req.after.v AND k > req.after.k)
    WITH r, v, k ORDER BY v ASC, k ASC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
  UNION ALL
  WITH p, req
  WITH p, req WHERE req.page = 'HELD_TRANSFERS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.at.epochMillis AS v, r.key AS k
    WHERE req.after IS NULL OR v > req.after.v OR (v = req.after.v AND k > req.after.k)
    WITH r, v, k ORDER BY v ASC, k ASC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
}
CALL {
  WITH req, page
  UNWIND page AS m
  WITH req, m, m.r AS r, startNode(m.r) AS s, endNode(m.r) AS e
  RETURN collect({v: m.v, k: m.k, node: r {.*, __from: startNode(r).key, __to: endNode(r).key},
    ends: CASE WHEN req.start THEN [{node: s {.*, __label: [l IN labels(s) WHERE l <> 'Node'][0], __personal: (((s:StolenIdentity OR s:Facilitator OR s:Person) AND NOT EXISTS { MATCH (s)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((s:Identifier OR s:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(s) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 0 THEN COLLECT { MATCH (s)<-[:CONTROLS]-(c1:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c1 ORDER BY c1.name, c1.key RETURN {node: c1 {.*, __label: [l IN labels(c1) WHERE l <> 'Node'][0], __personal: (((c1:StolenIdentity OR c1:Facilitator OR c1:Person) AND NOT EXISTS { MATCH (c1)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c1:Identifier OR c1:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c1) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 1 AND c1:Organization THEN COLLECT { MATCH (c1)<-[:CONTROLS]-(c2:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c2 ORDER BY c2.name, c2.key RETURN c2 {.*, __label: [l IN labels(c2) WHERE l <> 'Node'][0], __personal: (((c2:StolenIdentity OR c2:Facilitator OR c2:Person) AND NOT EXISTS { MATCH (c2)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c2:Identifier OR c2:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c2) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} } END} } END}] ELSE [] END + CASE WHEN req.end THEN [{node: e {.*, __label: [l IN labels(e) WHERE l <> 'Node'][0], __personal: (((e:StolenIdentity OR e:Facilitator OR e:Person) AND NOT EXISTS { MATCH (e)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((e:Identifier OR e:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(e) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 0 THEN COLLECT { MATCH (e)<-[:CONTROLS]-(c1:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c1 ORDER BY c1.name, c1.key RETURN {node: c1 {.*, __label: [l IN labels(c1) WHERE l <> 'Node'][0], __personal: (((c1:StolenIdentity OR c1:Facilitator OR c1:Person) AND NOT EXISTS { MATCH (c1)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c1:Identifier OR c1:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c1) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 1 AND c1:Organization THEN COLLECT { MATCH (c1)<-[:CONTROLS]-(c2:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c2 ORDER BY c2.name, c2.key RETURN c2 {.*, __label: [l IN labels(c2) WHERE l <> 'Node'][0], __personal: (((c2:StolenIdentity OR c2:Facilitator OR c2:Person) AND NOT EXISTS { MATCH (c2)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c2:Identifier OR c2:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c2) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} } END} } END}] ELSE [] END}) AS items
}
RETURN req.i AS i, CASE WHEN req.counted THEN total END AS total, items

// loaders.money.heldTransfers.timeDesc
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  WITH p, req WHERE req.page = 'HELD_OUTGOING_TRANSFERS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)-[r:TRANSFERRED]->(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)-[r:TRANSFERRED]->(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.at.epochMillis AS v, r.key AS k
    WHERE req.after IS NULL OR v < req.after.v OR (v = req.after.v AND k < req.after.k)
    WITH r, v, k ORDER BY v DESC, k DESC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
  UNION ALL
  WITH p, req
  WITH p, req WHERE req.page = 'HELD_INCOMING_TRANSFERS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)<-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)<-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.at.epochMillis AS v, r.key AS k
    WHERE req.after IS NULL OR v < req.after.v OR (v = req.after.v AND k < req.after.k)
    WITH r, v, k ORDER BY v DESC, k DESC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
  UNION ALL
  WITH p, req
  WITH p, req WHERE req.page = 'HELD_TRANSFERS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p:Organization|Operative|Facilitator|Person|StolenIdentity)-[:CONTROLS]->(:Wallet)-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.at.epochMillis AS v, r.key AS k
    WHERE req.after IS NULL OR v < req.after.v OR (v = req.after.v AND k < req.after.k)
    WITH r, v, k ORDER BY v DESC, k DESC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
}
CALL {
  WITH req, page
  UNWIND page AS m
  WITH req, m, m.r AS r, startNode(m.r) AS s, endNode(m.r) AS e
  RETURN collect({v: m.v, k: m.k, node: r {.*, __from: startNode(r).key, __to: endNode(r).key},
    ends: CASE WHEN req.start THEN [{node: s {.*, __label: [l IN labels(s) WHERE l <> 'Node'][0], __personal: (((s:StolenIdentity OR s:Facilitator OR s:Person) AND NOT EXISTS { MATCH (s)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((s:Identifier OR s:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(s) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 0 THEN COLLECT { MATCH (s)<-[:CONTROLS]-(c1:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c1 ORDER BY c1.name, c1.key RETURN {node: c1 {.*, __label: [l IN labels(c1) WHERE l <> 'Node'][0], __personal: (((c1:StolenIdentity OR c1:Facilitator OR c1:Person) AND NOT EXISTS { MATCH (c1)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c1:Identifier OR c1:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c1) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 1 AND c1:Organization THEN COLLECT { MATCH (c1)<-[:CONTROLS]-(c2:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c2 ORDER BY c2.name, c2.key RETURN c2 {.*, __label: [l IN labels(c2) WHERE l <> 'Node'][0], __personal: (((c2:StolenIdentity OR c2:Facilitator OR c2:Person) AND NOT EXISTS { MATCH (c2)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c2:Identifier OR c2:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c2) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} } END} } END}] ELSE [] END + CASE WHEN req.end THEN [{node: e {.*, __label: [l IN labels(e) WHERE l <> 'Node'][0], __personal: (((e:StolenIdentity OR e:Facilitator OR e:Person) AND NOT EXISTS { MATCH (e)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((e:Identifier OR e:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(e) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 0 THEN COLLECT { MATCH (e)<-[:CONTROLS]-(c1:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c1 ORDER BY c1.name, c1.key RETURN {node: c1 {.*, __label: [l IN labels(c1) WHERE l <> 'Node'][0], __personal: (((c1:StolenIdentity OR c1:Facilitator OR c1:Person) AND NOT EXISTS { MATCH (c1)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c1:Identifier OR c1:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c1) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 1 AND c1:Organization THEN COLLECT { MATCH (c1)<-[:CONTROLS]-(c2:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c2 ORDER BY c2.name, c2.key RETURN c2 {.*, __label: [l IN labels(c2) WHERE l <> 'Node'][0], __personal: (((c2:StolenIdentity OR c2:Facilitator OR c2:Person) AND NOT EXISTS { MATCH (c2)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c2:Identifier OR c2:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c2) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} } END} } END}] ELSE [] END}) AS items
}
RETURN req.i AS i, CASE WHEN req.counted THEN total END AS total, items

// loaders.money.salaryPayments.amountAsc
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  WITH p, req WHERE req.page = 'WALLET_SALARY_PAYMENTS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p)<-[r:PAID_SALARY]-(:Employer)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.paidAt >= req.f.since)
    AND (req.f.until IS NULL OR r.paidAt < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p)<-[r:PAID_SALARY]-(:Employer)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.paidAt >= req.f.since)
    AND (req.f.until IS NULL OR r.paidAt < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.amountOrder AS v, r.key AS k
    WHERE req.after IS NULL OR v > req.after.v OR (v = req.after.v AND k > req.after.k)
    WITH r, v, k ORDER BY v ASC, k ASC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
  UNION ALL
  WITH p, req
  WITH p, req WHERE req.page = 'EMPLOYER_SALARY_PAYMENTS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p)-[r:PAID_SALARY]->(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.paidAt >= req.f.since)
    AND (req.f.until IS NULL OR r.paidAt < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p)-[r:PAID_SALARY]->(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.paidAt >= req.f.since)
    AND (req.f.until IS NULL OR r.paidAt < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.amountOrder AS v, r.key AS k
    WHERE req.after IS NULL OR v > req.after.v OR (v = req.after.v AND k > req.after.k)
    WITH r, v, k ORDER BY v ASC, k ASC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
}
CALL {
  WITH req, page
  UNWIND page AS m
  WITH req, m, m.r AS r, startNode(m.r) AS s, endNode(m.r) AS e
  RETURN collect({v: m.v, k: m.k, node: r {.*, __from: startNode(r).key, __to: endNode(r).key},
    ends: CASE WHEN req.start THEN [{node: s {.*, __label: [l IN labels(s) WHERE l <> 'Node'][0], __personal: (((s:StolenIdentity OR s:Facilitator OR s:Person) AND NOT EXISTS { MATCH (s)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((s:Identifier OR s:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(s) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 0 THEN COLLECT { MATCH (s)<-[:CONTROLS]-(c1:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c1 ORDER BY c1.name, c1.key RETURN {node: c1 {.*, __label: [l IN labels(c1) WHERE l <> 'Node'][0], __personal: (((c1:StolenIdentity OR c1:Facilitator OR c1:Person) AND NOT EXISTS { MATCH (c1)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c1:Identifier OR c1:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c1) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 1 AND c1:Organization THEN COLLECT { MATCH (c1)<-[:CONTROLS]-(c2:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c2 ORDER BY c2.name, c2.key RETURN c2 {.*, __label: [l IN labels(c2) WHERE l <> 'Node'][0], __personal: (((c2:StolenIdentity OR c2:Facilitator OR c2:Person) AND NOT EXISTS { MATCH (c2)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c2:Identifier OR c2:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c2) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} } END} } END}] ELSE [] END + CASE WHEN req.end THEN [{node: e {.*, __label: [l IN labels(e) WHERE l <> 'Node'][0], __personal: (((e:StolenIdentity OR e:Facilitator OR e:Person) AND NOT EXISTS { MATCH (e)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((e:Identifier OR e:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(e) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 0 THEN COLLECT { MATCH (e)<-[:CONTROLS]-(c1:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c1 ORDER BY c1.name, c1.key RETURN {node: c1 {.*, __label: [l IN labels(c1) WHERE l <> 'Node'][0], __personal: (((c1:StolenIdentity OR c1:Facilitator OR c1:Person) AND NOT EXISTS { MATCH (c1)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c1:Identifier OR c1:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c1) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 1 AND c1:Organization THEN COLLECT { MATCH (c1)<-[:CONTROLS]-(c2:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c2 ORDER BY c2.name, c2.key RETURN c2 {.*, __label: [l IN labels(c2) WHERE l <> 'Node'][0], __personal: (((c2:StolenIdentity OR c2:Facilitator OR c2:Person) AND NOT EXISTS { MATCH (c2)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c2:Identifier OR c2:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c2) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} } END} } END}] ELSE [] END}) AS items
}
RETURN req.i AS i, CASE WHEN req.counted THEN total END AS total, items

// loaders.money.salaryPayments.amountDesc
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  WITH p, req WHERE req.page = 'WALLET_SALARY_PAYMENTS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p)<-[r:PAID_SALARY]-(:Employer)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.paidAt >= req.f.since)
    AND (req.f.until IS NULL OR r.paidAt < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p)<-[r:PAID_SALARY]-(:Employer)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.paidAt >= req.f.since)
    AND (req.f.until IS NULL OR r.paidAt < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.amountOrder AS v, r.key AS k
    WHERE req.after IS NULL OR v < req.after.v OR (v = req.after.v AND k < req.after.k)
    WITH r, v, k ORDER BY v DESC, k DESC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
  UNION ALL
  WITH p, req
  WITH p, req WHERE req.page = 'EMPLOYER_SALARY_PAYMENTS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p)-[r:PAID_SALARY]->(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.paidAt >= req.f.since)
    AND (req.f.until IS NULL OR r.paidAt < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p)-[r:PAID_SALARY]->(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.paidAt >= req.f.since)
    AND (req.f.until IS NULL OR r.paidAt < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.amountOrder AS v, r.key AS k
    WHERE req.after IS NULL OR v < req.after.v OR (v = req.after.v AND k < req.after.k)
    WITH r, v, k ORDER BY v DESC, k DESC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
}
CALL {
  WITH req, page
  UNWIND page AS m
  WITH req, m, m.r AS r, startNode(m.r) AS s, endNode(m.r) AS e
  RETURN collect({v: m.v, k: m.k, node: r {.*, __from: startNode(r).key, __to: endNode(r).key},
    ends: CASE WHEN req.start THEN [{node: s {.*, __label: [l IN labels(s) WHERE l <> 'Node'][0], __personal: (((s:StolenIdentity OR s:Facilitator OR s:Person) AND NOT EXISTS { MATCH (s)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((s:Identifier OR s:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(s) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 0 THEN COLLECT { MATCH (s)<-[:CONTROLS]-(c1:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c1 ORDER BY c1.name, c1.key RETURN {node: c1 {.*, __label: [l IN labels(c1) WHERE l <> 'Node'][0], __personal: (((c1:StolenIdentity OR c1:Facilitator OR c1:Person) AND NOT EXISTS { MATCH (c1)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c1:Identifier OR c1:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c1) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 1 AND c1:Organization THEN COLLECT { MATCH (c1)<-[:CONTROLS]-(c2:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c2 ORDER BY c2.name, c2.key RETURN c2 {.*, __label: [l IN labels(c2) WHERE l <> 'Node'][0], __personal: (((c2:StolenIdentity OR c2:Facilitator OR c2:Person) AND NOT EXISTS { MATCH (c2)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c2:Identifier OR c2:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c2) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} } END} } END}] ELSE [] END + CASE WHEN req.end THEN [{node: e {.*, __label: [l IN labels(e) WHERE l <> 'Node'][0], __personal: (((e:StolenIdentity OR e:Facilitator OR e:Person) AND NOT EXISTS { MATCH (e)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((e:Identifier OR e:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(e) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 0 THEN COLLECT { MATCH (e)<-[:CONTROLS]-(c1:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c1 ORDER BY c1.name, c1.key RETURN {node: c1 {.*, __label: [l IN labels(c1) WHERE l <> 'Node'][0], __personal: (((c1:StolenIdentity OR c1:Facilitator OR c1:Person) AND NOT EXISTS { MATCH (c1)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c1:Identifier OR c1:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c1) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 1 AND c1:Organization THEN COLLECT { MATCH (c1)<-[:CONTROLS]-(c2:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c2 ORDER BY c2.name, c2.key RETURN c2 {.*, __label: [l IN labels(c2) WHERE l <> 'Node'][0], __personal: (((c2:StolenIdentity OR c2:Facilitator OR c2:Person) AND NOT EXISTS { MATCH (c2)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c2:Identifier OR c2:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c2) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} } END} } END}] ELSE [] END}) AS items
}
RETURN req.i AS i, CASE WHEN req.counted THEN total END AS total, items

// loaders.money.salaryPayments.timeAsc
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  WITH p, req WHERE req.page = 'WALLET_SALARY_PAYMENTS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p)<-[r:PAID_SALARY]-(:Employer)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.paidAt >= req.f.since)
    AND (req.f.until IS NULL OR r.paidAt < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p)<-[r:PAID_SALARY]-(:Employer)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.paidAt >= req.f.since)
    AND (req.f.until IS NULL OR r.paidAt < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.paidAt.epochMillis AS v, r.key AS k
    WHERE req.after IS NULL OR v > req.after.v OR (v = req.after.v AND k > req.after.k)
    WITH r, v, k ORDER BY v ASC, k ASC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
  UNION ALL
  WITH p, req
  WITH p, req WHERE req.page = 'EMPLOYER_SALARY_PAYMENTS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p)-[r:PAID_SALARY]->(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.paidAt >= req.f.since)
    AND (req.f.until IS NULL OR r.paidAt < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p)-[r:PAID_SALARY]->(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.paidAt >= req.f.since)
    AND (req.f.until IS NULL OR r.paidAt < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.paidAt.epochMillis AS v, r.key AS k
    WHERE req.after IS NULL OR v > req.after.v OR (v = req.after.v AND k > req.after.k)
    WITH r, v, k ORDER BY v ASC, k ASC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
}
CALL {
  WITH req, page
  UNWIND page AS m
  WITH req, m, m.r AS r, startNode(m.r) AS s, endNode(m.r) AS e
  RETURN collect({v: m.v, k: m.k, node: r {.*, __from: startNode(r).key, __to: endNode(r).key},
    ends: CASE WHEN req.start THEN [{node: s {.*, __label: [l IN labels(s) WHERE l <> 'Node'][0], __personal: (((s:StolenIdentity OR s:Facilitator OR s:Person) AND NOT EXISTS { MATCH (s)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((s:Identifier OR s:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(s) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 0 THEN COLLECT { MATCH (s)<-[:CONTROLS]-(c1:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c1 ORDER BY c1.name, c1.key RETURN {node: c1 {.*, __label: [l IN labels(c1) WHERE l <> 'Node'][0], __personal: (((c1:StolenIdentity OR c1:Facilitator OR c1:Person) AND NOT EXISTS { MATCH (c1)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c1:Identifier OR c1:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c1) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 1 AND c1:Organization THEN COLLECT { MATCH (c1)<-[:CONTROLS]-(c2:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c2 ORDER BY c2.name, c2.key RETURN c2 {.*, __label: [l IN labels(c2) WHERE l <> 'Node'][0], __personal: (((c2:StolenIdentity OR c2:Facilitator OR c2:Person) AND NOT EXISTS { MATCH (c2)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c2:Identifier OR c2:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c2) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} } END} } END}] ELSE [] END + CASE WHEN req.end THEN [{node: e {.*, __label: [l IN labels(e) WHERE l <> 'Node'][0], __personal: (((e:StolenIdentity OR e:Facilitator OR e:Person) AND NOT EXISTS { MATCH (e)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((e:Identifier OR e:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(e) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 0 THEN COLLECT { MATCH (e)<-[:CONTROLS]-(c1:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c1 ORDER BY c1.name, c1.key RETURN {node: c1 {.*, __label: [l IN labels(c1) WHERE l <> 'Node'][0], __personal: (((c1:StolenIdentity OR c1:Facilitator OR c1:Person) AND NOT EXISTS { MATCH (c1)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c1:Identifier OR c1:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c1) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 1 AND c1:Organization THEN COLLECT { MATCH (c1)<-[:CONTROLS]-(c2:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c2 ORDER BY c2.name, c2.key RETURN c2 {.*, __label: [l IN labels(c2) WHERE l <> 'Node'][0], __personal: (((c2:StolenIdentity OR c2:Facilitator OR c2:Person) AND NOT EXISTS { MATCH (c2)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c2:Identifier OR c2:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c2) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} } END} } END}] ELSE [] END}) AS items
}
RETURN req.i AS i, CASE WHEN req.counted THEN total END AS total, items

// loaders.money.salaryPayments.timeDesc
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  WITH p, req WHERE req.page = 'WALLET_SALARY_PAYMENTS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p)<-[r:PAID_SALARY]-(:Employer)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.paidAt >= req.f.since)
    AND (req.f.until IS NULL OR r.paidAt < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p)<-[r:PAID_SALARY]-(:Employer)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.paidAt >= req.f.since)
    AND (req.f.until IS NULL OR r.paidAt < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.paidAt.epochMillis AS v, r.key AS k
    WHERE req.after IS NULL OR v < req.after.v OR (v = req.after.v AND k < req.after.k)
    WITH r, v, k ORDER BY v DESC, k DESC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
  UNION ALL
  WITH p, req
  WITH p, req WHERE req.page = 'EMPLOYER_SALARY_PAYMENTS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p)-[r:PAID_SALARY]->(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.paidAt >= req.f.since)
    AND (req.f.until IS NULL OR r.paidAt < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p)-[r:PAID_SALARY]->(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.paidAt >= req.f.since)
    AND (req.f.until IS NULL OR r.paidAt < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.paidAt.epochMillis AS v, r.key AS k
    WHERE req.after IS NULL OR v < req.after.v OR (v = req.after.v AND k < req.after.k)
    WITH r, v, k ORDER BY v DESC, k DESC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
}
CALL {
  WITH req, page
  UNWIND page AS m
  WITH req, m, m.r AS r, startNode(m.r) AS s, endNode(m.r) AS e
  RETURN collect({v: m.v, k: m.k, node: r {.*, __from: startNode(r).key, __to: endNode(r).key},
    ends: CASE WHEN req.start THEN [{node: s {.*, __label: [l IN labels(s) WHERE l <> 'Node'][0], __personal: (((s:StolenIdentity OR s:Facilitator OR s:Person) AND NOT EXISTS { MATCH (s)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((s:Identifier OR s:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(s) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 0 THEN COLLECT { MATCH (s)<-[:CONTROLS]-(c1:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c1 ORDER BY c1.name, c1.key RETURN {node: c1 {.*, __label: [l IN labels(c1) WHERE l <> 'Node'][0], __personal: (((c1:StolenIdentity OR c1:Facilitator OR c1:Person) AND NOT EXISTS { MATCH (c1)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c1:Identifier OR c1:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c1) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 1 AND c1:Organization THEN COLLECT { MATCH (c1)<-[:CONTROLS]-(c2:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c2 ORDER BY c2.name, c2.key RETURN c2 {.*, __label: [l IN labels(c2) WHERE l <> 'Node'][0], __personal: (((c2:StolenIdentity OR c2:Facilitator OR c2:Person) AND NOT EXISTS { MATCH (c2)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c2:Identifier OR c2:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c2) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} } END} } END}] ELSE [] END + CASE WHEN req.end THEN [{node: e {.*, __label: [l IN labels(e) WHERE l <> 'Node'][0], __personal: (((e:StolenIdentity OR e:Facilitator OR e:Person) AND NOT EXISTS { MATCH (e)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((e:Identifier OR e:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(e) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 0 THEN COLLECT { MATCH (e)<-[:CONTROLS]-(c1:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c1 ORDER BY c1.name, c1.key RETURN {node: c1 {.*, __label: [l IN labels(c1) WHERE l <> 'Node'][0], __personal: (((c1:StolenIdentity OR c1:Facilitator OR c1:Person) AND NOT EXISTS { MATCH (c1)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c1:Identifier OR c1:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c1) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 1 AND c1:Organization THEN COLLECT { MATCH (c1)<-[:CONTROLS]-(c2:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c2 ORDER BY c2.name, c2.key RETURN c2 {.*, __label: [l IN labels(c2) WHERE l <> 'Node'][0], __personal: (((c2:StolenIdentity OR c2:Facilitator OR c2:Person) AND NOT EXISTS { MATCH (c2)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c2:Identifier OR c2:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c2) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} } END} } END}] ELSE [] END}) AS items
}
RETURN req.i AS i, CASE WHEN req.counted THEN total END AS total, items

// loaders.money.walletIncomingTransfers.groups.asset
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  MATCH (p)<-[r:TRANSFERRED]-(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
  WITH r.asset AS value, count(r) AS count
  WHERE value IS NOT NULL
  WITH value, count ORDER BY value
  RETURN collect({value: value, count: count}) AS groups
}
RETURN req.i AS i, groups

// loaders.money.walletIncomingTransfers.groups.chain
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  MATCH (p)<-[r:TRANSFERRED]-(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
  WITH startNode(r).chain AS value, count(r) AS count
  WHERE value IS NOT NULL
  WITH value, count ORDER BY value
  RETURN collect({value: value, count: count}) AS groups
}
RETURN req.i AS i, groups

// loaders.money.walletIncomingTransfers.groups.month
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  MATCH (p)<-[r:TRANSFERRED]-(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
  WITH left(toString(datetime({epochMillis: r.at.epochMillis})), 7) AS value, count(r) AS count
  WHERE value IS NOT NULL
  WITH value, count ORDER BY value
  RETURN collect({value: value, count: count}) AS groups
}
RETURN req.i AS i, groups

// loaders.money.walletOutgoingTransfers.groups.asset
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  MATCH (p)-[r:TRANSFERRED]->(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
  WITH r.asset AS value, count(r) AS count
  WHERE value IS NOT NULL
  WITH value, count ORDER BY value
  RETURN collect({value: value, count: count}) AS groups
}
RETURN req.i AS i, groups

// loaders.money.walletOutgoingTransfers.groups.chain
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  MATCH (p)-[r:TRANSFERRED]->(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
  WITH startNode(r).chain AS value, count(r) AS count
  WHERE value IS NOT NULL
  WITH value, count ORDER BY value
  RETURN collect({value: value, count: count}) AS groups
}
RETURN req.i AS i, groups

// loaders.money.walletOutgoingTransfers.groups.month
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  MATCH (p)-[r:TRANSFERRED]->(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
  WITH left(toString(datetime({epochMillis: r.at.epochMillis})), 7) AS value, count(r) AS count
  WHERE value IS NOT NULL
  WITH value, count ORDER BY value
  RETURN collect({value: value, count: count}) AS groups
}
RETURN req.i AS i, groups

// loaders.money.walletSalaryPayments.groups.asset
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  MATCH (p)<-[r:PAID_SALARY]-(:Employer)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.paidAt >= req.f.since)
    AND (req.f.until IS NULL OR r.paidAt < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
  WITH r.asset AS value, count(r) AS count
  WHERE value IS NOT NULL
  WITH value, count ORDER BY value
  RETURN collect({value: value, count: count}) AS groups
}
RETURN req.i AS i, groups

// loaders.money.walletSalaryPayments.groups.month
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  MATCH (p)<-[r:PAID_SALARY]-(:Employer)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.paidAt >= req.f.since)
    AND (req.f.until IS NULL OR r.paidAt < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
  WITH left(toString(datetime({epochMillis: r.paidAt.epochMillis})), 7) AS value, count(r) AS count
  WHERE value IS NOT NULL
  WITH value, count ORDER BY value
  RETURN collect({value: value, count: count}) AS groups
}
RETURN req.i AS i, groups

// loaders.money.walletTransfers.amountAsc
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  WITH p, req WHERE req.page = 'WALLET_OUTGOING_TRANSFERS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p)-[r:TRANSFERRED]->(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p)-[r:TRANSFERRED]->(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.amountOrder AS v, r.key AS k
    WHERE req.after IS NULL OR v > req.after.v OR (v = req.after.v AND k > req.after.k)
    WITH r, v, k ORDER BY v ASC, k ASC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
  UNION ALL
  WITH p, req
  WITH p, req WHERE req.page = 'WALLET_INCOMING_TRANSFERS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p)<-[r:TRANSFERRED]-(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p)<-[r:TRANSFERRED]-(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.amountOrder AS v, r.key AS k
    WHERE req.after IS NULL OR v > req.after.v OR (v = req.after.v AND k > req.after.k)
    WITH r, v, k ORDER BY v ASC, k ASC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
  UNION ALL
  WITH p, req
  WITH p, req WHERE req.page = 'WALLET_TRANSFERS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p)-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p)-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.amountOrder AS v, r.key AS k
    WHERE req.after IS NULL OR v > req.after.v OR (v = req.after.v AND k > req.after.k)
    WITH r, v, k ORDER BY v ASC, k ASC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
}
CALL {
  WITH req, page
  UNWIND page AS m
  WITH req, m, m.r AS r, startNode(m.r) AS s, endNode(m.r) AS e
  RETURN collect({v: m.v, k: m.k, node: r {.*, __from: startNode(r).key, __to: endNode(r).key},
    ends: CASE WHEN req.start THEN [{node: s {.*, __label: [l IN labels(s) WHERE l <> 'Node'][0], __personal: (((s:StolenIdentity OR s:Facilitator OR s:Person) AND NOT EXISTS { MATCH (s)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((s:Identifier OR s:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(s) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 0 THEN COLLECT { MATCH (s)<-[:CONTROLS]-(c1:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c1 ORDER BY c1.name, c1.key RETURN {node: c1 {.*, __label: [l IN labels(c1) WHERE l <> 'Node'][0], __personal: (((c1:StolenIdentity OR c1:Facilitator OR c1:Person) AND NOT EXISTS { MATCH (c1)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c1:Identifier OR c1:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c1) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 1 AND c1:Organization THEN COLLECT { MATCH (c1)<-[:CONTROLS]-(c2:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c2 ORDER BY c2.name, c2.key RETURN c2 {.*, __label: [l IN labels(c2) WHERE l <> 'Node'][0], __personal: (((c2:StolenIdentity OR c2:Facilitator OR c2:Person) AND NOT EXISTS { MATCH (c2)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c2:Identifier OR c2:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c2) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} } END} } END}] ELSE [] END + CASE WHEN req.end THEN [{node: e {.*, __label: [l IN labels(e) WHERE l <> 'Node'][0], __personal: (((e:StolenIdentity OR e:Facilitator OR e:Person) AND NOT EXISTS { MATCH (e)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((e:Identifier OR e:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(e) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 0 THEN COLLECT { MATCH (e)<-[:CONTROLS]-(c1:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c1 ORDER BY c1.name, c1.key RETURN {node: c1 {.*, __label: [l IN labels(c1) WHERE l <> 'Node'][0], __personal: (((c1:StolenIdentity OR c1:Facilitator OR c1:Person) AND NOT EXISTS { MATCH (c1)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c1:Identifier OR c1:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c1) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 1 AND c1:Organization THEN COLLECT { MATCH (c1)<-[:CONTROLS]-(c2:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c2 ORDER BY c2.name, c2.key RETURN c2 {.*, __label: [l IN labels(c2) WHERE l <> 'Node'][0], __personal: (((c2:StolenIdentity OR c2:Facilitator OR c2:Person) AND NOT EXISTS { MATCH (c2)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c2:Identifier OR c2:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c2) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} } END} } END}] ELSE [] END}) AS items
}
RETURN req.i AS i, CASE WHEN req.counted THEN total END AS total, items

// loaders.money.walletTransfers.amountDesc
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  WITH p, req WHERE req.page = 'WALLET_OUTGOING_TRANSFERS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p)-[r:TRANSFERRED]->(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p)-[r:TRANSFERRED]->(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.amountOrder AS v, r.key AS k
    WHERE req.after IS NULL OR v < req.after.v OR (v = req.after.v AND k < req.after.k)
    WITH r, v, k ORDER BY v DESC, k DESC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
  UNION ALL
  WITH p, req
  WITH p, req WHERE req.page = 'WALLET_INCOMING_TRANSFERS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p)<-[r:TRANSFERRED]-(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p)<-[r:TRANSFERRED]-(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.amountOrder AS v, r.key AS k
    WHERE req.after IS NULL OR v < req.after.v OR (v = req.after.v AND k < req.after.k)
    WITH r, v, k ORDER BY v DESC, k DESC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
  UNION ALL
  WITH p, req
  WITH p, req WHERE req.page = 'WALLET_TRANSFERS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p)-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p)-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.amountOrder AS v, r.key AS k
    WHERE req.after IS NULL OR v < req.after.v OR (v = req.after.v AND k < req.after.k)
    WITH r, v, k ORDER BY v DESC, k DESC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
}
CALL {
  WITH req, page
  UNWIND page AS m
  WITH req, m, m.r AS r, startNode(m.r) AS s, endNode(m.r) AS e
  RETURN collect({v: m.v, k: m.k, node: r {.*, __from: startNode(r).key, __to: endNode(r).key},
    ends: CASE WHEN req.start THEN [{node: s {.*, __label: [l IN labels(s) WHERE l <> 'Node'][0], __personal: (((s:StolenIdentity OR s:Facilitator OR s:Person) AND NOT EXISTS { MATCH (s)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((s:Identifier OR s:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(s) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 0 THEN COLLECT { MATCH (s)<-[:CONTROLS]-(c1:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c1 ORDER BY c1.name, c1.key RETURN {node: c1 {.*, __label: [l IN labels(c1) WHERE l <> 'Node'][0], __personal: (((c1:StolenIdentity OR c1:Facilitator OR c1:Person) AND NOT EXISTS { MATCH (c1)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c1:Identifier OR c1:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c1) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 1 AND c1:Organization THEN COLLECT { MATCH (c1)<-[:CONTROLS]-(c2:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c2 ORDER BY c2.name, c2.key RETURN c2 {.*, __label: [l IN labels(c2) WHERE l <> 'Node'][0], __personal: (((c2:StolenIdentity OR c2:Facilitator OR c2:Person) AND NOT EXISTS { MATCH (c2)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c2:Identifier OR c2:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c2) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} } END} } END}] ELSE [] END + CASE WHEN req.end THEN [{node: e {.*, __label: [l IN labels(e) WHERE l <> 'Node'][0], __personal: (((e:StolenIdentity OR e:Facilitator OR e:Person) AND NOT EXISTS { MATCH (e)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((e:Identifier OR e:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(e) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 0 THEN COLLECT { MATCH (e)<-[:CONTROLS]-(c1:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c1 ORDER BY c1.name, c1.key RETURN {node: c1 {.*, __label: [l IN labels(c1) WHERE l <> 'Node'][0], __personal: (((c1:StolenIdentity OR c1:Facilitator OR c1:Person) AND NOT EXISTS { MATCH (c1)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c1:Identifier OR c1:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c1) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 1 AND c1:Organization THEN COLLECT { MATCH (c1)<-[:CONTROLS]-(c2:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c2 ORDER BY c2.name, c2.key RETURN c2 {.*, __label: [l IN labels(c2) WHERE l <> 'Node'][0], __personal: (((c2:StolenIdentity OR c2:Facilitator OR c2:Person) AND NOT EXISTS { MATCH (c2)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c2:Identifier OR c2:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c2) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} } END} } END}] ELSE [] END}) AS items
}
RETURN req.i AS i, CASE WHEN req.counted THEN total END AS total, items

// loaders.money.walletTransfers.groups.asset
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  MATCH (p)-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
  WITH r.asset AS value, count(r) AS count
  WHERE value IS NOT NULL
  WITH value, count ORDER BY value
  RETURN collect({value: value, count: count}) AS groups
}
RETURN req.i AS i, groups

// loaders.money.walletTransfers.groups.chain
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  MATCH (p)-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
  WITH startNode(r).chain AS value, count(r) AS count
  WHERE value IS NOT NULL
  WITH value, count ORDER BY value
  RETURN collect({value: value, count: count}) AS groups
}
RETURN req.i AS i, groups

// loaders.money.walletTransfers.groups.month
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  MATCH (p)-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
  WITH left(toString(datetime({epochMillis: r.at.epochMillis})), 7) AS value, count(r) AS count
  WHERE value IS NOT NULL
  WITH value, count ORDER BY value
  RETURN collect({value: value, count: count}) AS groups
}
RETURN req.i AS i, groups

// loaders.money.walletTransfers.timeAsc
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  WITH p, req WHERE req.page = 'WALLET_OUTGOING_TRANSFERS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p)-[r:TRANSFERRED]->(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p)-[r:TRANSFERRED]->(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.at.epochMillis AS v, r.key AS k
    WHERE req.after IS NULL OR v > req.after.v OR (v = req.after.v AND k > req.after.k)
    WITH r, v, k ORDER BY v ASC, k ASC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
  UNION ALL
  WITH p, req
  WITH p, req WHERE req.page = 'WALLET_INCOMING_TRANSFERS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p)<-[r:TRANSFERRED]-(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p)<-[r:TRANSFERRED]-(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.at.epochMillis AS v, r.key AS k
    WHERE req.after IS NULL OR v > req.after.v OR (v = req.after.v AND k > req.after.k)
    WITH r, v, k ORDER BY v ASC, k ASC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
  UNION ALL
  WITH p, req
  WITH p, req WHERE req.page = 'WALLET_TRANSFERS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p)-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p)-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.at.epochMillis AS v, r.key AS k
    WHERE req.after IS NULL OR v > req.after.v OR (v = req.after.v AND k > req.after.k)
    WITH r, v, k ORDER BY v ASC, k ASC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
}
CALL {
  WITH req, page
  UNWIND page AS m
  WITH req, m, m.r AS r, startNode(m.r) AS s, endNode(m.r) AS e
  RETURN collect({v: m.v, k: m.k, node: r {.*, __from: startNode(r).key, __to: endNode(r).key},
    ends: CASE WHEN req.start THEN [{node: s {.*, __label: [l IN labels(s) WHERE l <> 'Node'][0], __personal: (((s:StolenIdentity OR s:Facilitator OR s:Person) AND NOT EXISTS { MATCH (s)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((s:Identifier OR s:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(s) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 0 THEN COLLECT { MATCH (s)<-[:CONTROLS]-(c1:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c1 ORDER BY c1.name, c1.key RETURN {node: c1 {.*, __label: [l IN labels(c1) WHERE l <> 'Node'][0], __personal: (((c1:StolenIdentity OR c1:Facilitator OR c1:Person) AND NOT EXISTS { MATCH (c1)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c1:Identifier OR c1:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c1) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 1 AND c1:Organization THEN COLLECT { MATCH (c1)<-[:CONTROLS]-(c2:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c2 ORDER BY c2.name, c2.key RETURN c2 {.*, __label: [l IN labels(c2) WHERE l <> 'Node'][0], __personal: (((c2:StolenIdentity OR c2:Facilitator OR c2:Person) AND NOT EXISTS { MATCH (c2)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c2:Identifier OR c2:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c2) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} } END} } END}] ELSE [] END + CASE WHEN req.end THEN [{node: e {.*, __label: [l IN labels(e) WHERE l <> 'Node'][0], __personal: (((e:StolenIdentity OR e:Facilitator OR e:Person) AND NOT EXISTS { MATCH (e)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((e:Identifier OR e:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(e) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 0 THEN COLLECT { MATCH (e)<-[:CONTROLS]-(c1:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c1 ORDER BY c1.name, c1.key RETURN {node: c1 {.*, __label: [l IN labels(c1) WHERE l <> 'Node'][0], __personal: (((c1:StolenIdentity OR c1:Facilitator OR c1:Person) AND NOT EXISTS { MATCH (c1)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c1:Identifier OR c1:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c1) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 1 AND c1:Organization THEN COLLECT { MATCH (c1)<-[:CONTROLS]-(c2:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c2 ORDER BY c2.name, c2.key RETURN c2 {.*, __label: [l IN labels(c2) WHERE l <> 'Node'][0], __personal: (((c2:StolenIdentity OR c2:Facilitator OR c2:Person) AND NOT EXISTS { MATCH (c2)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c2:Identifier OR c2:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c2) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} } END} } END}] ELSE [] END}) AS items
}
RETURN req.i AS i, CASE WHEN req.counted THEN total END AS total, items

// loaders.money.walletTransfers.timeDesc
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
CALL {
  WITH p, req
  WITH p, req WHERE req.page = 'WALLET_OUTGOING_TRANSFERS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p)-[r:TRANSFERRED]->(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p)-[r:TRANSFERRED]->(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.at.epochMillis AS v, r.key AS k
    WHERE req.after IS NULL OR v < req.after.v OR (v = req.after.v AND k < req.after.k)
    WITH r, v, k ORDER BY v DESC, k DESC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
  UNION ALL
  WITH p, req
  WITH p, req WHERE req.page = 'WALLET_INCOMING_TRANSFERS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p)<-[r:TRANSFERRED]-(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p)<-[r:TRANSFERRED]-(:Wallet)
  WITH req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.at.epochMillis AS v, r.key AS k
    WHERE req.after IS NULL OR v < req.after.v OR (v = req.after.v AND k < req.after.k)
    WITH r, v, k ORDER BY v DESC, k DESC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
  UNION ALL
  WITH p, req
  WITH p, req WHERE req.page = 'WALLET_TRANSFERS'
  CALL {
    WITH p, req
    WITH p, req WHERE req.counted
    MATCH (p)-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    RETURN count(r) AS total
  }
  CALL {
    WITH p, req
    MATCH (p)-[r:TRANSFERRED]-(:Wallet)
  WITH DISTINCT req, r
  WHERE (req.f.assets IS NULL OR r.asset IN req.f.assets)
    AND (req.f.minAmount IS NULL OR r.amountOrder >= req.f.minAmount)
    AND (req.f.maxAmount IS NULL OR r.amountOrder <= req.f.maxAmount)
    AND (req.f.since IS NULL OR r.at >= req.f.since)
    AND (req.f.until IS NULL OR r.at < req.f.until)
    AND (req.f.synthetic IS NULL OR r.synthetic = req.f.synthetic)
    WITH req, r, r.at.epochMillis AS v, r.key AS k
    WHERE req.after IS NULL OR v < req.after.v OR (v = req.after.v AND k < req.after.k)
    WITH r, v, k ORDER BY v DESC, k DESC LIMIT $limit
    RETURN collect({v: v, k: k, r: r}) AS page
  }
  RETURN total, page
}
CALL {
  WITH req, page
  UNWIND page AS m
  WITH req, m, m.r AS r, startNode(m.r) AS s, endNode(m.r) AS e
  RETURN collect({v: m.v, k: m.k, node: r {.*, __from: startNode(r).key, __to: endNode(r).key},
    ends: CASE WHEN req.start THEN [{node: s {.*, __label: [l IN labels(s) WHERE l <> 'Node'][0], __personal: (((s:StolenIdentity OR s:Facilitator OR s:Person) AND NOT EXISTS { MATCH (s)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((s:Identifier OR s:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(s) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 0 THEN COLLECT { MATCH (s)<-[:CONTROLS]-(c1:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c1 ORDER BY c1.name, c1.key RETURN {node: c1 {.*, __label: [l IN labels(c1) WHERE l <> 'Node'][0], __personal: (((c1:StolenIdentity OR c1:Facilitator OR c1:Person) AND NOT EXISTS { MATCH (c1)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c1:Identifier OR c1:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c1) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 1 AND c1:Organization THEN COLLECT { MATCH (c1)<-[:CONTROLS]-(c2:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c2 ORDER BY c2.name, c2.key RETURN c2 {.*, __label: [l IN labels(c2) WHERE l <> 'Node'][0], __personal: (((c2:StolenIdentity OR c2:Facilitator OR c2:Person) AND NOT EXISTS { MATCH (c2)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c2:Identifier OR c2:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c2) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} } END} } END}] ELSE [] END + CASE WHEN req.end THEN [{node: e {.*, __label: [l IN labels(e) WHERE l <> 'Node'][0], __personal: (((e:StolenIdentity OR e:Facilitator OR e:Person) AND NOT EXISTS { MATCH (e)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((e:Identifier OR e:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(e) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 0 THEN COLLECT { MATCH (e)<-[:CONTROLS]-(c1:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c1 ORDER BY c1.name, c1.key RETURN {node: c1 {.*, __label: [l IN labels(c1) WHERE l <> 'Node'][0], __personal: (((c1:StolenIdentity OR c1:Facilitator OR c1:Person) AND NOT EXISTS { MATCH (c1)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c1:Identifier OR c1:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c1) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, controllers: CASE WHEN req.controllers > 1 AND c1:Organization THEN COLLECT { MATCH (c1)<-[:CONTROLS]-(c2:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Person) WITH c2 ORDER BY c2.name, c2.key RETURN c2 {.*, __label: [l IN labels(c2) WHERE l <> 'Node'][0], __personal: (((c2:StolenIdentity OR c2:Facilitator OR c2:Person) AND NOT EXISTS { MATCH (c2)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((c2:Identifier OR c2:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(c2) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} } END} } END}] ELSE [] END}) AS items
}
RETURN req.i AS i, CASE WHEN req.counted THEN total END AS total, items

// loaders.nodesByKey
UNWIND $keys AS key
MATCH (n:Node {key: key})
RETURN key, n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS item

// loaders.paged.actionTargets
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
WITH p, req, COUNT { MATCH (p)-[:TARGETS]->(n:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Wallet|Person|Craft) } AS total
CALL {
  WITH p, req
  MATCH (p)-[:TARGETS]->(n:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Wallet|Person|Craft)
  WITH req, n, n.name AS v, n.key AS k
  WHERE req.after IS NULL OR v > req.after.v OR (v = req.after.v AND k > req.after.k)
  WITH n, v, k ORDER BY v ASC, k ASC LIMIT $limit
  RETURN collect({v: v, k: k, node: n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}}) AS items
}
RETURN req.i AS i, total, items

// loaders.paged.controlledWallets
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
WITH p, req, COUNT { MATCH (p)-[:CONTROLS]->(n:Wallet) } AS total
CALL {
  WITH p, req
  MATCH (p)-[:CONTROLS]->(n:Wallet)
  WITH req, n, n.address AS v, n.key AS k
  WHERE req.after IS NULL OR v > req.after.v OR (v = req.after.v AND k > req.after.k)
  WITH n, v, k ORDER BY v ASC, k ASC LIMIT $limit
  RETURN collect({v: v, k: k, node: n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}}) AS items
}
RETURN req.i AS i, total, items

// loaders.paged.employerEmployments
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
WITH p, req, COUNT { MATCH (p)-[r:EMPLOYED]->(n:StolenIdentity) } AS total
CALL {
  WITH p, req
  MATCH (p)-[r:EMPLOYED]->(n:StolenIdentity)
  WITH req, r, coalesce(toString(r.startedOn), '') AS v, r.key AS k
  WHERE req.after IS NULL OR v < req.after.v OR (v = req.after.v AND k < req.after.k)
  WITH r, v, k ORDER BY v DESC, k DESC LIMIT $limit
  RETURN collect({v: v, k: k, node: r {.*, __from: startNode(r).key, __to: endNode(r).key}}) AS items
}
RETURN req.i AS i, total, items

// loaders.paged.facilitatorOperatives
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
WITH p, req, COUNT { MATCH (p)-[:FACILITATED]->(n:Operative) } AS total
CALL {
  WITH p, req
  MATCH (p)-[:FACILITATED]->(n:Operative)
  WITH req, n, n.name AS v, n.key AS k
  WHERE req.after IS NULL OR v > req.after.v OR (v = req.after.v AND k > req.after.k)
  WITH n, v, k ORDER BY v ASC, k ASC LIMIT $limit
  RETURN collect({v: v, k: k, node: n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}}) AS items
}
RETURN req.i AS i, total, items

// loaders.paged.identifierHolders
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
WITH p, req, COUNT { MATCH (p)<-[:HAS_IDENTIFIER]-(n:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Wallet|Person|Craft) } AS total
CALL {
  WITH p, req
  MATCH (p)<-[:HAS_IDENTIFIER]-(n:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Wallet|Person|Craft)
  WITH req, n, n.name AS v, n.key AS k
  WHERE req.after IS NULL OR v > req.after.v OR (v = req.after.v AND k > req.after.k)
  WITH n, v, k ORDER BY v ASC, k ASC LIMIT $limit
  RETURN collect({v: v, k: k, node: n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}}) AS items
}
RETURN req.i AS i, total, items

// loaders.paged.identityEmployments
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
WITH p, req, COUNT { MATCH (p)<-[r:EMPLOYED]-(n:Employer) } AS total
CALL {
  WITH p, req
  MATCH (p)<-[r:EMPLOYED]-(n:Employer)
  WITH req, r, coalesce(toString(r.startedOn), '') AS v, r.key AS k
  WHERE req.after IS NULL OR v < req.after.v OR (v = req.after.v AND k < req.after.k)
  WITH r, v, k ORDER BY v DESC, k DESC LIMIT $limit
  RETURN collect({v: v, k: k, node: r {.*, __from: startNode(r).key, __to: endNode(r).key}}) AS items
}
RETURN req.i AS i, total, items

// loaders.paged.identityOperatives
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
WITH p, req, COUNT { MATCH (p)<-[:USES_IDENTITY]-(n:Operative) } AS total
CALL {
  WITH p, req
  MATCH (p)<-[:USES_IDENTITY]-(n:Operative)
  WITH req, n, n.name AS v, n.key AS k
  WHERE req.after IS NULL OR v > req.after.v OR (v = req.after.v AND k > req.after.k)
  WITH n, v, k ORDER BY v ASC, k ASC LIMIT $limit
  RETURN collect({v: v, k: k, node: n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}}) AS items
}
RETURN req.i AS i, total, items

// loaders.paged.issuedActions
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
WITH p, req, COUNT { MATCH (p)<-[:ISSUED_BY]-(n:EnforcementAction) } AS total
CALL {
  WITH p, req
  MATCH (p)<-[:ISSUED_BY]-(n:EnforcementAction)
  WITH req, n, coalesce(toString(n.date), '') AS v, n.key AS k
  WHERE req.after IS NULL OR v < req.after.v OR (v = req.after.v AND k < req.after.k)
  WITH n, v, k ORDER BY v DESC, k DESC LIMIT $limit
  RETURN collect({v: v, k: k, node: n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}}) AS items
}
RETURN req.i AS i, total, items

// loaders.paged.linkedFrom
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
WITH p, req, COUNT { MATCH (p)<-[:LINKED_TO]-(n:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Wallet|Person|Craft) } AS total
CALL {
  WITH p, req
  MATCH (p)<-[:LINKED_TO]-(n:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Wallet|Person|Craft)
  WITH req, n, n.name AS v, n.key AS k
  WHERE req.after IS NULL OR v > req.after.v OR (v = req.after.v AND k > req.after.k)
  WITH n, v, k ORDER BY v ASC, k ASC LIMIT $limit
  RETURN collect({v: v, k: k, node: n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}}) AS items
}
RETURN req.i AS i, total, items

// loaders.paged.operativeFacilitators
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
WITH p, req, COUNT { MATCH (p)<-[:FACILITATED]-(n:Facilitator) } AS total
CALL {
  WITH p, req
  MATCH (p)<-[:FACILITATED]-(n:Facilitator)
  WITH req, n, n.name AS v, n.key AS k
  WHERE req.after IS NULL OR v > req.after.v OR (v = req.after.v AND k > req.after.k)
  WITH n, v, k ORDER BY v ASC, k ASC LIMIT $limit
  RETURN collect({v: v, k: k, node: n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}}) AS items
}
RETURN req.i AS i, total, items

// loaders.paged.operativeIdentities
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
WITH p, req, COUNT { MATCH (p)-[:USES_IDENTITY]->(n:StolenIdentity) } AS total
CALL {
  WITH p, req
  MATCH (p)-[:USES_IDENTITY]->(n:StolenIdentity)
  WITH req, n, n.name AS v, n.key AS k
  WHERE req.after IS NULL OR v > req.after.v OR (v = req.after.v AND k > req.after.k)
  WITH n, v, k ORDER BY v ASC, k ASC LIMIT $limit
  RETURN collect({v: v, k: k, node: n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}}) AS items
}
RETURN req.i AS i, total, items

// loaders.paged.operativeOrganizations
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
WITH p, req, COUNT { MATCH (p)-[:MEMBER_OF]->(n:Organization) } AS total
CALL {
  WITH p, req
  MATCH (p)-[:MEMBER_OF]->(n:Organization)
  WITH req, n, n.name AS v, n.key AS k
  WHERE req.after IS NULL OR v > req.after.v OR (v = req.after.v AND k > req.after.k)
  WITH n, v, k ORDER BY v ASC, k ASC LIMIT $limit
  RETURN collect({v: v, k: k, node: n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}}) AS items
}
RETURN req.i AS i, total, items

// loaders.paged.organizationMembers
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
WITH p, req, COUNT { MATCH (p)<-[:MEMBER_OF]-(n:Organization|Operative|Facilitator|StolenIdentity|Person) } AS total
CALL {
  WITH p, req
  MATCH (p)<-[:MEMBER_OF]-(n:Organization|Operative|Facilitator|StolenIdentity|Person)
  WITH req, n, n.name AS v, n.key AS k
  WHERE req.after IS NULL OR v > req.after.v OR (v = req.after.v AND k > req.after.k)
  WITH n, v, k ORDER BY v ASC, k ASC LIMIT $limit
  RETURN collect({v: v, k: k, node: n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}}) AS items
}
RETURN req.i AS i, total, items

// loaders.paged.sourceEntities
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
WITH p, req, COUNT { MATCH (p)<-[:SOURCED_FROM]-(n:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Wallet|Person|Craft) } AS total
CALL {
  WITH p, req
  MATCH (p)<-[:SOURCED_FROM]-(n:State|Organization|Operative|Facilitator|StolenIdentity|Employer|Wallet|Person|Craft)
  WITH req, n, n.name AS v, n.key AS k
  WHERE req.after IS NULL OR v > req.after.v OR (v = req.after.v AND k > req.after.k)
  WITH n, v, k ORDER BY v ASC, k ASC LIMIT $limit
  RETURN collect({v: v, k: k, node: n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}}) AS items
}
RETURN req.i AS i, total, items

// loaders.paged.stateOrganizations
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
WITH p, req, COUNT { MATCH (p)-[:CONTROLS]->(n:Organization) } AS total
CALL {
  WITH p, req
  MATCH (p)-[:CONTROLS]->(n:Organization)
  WITH req, n, n.name AS v, n.key AS k
  WHERE req.after IS NULL OR v > req.after.v OR (v = req.after.v AND k > req.after.k)
  WITH n, v, k ORDER BY v ASC, k ASC LIMIT $limit
  RETURN collect({v: v, k: k, node: n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}}) AS items
}
RETURN req.i AS i, total, items

// loaders.salaryPaymentsByKey
UNWIND $keys AS key
MATCH (s)-[r:PAID_SALARY {key: key}]->(e)
RETURN key, r {.*, __from: startNode(r).key, __to: endNode(r).key} AS item, [s {.*, __label: [l IN labels(s) WHERE l <> 'Node'][0], __personal: (((s:StolenIdentity OR s:Facilitator OR s:Person) AND NOT EXISTS { MATCH (s)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((s:Identifier OR s:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(s) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, e {.*, __label: [l IN labels(e) WHERE l <> 'Node'][0], __personal: (((e:StolenIdentity OR e:Facilitator OR e:Person) AND NOT EXISTS { MATCH (e)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((e:Identifier OR e:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(e) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}] AS ends

// loaders.sanctions
UNWIND $keys AS key
MATCH (p:Node {key: key})
CALL {
  WITH p
  MATCH (a:EnforcementAction {kind: 'SANCTION_DESIGNATION'})-[:TARGETS]->(p)
  // A listed address is designated with the entry that lists it: that entry is who is designated.
  OPTIONAL MATCH (a)-[:TARGETS]->(o) WHERE p:Wallet AND NOT o:Wallet
  WITH a, p, o ORDER BY o.key
  WITH a, p, head(collect(o)) AS owner
  RETURN a, coalesce(owner, p) AS designated, [] AS chain, 0 AS depth
  UNION
  WITH p
  MATCH path = (p)<-[:CONTROLS*1..]-(x)<-[:TARGETS]-(a:EnforcementAction {kind: 'SANCTION_DESIGNATION'})
  WITH a, x, path ORDER BY length(path)
  WITH a, x, head(collect(path)) AS path
  // nodes(path): this entity, its controllers up to x, then the designation.
  RETURN a, x AS designated, nodes(path)[1..-1] AS chain, length(path) - 1 AS depth
}
WITH key, p, a, designated, chain, depth ORDER BY depth
WITH key, p, a, head(collect({designated: designated, chain: chain, depth: depth})) AS route
WITH key, p, a, route.designated AS d, route.chain AS chain, route.depth AS depth
OPTIONAL MATCH (a)-[:SOURCED_FROM]->(s:Source {kind: 'SANCTIONS_LIST'})
WITH key, p, a, d, chain, depth, s ORDER BY s.publishedOn DESC
WITH key, p, a, d, chain, depth, head(collect(s)) AS list
ORDER BY a.status = 'COMPLETED' DESC, depth, toString(list.publishedOn) DESC, a.key
RETURN key, collect({
  designation: a {.*, __label: [l IN labels(a) WHERE l <> 'Node'][0], __personal: (((a:StolenIdentity OR a:Facilitator OR a:Person) AND NOT EXISTS { MATCH (a)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((a:Identifier OR a:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(a) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))},
  direct: depth = 0,
  wallet: p:Wallet,
  designated: d {.*, __label: [l IN labels(d) WHERE l <> 'Node'][0], __personal: (((d:StolenIdentity OR d:Facilitator OR d:Person) AND NOT EXISTS { MATCH (d)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((d:Identifier OR d:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(d) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))},
  chain: [n IN chain | n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}],
  list: CASE WHEN list IS NULL THEN null ELSE list {.*, __label: [l IN labels(list) WHERE l <> 'Node'][0], __personal: (((list:StolenIdentity OR list:Facilitator OR list:Person) AND NOT EXISTS { MATCH (list)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((list:Identifier OR list:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(list) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} END
}) AS sanctions

// loaders.stateTies
UNWIND $keys AS key
MATCH (p:Node {key: key})
CALL {
  WITH p
  MATCH (p)-[r:DESIGNATED_UNDER|NATIONAL_OF|CITIZEN_OF|BORN_IN|LOCATED_IN|REGISTERED_IN]->(s:State)
  RETURN s, type(r) AS reason, null AS via
  UNION
  WITH p
  MATCH (p)<-[:CONTROLS]-(s:State)
  RETURN s, 'CONTROLS' AS reason, null AS via
  UNION
  WITH p
  MATCH (p)-[:HAS_IDENTIFIER]->(via:Identifier)-[:ISSUED_BY]->(s:State)
  RETURN s, 'ISSUED_BY' AS reason, via
  UNION
  WITH p
  MATCH (p)-[:LINKED_TO]->(via)-[:DESIGNATED_UNDER|NATIONAL_OF|CITIZEN_OF|LOCATED_IN|REGISTERED_IN]->(s:State)
  RETURN DISTINCT s, 'LINKED_TO' AS reason, via
  UNION
  WITH p
  MATCH (p)-[:LINKED_TO]->(via)<-[:CONTROLS]-(s:State)
  RETURN s, 'LINKED_TO' AS reason, via
}
WITH key, s, reason, via ORDER BY s.name, reason, via.key
WITH key, collect({
  state: s {.*, __label: [l IN labels(s) WHERE l <> 'Node'][0], __personal: (((s:StolenIdentity OR s:Facilitator OR s:Person) AND NOT EXISTS { MATCH (s)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((s:Identifier OR s:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(s) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))},
  reason: reason,
  via: CASE WHEN via IS NULL THEN null ELSE via {.*, __label: [l IN labels(via) WHERE l <> 'Node'][0], __personal: (((via:StolenIdentity OR via:Facilitator OR via:Person) AND NOT EXISTS { MATCH (via)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((via:Identifier OR via:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(via) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} END
}) AS ties
RETURN key, ties

// loaders.transfersByKey
UNWIND $keys AS key
MATCH (s)-[r:TRANSFERRED {key: key}]->(e)
RETURN key, r {.*, __from: startNode(r).key, __to: endNode(r).key} AS item, [s {.*, __label: [l IN labels(s) WHERE l <> 'Node'][0], __personal: (((s:StolenIdentity OR s:Facilitator OR s:Person) AND NOT EXISTS { MATCH (s)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((s:Identifier OR s:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(s) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, e {.*, __label: [l IN labels(e) WHERE l <> 'Node'][0], __personal: (((e:StolenIdentity OR e:Facilitator OR e:Person) AND NOT EXISTS { MATCH (e)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((e:Identifier OR e:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(e) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}] AS ends

// money.destinations
MATCH (t:Node {key: $target})
CALL {
  WITH t
  MATCH (t:Wallet)
  RETURN t AS w, [] AS chain
  UNION
  WITH t
  MATCH p = ANY SHORTEST (t)-[:CONTROLS]->+(w:Wallet)
  RETURN w, reverse([n IN nodes(p)[..-1] | n.key]) AS chain
  UNION
  WITH t
  MATCH (t:Organization)<-[:MEMBER_OF]-(m)
  MATCH p = ANY SHORTEST (m)-[:CONTROLS]->+(w:Wallet)
  RETURN w, reverse([n IN nodes(p)[..-1] | n.key]) + t.key AS chain
}
WITH w, chain ORDER BY size(chain), chain
RETURN w.key AS wallet, head(collect(chain)) AS chain

// money.ledger
UNWIND $requests AS q
MATCH (w:Node {key: q.wallet})
CALL (w, q) {
  MATCH (w)-[r:TRANSFERRED|PAID_SALARY]-(other)
  WHERE r.asset = q.asset
  RETURN collect(CASE type(r) WHEN 'PAID_SALARY' THEN 'S' ELSE 'T' END + CASE WHEN startNode(r) = w THEN 'O' ELSE 'I' END + r.key + $sep + other.key + $sep + r.amount + $sep + toString(coalesce(r.at, r.paidAt).epochMillis) + $sep + coalesce(r.txHash, '')) AS rows
}
RETURN w.key AS wallet, q.asset AS asset, rows

// money.ledgerBound
UNWIND $requests AS q
MATCH (w:Node {key: q.wallet})
RETURN sum(COUNT { (w)-[:TRANSFERRED|PAID_SALARY]-() }) AS most

// money.ledgerSizes
UNWIND range(0, size($requests) - 1) AS i
WITH i, $requests[i] AS q
CALL {
  WITH q
  OPTIONAL MATCH (:Node {key: q.wallet})-[r:TRANSFERRED|PAID_SALARY]-()
  WHERE r.asset = q.asset
  RETURN count(DISTINCT r) AS size
}
RETURN i, size

// money.pathWithin.1
UNWIND $from AS f
UNWIND $to AS t
MATCH (a:Node {key: f}), (b:Node {key: t})
CALL (a, b) {
  OPTIONAL MATCH p = ANY SHORTEST (a)-[:TRANSFERRED]->{1,1}(b)
  RETURN p IS NOT NULL AS found
}
WITH found WHERE found
RETURN true AS found
LIMIT 1

// money.pathWithin.2
UNWIND $from AS f
UNWIND $to AS t
MATCH (a:Node {key: f}), (b:Node {key: t})
CALL (a, b) {
  OPTIONAL MATCH p = ANY SHORTEST (a)-[:TRANSFERRED]->{1,2}(b)
  RETURN p IS NOT NULL AS found
}
WITH found WHERE found
RETURN true AS found
LIMIT 1

// money.pathWithin.3
UNWIND $from AS f
UNWIND $to AS t
MATCH (a:Node {key: f}), (b:Node {key: t})
CALL (a, b) {
  OPTIONAL MATCH p = ANY SHORTEST (a)-[:TRANSFERRED]->{1,3}(b)
  RETURN p IS NOT NULL AS found
}
WITH found WHERE found
RETURN true AS found
LIMIT 1

// money.pathWithin.4
UNWIND $from AS f
UNWIND $to AS t
MATCH (a:Node {key: f}), (b:Node {key: t})
CALL (a, b) {
  OPTIONAL MATCH p = ANY SHORTEST (a)-[:TRANSFERRED]->{1,4}(b)
  RETURN p IS NOT NULL AS found
}
WITH found WHERE found
RETURN true AS found
LIMIT 1

// money.pathWithin.5
UNWIND $from AS f
UNWIND $to AS t
MATCH (a:Node {key: f}), (b:Node {key: t})
CALL (a, b) {
  OPTIONAL MATCH p = ANY SHORTEST (a)-[:TRANSFERRED]->{1,5}(b)
  RETURN p IS NOT NULL AS found
}
WITH found WHERE found
RETURN true AS found
LIMIT 1

// money.pathWithin.6
UNWIND $from AS f
UNWIND $to AS t
MATCH (a:Node {key: f}), (b:Node {key: t})
CALL (a, b) {
  OPTIONAL MATCH p = ANY SHORTEST (a)-[:TRANSFERRED]->{1,6}(b)
  RETURN p IS NOT NULL AS found
}
WITH found WHERE found
RETURN true AS found
LIMIT 1

// money.pathWithin.7
UNWIND $from AS f
UNWIND $to AS t
MATCH (a:Node {key: f}), (b:Node {key: t})
CALL (a, b) {
  OPTIONAL MATCH p = ANY SHORTEST (a)-[:TRANSFERRED]->{1,7}(b)
  RETURN p IS NOT NULL AS found
}
WITH found WHERE found
RETURN true AS found
LIMIT 1

// money.pathWithin.8
UNWIND $from AS f
UNWIND $to AS t
MATCH (a:Node {key: f}), (b:Node {key: t})
CALL (a, b) {
  OPTIONAL MATCH p = ANY SHORTEST (a)-[:TRANSFERRED]->{1,8}(b)
  RETURN p IS NOT NULL AS found
}
WITH found WHERE found
RETURN true AS found
LIMIT 1

// money.sameInstantInflows
UNWIND $requests AS q
MATCH (:Node {key: q.wallet})<-[r:TRANSFERRED|PAID_SALARY]-()
WHERE r.asset = q.asset AND coalesce(r.at, r.paidAt).epochMillis = q.at
WITH DISTINCT r
RETURN [r.key, CASE type(r) WHEN 'PAID_SALARY' THEN 'SALARY' ELSE 'TRANSFER' END,
  startNode(r).key, endNode(r).key, r.amount, r.asset, coalesce(r.at, r.paidAt).epochMillis, r.txHash] AS hop

// money.sanctioned
MATCH (a:EnforcementAction {kind: 'SANCTION_DESIGNATION'})-[:TARGETS]->(x)
WHERE a.status = 'COMPLETED'
WITH DISTINCT x
CALL {
  WITH x
  MATCH (x:Wallet)
  RETURN x AS w, [] AS chain
  UNION
  WITH x
  MATCH p = ANY SHORTEST (x)-[:CONTROLS]->+(w:Wallet)
  RETURN w, reverse([n IN nodes(p)[..-1] | n.key]) AS chain
}
WITH w, chain ORDER BY size(chain), chain
RETURN w.key AS wallet, head(collect(chain)) AS chain

// money.sendersTo
UNWIND $wallets AS key
MATCH (:Node {key: key})<-[r:TRANSFERRED]-(s:Wallet)
WHERE 
  ($f.minWhole IS NULL OR 
  CASE
    WHEN size(split(r.amount, '.')[0]) <> size($f.minWhole) THEN size(split(r.amount, '.')[0]) > size($f.minWhole)
    WHEN split(r.amount, '.')[0] <> $f.minWhole THEN split(r.amount, '.')[0] > $f.minWhole
    ELSE coalesce(split(r.amount, '.')[1], '') >= $f.minFraction
  END)
  AND ($f.assets IS NULL OR r.asset IN $f.assets)
  AND ($f.since IS NULL OR r.at >= datetime({epochMillis: $f.since}))
  AND ($f.until IS NULL OR r.at <= datetime({epochMillis: $f.until}))
RETURN DISTINCT s.key AS sender
LIMIT $limit

// money.startHops
MATCH (s:Node {key: $subject})

WITH s, CASE WHEN s:Wallet THEN [s] ELSE [] END
  + COLLECT { MATCH ANY SHORTEST (s)-[:CONTROLS]->+(w:Wallet) RETURN w } AS own
CALL {
  WITH s, own
  MATCH (s:Employer)-[r:PAID_SALARY]->(w:Wallet)
  WHERE NOT w IN own AND 
  ($f.minWhole IS NULL OR 
  CASE
    WHEN size(split(r.amount, '.')[0]) <> size($f.minWhole) THEN size(split(r.amount, '.')[0]) > size($f.minWhole)
    WHEN split(r.amount, '.')[0] <> $f.minWhole THEN split(r.amount, '.')[0] > $f.minWhole
    ELSE coalesce(split(r.amount, '.')[1], '') >= $f.minFraction
  END)
  AND ($f.assets IS NULL OR r.asset IN $f.assets)
  AND ($f.since IS NULL OR r.paidAt >= datetime({epochMillis: $f.since}))
  AND ($f.until IS NULL OR r.paidAt <= datetime({epochMillis: $f.until}))
  RETURN [r.key, 'SALARY', startNode(r).key, endNode(r).key, r.amount, r.asset, r.paidAt.epochMillis, r.txHash] AS hop
  UNION
  WITH own
  UNWIND own AS o
  MATCH (o)-[r:TRANSFERRED]->(w:Wallet)
  WHERE NOT w IN own AND 
  ($f.minWhole IS NULL OR 
  CASE
    WHEN size(split(r.amount, '.')[0]) <> size($f.minWhole) THEN size(split(r.amount, '.')[0]) > size($f.minWhole)
    WHEN split(r.amount, '.')[0] <> $f.minWhole THEN split(r.amount, '.')[0] > $f.minWhole
    ELSE coalesce(split(r.amount, '.')[1], '') >= $f.minFraction
  END)
  AND ($f.assets IS NULL OR r.asset IN $f.assets)
  AND ($f.since IS NULL OR r.at >= datetime({epochMillis: $f.since}))
  AND ($f.until IS NULL OR r.at <= datetime({epochMillis: $f.until}))
  RETURN [r.key, 'TRANSFER', startNode(r).key, endNode(r).key, r.amount, r.asset, r.at.epochMillis, r.txHash] AS hop
}
RETURN hop

// money.subjectWallets
MATCH (s:Node {key: $subject})

WITH s, CASE WHEN s:Wallet THEN [s] ELSE [] END
  + COLLECT { MATCH ANY SHORTEST (s)-[:CONTROLS]->+(w:Wallet) RETURN w } AS own
UNWIND own AS w
RETURN w.key AS wallet

// money.transfersOut
UNWIND $frontier AS f
MATCH (w:Node {key: f.key})
CALL (w, f) {
  MATCH (w)-[r:TRANSFERRED]->(to:Wallet)
  WHERE r.at >= datetime({epochMillis: f.after}) AND 
  ($f.minWhole IS NULL OR 
  CASE
    WHEN size(split(r.amount, '.')[0]) <> size($f.minWhole) THEN size(split(r.amount, '.')[0]) > size($f.minWhole)
    WHEN split(r.amount, '.')[0] <> $f.minWhole THEN split(r.amount, '.')[0] > $f.minWhole
    ELSE coalesce(split(r.amount, '.')[1], '') >= $f.minFraction
  END)
  AND ($f.assets IS NULL OR r.asset IN $f.assets)
  AND ($f.since IS NULL OR r.at >= datetime({epochMillis: $f.since}))
  AND ($f.until IS NULL OR r.at <= datetime({epochMillis: $f.until}))
  WITH r, to ORDER BY toFloat(r.amount) DESC, r.key LIMIT $limit
  RETURN collect(r.key + $sep + to.key + $sep + r.amount + $sep + r.asset + $sep + toString(r.at.epochMillis) + $sep + coalesce(r.txHash, '')) AS hops
}
RETURN w.key AS wallet, hops

// screening.addressMatches
UNWIND $keys AS key
MATCH (n:Node:Wallet {key: key})
WHERE EXISTS { MATCH (n)-[:SOURCED_FROM]->(l:Source) WHERE l.kind = 'SANCTIONS_LIST' } AND ($personalHits OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) })))
RETURN n.key AS key, n.chain AS chain, n.address AS address

// screening.listVersions (scans NodeByLabelScan: the list versions are a few sources among few; no index on Source.kind)
MATCH (n:Source) WHERE n.kind = 'SANCTIONS_LIST'
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node
ORDER BY n.publishedOn DESC, n.key

// screening.listedAddresses (scans NodeByLabelScan: every listed wallet, read only when a screened address is invalid)
MATCH (n:Wallet) WHERE EXISTS { MATCH (n)-[:SOURCED_FROM]->(l:Source) WHERE l.kind = 'SANCTIONS_LIST' } AND ($personalHits OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) })))
RETURN n.key AS key, n.chain AS chain, n.address AS address

// screening.listedRecords
UNWIND $keys AS key
MATCH (n:Node {key: key})
RETURN n.key AS key,
  n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))} AS node,
  [(n)-[:SOURCED_FROM]->(src:Source) WHERE src.kind = 'SANCTIONS_LIST' | src {.*, __label: [l IN labels(src) WHERE l <> 'Node'][0], __personal: (((src:StolenIdentity OR src:Facilitator OR src:Person) AND NOT EXISTS { MATCH (src)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((src:Identifier OR src:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(src) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}] AS lists

// screening.nameCandidates
UNWIND $queries AS query
CALL (query) {
  CALL db.index.fulltext.queryNodes($index, query, {limit: $fetch}) YIELD node AS n
  WHERE (n:Person OR n:Organization OR n:Craft) AND EXISTS { MATCH (n)-[:SOURCED_FROM]->(l:Source) WHERE l.kind = 'SANCTIONS_LIST' }
    AND EXISTS { MATCH (a:EnforcementAction)-[:TARGETS]->(n) WHERE a.kind = 'SANCTION_DESIGNATION' }
  RETURN n
}
RETURN query, n.key AS key, n.name AS name, coalesce(n.aliases, []) AS aliases,
  coalesce(n.birthDates, []) AS birthDates,
  [(n)-[:NATIONAL_OF|CITIZEN_OF|BORN_IN|REGISTERED_IN]->(s:State) | s.isoCode] AS countries

// search.page
CALL () {
  CALL db.index.fulltext.queryNodes($index, $exact) YIELD node AS n, score
  WHERE ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)) AND ($personalHits OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) })))
  RETURN collect({n: n, tier: 2, rank: 2 + score / (score + 1.0)}) AS hits
}
WITH hits AS exact, NOT $counted AND size([h IN hits WHERE ($after IS NULL OR h.rank < $after.v OR (h.rank = $after.v AND h.n.key > $after.k))]) >= $limit AS decided
CALL (decided) {
  UNWIND CASE WHEN decided THEN [] ELSE [$prefix] END AS query
  CALL db.index.fulltext.queryNodes($index, query) YIELD node AS n, score
  WHERE ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)) AND ($personalHits OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) })))
  RETURN collect({n: n, tier: 1, rank: 1 + score / (score + 1.0)}) AS hits
}
WITH exact, decided, hits AS prefix
CALL (decided, prefix) {
  UNWIND CASE WHEN NOT decided AND size(prefix) < $fuzzyBelow THEN $fuzzy ELSE [] END AS query
  CALL db.index.fulltext.queryNodes($index, query) YIELD node AS n, score
  WHERE ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)) AND ($personalHits OR NOT (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) })))
  RETURN collect({n: n, tier: 0, rank: 0 + score / (score + 1.0)}) AS hits
}
UNWIND exact + prefix + hits AS h
WITH h.n AS n, max(h.tier) AS tier, max(h.rank) AS rank
WITH collect({n: n, tier: tier, rank: rank}) AS ranked
CALL (ranked) {
  UNWIND ranked AS h
  WITH h.n AS n, h.tier AS tier, h.rank AS rank
  WHERE ($after IS NULL OR rank < $after.v OR (rank = $after.v AND n.key > $after.k))
  WITH n, tier, rank ORDER BY rank DESC, n.key ASC LIMIT $limit
  RETURN collect({node: n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0], __personal: (((n:StolenIdentity OR n:Facilitator OR n:Person) AND NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) OR ((n:Identifier OR n:Wallet) AND EXISTS { MATCH (pii_holder)-[:HAS_IDENTIFIER|CONTROLS]->(n) WHERE ((pii_holder:StolenIdentity OR pii_holder:Facilitator OR pii_holder:Person) AND NOT EXISTS { MATCH (pii_holder)-[:SOURCED_FROM]->(pii_list:Source) WHERE pii_list.kind = 'SANCTIONS_LIST' }) }))}, rank: rank, tier: tier, k: n.key,
    texts: [t IN [n.name] + coalesce(n.aliases, []) + [n.address, n.title, n.reference, n.publisher] WHERE t IS NOT NULL]}) AS page
}
RETURN size(ranked) AS total, page
