// The floor page's input: the app's graph with the sizes, colours and labels the app draws, worked out in Node.
import type { AbstractGraph } from 'graphology-types';
import { createPalette } from '../../src/charts/palette';
import type { CoauthorGraph } from '../../src/graph/types';
import { WORKER_LAYOUT_FROM } from '../../src/layout/layout-worker';
import { nodeSize } from '../../src/layout/node-size';
import {
  DEFAULT_LAYOUT_OPTIONS,
  layoutIterations,
  seedPositions,
} from '../../src/layout/run-layout';
import type { Profile } from '../../src/profile/types';
import { restingLabels, truncateLabel } from '../../src/renderer/label-policy';
import { REST_LABEL_CHARS, scaleFor } from '../../src/renderer/network-styles';
import { DEFAULT_THEME } from '../../src/renderer/theme';

/** Label sizes in pixels: the owner's, and the other resting labels' (the app's styles). */
const OWNER_LABEL_SIZE = 15;
const LABEL_SIZE = 12;

/** How the floor lays the graph out: before its first frame, in FA2's worker, or not at all. */
export type FloorLayout = 'sync' | 'worker' | 'none';

/** Label visibility of the owner (always drawn) and of the other resting labels (where they fit). */
type LabelVisibility = 'visible' | 'auto';

/** A node: key, x, y, drawn size, colour, then its resting label, label size and visibility (or nulls). */
export type FloorNode = [
  string,
  number,
  number,
  number,
  string,
  string | null,
  number | null,
  LabelVisibility | null,
];

export interface FloorData {
  layout: FloorLayout;
  /** The app's ForceAtlas2 iterations for this graph (0 for `none`); the page's `?iterations=` overrides it. */
  iterations: number;
  nodes: FloorNode[];
  edges: [string, string][];
  edgeColor: string;
  edgeOpacity: number;
}

/**
 * What the floor page draws for `graph` (the app's graph of `profile`): seeded positions and the
 * app's layout iterations, or with `laidOut` the graph's own x/y and no layout (a graph file).
 */
export function floorData(graph: CoauthorGraph, profile: Profile, laidOut = false): FloorData {
  const palette = createPalette(profile.papers.map((p) => p.category));
  const { sizeFraction, edgeOpacity } = scaleFor(graph.order, graph.size);
  const labelled = restingLabels(graph as AbstractGraph);
  const seeded = laidOut
    ? null
    : seedPositions(graph as AbstractGraph, DEFAULT_LAYOUT_OPTIONS.seed);
  const nodes = graph.mapNodes((key, a): FloorNode => {
    const { x, y } = seeded?.[key] ?? { x: a.x ?? 0, y: a.y ?? 0 };
    const color =
      a.kind === 'paper'
        ? palette.color(a.category)
        : a.isOwner
          ? DEFAULT_THEME.owner
          : DEFAULT_THEME.author;
    const owner = a.kind === 'author' && a.isOwner;
    const label = labelled.has(key) ? truncateLabel(a.label, REST_LABEL_CHARS) : null;
    const size = nodeSize(a) * sizeFraction;
    if (label === null) return [key, x, y, size, color, null, null, null];
    return owner
      ? [key, x, y, size, color, label, OWNER_LABEL_SIZE, 'visible']
      : [key, x, y, size, color, label, LABEL_SIZE, 'auto'];
  });
  return {
    layout: laidOut ? 'none' : graph.order < WORKER_LAYOUT_FROM ? 'sync' : 'worker',
    iterations: laidOut ? 0 : layoutIterations(graph.order),
    nodes,
    edges: graph.mapEdges((_e, _a, source, target): [string, string] => [source, target]),
    edgeColor: DEFAULT_THEME.edge,
    edgeOpacity,
  };
}
