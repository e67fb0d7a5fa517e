// Types for the two internal modules of graphology-layout-forceatlas2 that its own worker uses
// (the package ships declarations for its index and worker supervisor only).
declare module 'graphology-layout-forceatlas2/iterate.js' {
  /** One ForceAtlas2 iteration over the node and edge matrices, in place. */
  export default function iterate(
    settings: object,
    nodes: Float32Array,
    edges: Float32Array,
  ): unknown;
}

declare module 'graphology-layout-forceatlas2/helpers.js' {
  import type { AbstractGraph, Attributes } from 'graphology-types';
  type EdgeWeight = (
    edge: string,
    attributes: Attributes,
    source: string,
    target: string,
    sourceAttributes: Attributes,
    targetAttributes: Attributes,
    undirected: boolean,
  ) => number;
  export function graphToByteArrays(
    graph: AbstractGraph,
    getEdgeWeight: EdgeWeight,
  ): { nodes: Float32Array; edges: Float32Array };
  export function assignLayoutChanges(
    graph: AbstractGraph,
    nodes: Float32Array,
    outputReducer: null,
  ): void;
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  /** The settings ForceAtlas2 fills in for those not given. */
  const defaults: Record<string, unknown>;
  export default defaults;
}
