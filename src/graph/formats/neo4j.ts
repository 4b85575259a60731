/**
 * The graph as Neo4j import files (pure): `nodes.csv` and `relationships.csv` with the
 * headers `neo4j-admin database import full` reads (`:ID`, `:LABEL`, `:START_ID`, `:END_ID`,
 * `:TYPE`, typed columns such as `mentions:int`), and `load.cypher`, which loads the same two
 * files with `LOAD CSV` (no plug-in). Fields are RFC 4180 (quoted when they hold a comma, a
 * quote or a line break; quotes doubled); arrays are `;`-separated (a `;` inside an item
 * becomes `,`); evidence is one JSON string. See docs/neo4j.md.
 */
import type { EntenteGraph, NodeKind, RelationType } from '../types';
import { NODE_KINDS, RELATION_TYPES, UNDIRECTED_TYPES } from '../types';
import { csvField } from './csv';

export const NEO4J_NODE_HEADER = 'id:ID,name,kind,aliases:string[],role,country,mentions:int,:LABEL';
export const NEO4J_TIE_HEADER =
  ':START_ID,:END_ID,:TYPE,key,undirected:boolean,date,status,weight:int,rules:string[],evidence';

/** Node label of each kind (every node is also an `Actor`). */
export const NEO4J_LABELS: Readonly<Record<NodeKind, string>> = {
  state: 'State',
  leader: 'Leader',
  analyst: 'Analyst',
  organization: 'Organization',
};

/** Relationship type of each relation (Neo4j's upper-case convention). */
export const neo4jType = (type: RelationType): string => type.toUpperCase();

/** A Neo4j array field: items `;`-separated, a `;` inside an item becomes `,`. */
export const neo4jArray = (items: readonly string[]): string =>
  items.map((s) => s.replaceAll(';', ',')).join(';');

const row = (fields: (string | number | undefined)[]): string => fields.map(csvField).join(',');

function nodesCsv(graph: EntenteGraph): string {
  const rows = [NEO4J_NODE_HEADER];
  graph.forEachNode((key, a) => {
    const labels = `Actor;${NEO4J_LABELS[a.kind]}`;
    rows.push(row([key, a.label, a.kind, neo4jArray(a.aliases), a.role, a.country, a.mentions, labels]));
  });
  return `${rows.join('\n')}\n`;
}

function tiesCsv(graph: EntenteGraph): string {
  const rows = [NEO4J_TIE_HEADER];
  graph.forEachEdge((key, a, source, target) => {
    const rules = [...new Set(a.evidence.flatMap((e) => e.rule ?? []))];
    const undirected = UNDIRECTED_TYPES.has(a.type) ? 'true' : 'false';
    const fields = [source, target, neo4jType(a.type), key, undirected, a.date, a.status, a.weight];
    rows.push(row([...fields, neo4jArray(rules), JSON.stringify(a.evidence)]));
  });
  return `${rows.join('\n')}\n`;
}

/** `SET n:Label` for the one kind of the row, without APOC. */
const labelSets = NODE_KINDS.map(
  (k) => `  FOREACH (_ IN CASE WHEN row.kind = '${k}' THEN [1] ELSE [] END | SET n:${NEO4J_LABELS[k]})`,
).join('\n');

/** `MERGE` of the one relationship type of the row, without APOC. */
const tieMerges = RELATION_TYPES.map(
  (t) =>
    `  FOREACH (_ IN CASE WHEN row.\`:TYPE\` = '${neo4jType(t)}' THEN [1] ELSE [] END |\n` +
    `    MERGE (s)-[r:${neo4jType(t)} {key: row.key}]->(t) SET r += props)`,
).join('\n');

export const LOAD_CYPHER = `// Loads nodes.csv and relationships.csv (copied to Neo4j's import folder) with LOAD CSV:
//   cypher-shell -u neo4j -p PASSWORD -f load.cypher
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;

LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
MERGE (n:Actor {id: row.\`id:ID\`})
SET n.name = row.name, n.kind = row.kind, n.role = row.role, n.country = row.country,
    n.aliases = CASE WHEN row.\`aliases:string[]\` IS NULL THEN [] ELSE split(row.\`aliases:string[]\`, ';') END,
    n.mentions = toInteger(row.\`mentions:int\`)
WITH n, row
${labelSets};

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
MATCH (s:Actor {id: row.\`:START_ID\`}), (t:Actor {id: row.\`:END_ID\`})
WITH s, t, row, {
  undirected: row.\`undirected:boolean\` = 'true', date: row.date, status: row.status,
  weight: toInteger(row.\`weight:int\`), evidence: row.evidence,
  rules: CASE WHEN row.\`rules:string[]\` IS NULL THEN [] ELSE split(row.\`rules:string[]\`, ';') END
} AS props
${tieMerges};
`;

/** The three files, by name. */
export function toNeo4j(graph: EntenteGraph): Record<string, string> {
  return {
    'nodes.csv': nodesCsv(graph),
    'relationships.csv': tiesCsv(graph),
    'load.cypher': LOAD_CYPHER,
  };
}
