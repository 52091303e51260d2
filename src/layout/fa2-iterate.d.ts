/**
 * Types for ForceAtlas2's single-iteration kernel of graphology-layout-forceatlas2 0.10.1 (pinned
 * in package.json), which the layout drives on its own flat arrays.
 */
declare module 'graphology-layout-forceatlas2/iterate.js' {
  export interface IterateSettings {
    linLogMode: boolean;
    outboundAttractionDistribution: boolean;
    adjustSizes: boolean;
    edgeWeightInfluence: number;
    scalingRatio: number;
    strongGravityMode: boolean;
    gravity: number;
    slowDown: number;
    barnesHutOptimize: boolean;
    barnesHutTheta: number;
  }
  /** One ForceAtlas2 iteration over NodeMatrix (10 floats a node) and EdgeMatrix (3 a edge). */
  export default function iterate(settings: IterateSettings, nodes: Float32Array, edges: Float32Array): object;
}
