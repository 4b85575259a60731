/** Graph analysis for the workbench: metrics, communities, neighbourhoods and paths (no display code). */
export { projection, evidenceCount, lighten, fromLight } from './projection';
export type { PairAttributes, Projection, LightProjection } from './projection';
export { subgraph } from './subgraph';
export {
  METRICS,
  degrees,
  evidenceDegrees,
  pageRanks,
  pageRanksOf,
  betweenness,
  betweennessOf,
  communitiesOf,
  metric,
  communities,
  topActors,
} from './metrics';
export type { MetricName } from './metrics';
export { neighbourhood, shortestPath, pathTies } from './paths';
