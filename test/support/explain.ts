import neo4j from 'neo4j-driver';
import { inject } from 'vitest';

/** Plans statements on the test database over one connection, for files that plan many. */
export interface Explainer {
  /** Operator names of the plan Neo4j makes for a statement, depth first from the root. */
  plan(cypher: string, params?: Record<string, unknown>): Promise<string[]>;
  close(): Promise<void>;
}

export function openExplainer(): Explainer {
  const auth = neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? 'unused');
  const driver = neo4j.driver(inject('neo4jUri'), auth);
  return {
    async plan(cypher, params = {}) {
      const { summary } = await driver.executeQuery(`EXPLAIN ${cypher}`, params, { routing: 'READ', database: process.env.NEO4J_DATABASE });
      const names: string[] = [];
      const walk = (op: { operatorType: string; children: unknown[] } | false | undefined) => {
        if (!op) return;
        names.push(op.operatorType.replace(/@.*$/, ''));
        for (const c of op.children) walk(c as { operatorType: string; children: unknown[] });
      };
      walk(summary.plan);
      return names;
    },
    close: () => driver.close(),
  };
}

/** Operator names of the plan Neo4j makes for a statement, on the test database. */
export async function explain(cypher: string, params: Record<string, unknown>): Promise<string[]> {
  const explainer = openExplainer();
  try {
    return await explainer.plan(cypher, params);
  } finally {
    await explainer.close();
  }
}
