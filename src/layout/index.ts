/** Node positions for the map and the graph exports: community-aware start, then bounded ForceAtlas2. */
export { layoutGraph, type LayoutOptions } from './layout-graph.js';
export { forceAtlas2Iterations } from './budget.js';
export { startLayout, type PendingLayout } from './start-layout.js';
