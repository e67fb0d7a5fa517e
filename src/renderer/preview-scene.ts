// What the layout preview draws for a graph and its UI state: dots, the focus's edges, a few labels.
import type { AbstractGraph, Attributes } from 'graphology-types';
import { focusOf, neighbourhood } from './highlight';
import { truncateLabel } from './label-policy';
import { FOCUS_LABEL_CHARS, REST_LABEL_CHARS } from './network-styles';
import { projectNodes, type Affine, type ScreenNodes } from './preview-geometry';

/** The UI state the preview shows, as the WebGL renderer's styles read it (network-styles.ts). */
export interface PreviewState {
  hover: string | null;
  selection: string | null;
  /** Nodes the filters keep (null: no filter). */
  kept: ReadonlySet<string> | null;
  /** Papers of a hovered chart bar and their authors (null: none). */
  marked: ReadonlySet<string> | null;
  /** Labelled at rest (the owner and frequent coauthors). */
  resting: ReadonlySet<string>;
  /** All edges asked for (the toolbar's All edges): drawn, muted, when nothing is in focus. */
  all?: boolean;
}

export interface PreviewLabel {
  index: number;
  text: string;
  /** Hovered or selected: drawn larger, on a background. */
  strong: boolean;
}

export interface PreviewScene {
  nodes: ScreenNodes;
  /** Fill colour per node. */
  colors: string[];
  /** 1 where the node is dimmed (filtered out, or outside the focus or the marks). */
  dimmed: Uint8Array;
  /** 1 for a paper (a square), 0 for an author (a disc). */
  squares: Uint8Array;
  /** Edges drawn, as node indices: the focus's or the marks', or all of them when asked for. */
  edges: [number, number][];
  /** `edges` are all the edges (drawn muted, under the nodes). */
  muted: boolean;
  labels: PreviewLabel[];
  /** The selected node's index (drawn with a ring), or -1. */
  selected: number;
}

/** What does not change from frame to frame: the nodes, their colours, shapes and sizes. */
export interface SceneNodes {
  keys: string[];
  attributes: Attributes[];
  index: ReadonlyMap<string, number>;
  colors: string[];
  squares: Uint8Array;
  /** Drawn size in graph units. */
  sizes: Float64Array;
}

/** Reads the nodes of `graph` once (per graph and palette), for the frames of a layout. */
export function sceneNodes(
  graph: AbstractGraph,
  nodeSize: (attributes: Attributes) => number,
  nodeColor: (attributes: Attributes) => string,
): SceneNodes {
  const keys = graph.nodes();
  const attributes = keys.map((key) => graph.getNodeAttributes(key));
  return {
    keys,
    attributes,
    index: new Map(keys.map((key, i) => [key, i])),
    colors: attributes.map(nodeColor),
    squares: Uint8Array.from(attributes, (a) => (a.kind === 'paper' ? 1 : 0)),
    sizes: Float64Array.from(attributes, nodeSize),
  };
}

export interface SceneInput {
  graph: AbstractGraph;
  /** sceneNodes() of `graph`. */
  nodes: SceneNodes;
  state: PreviewState;
  /** Graph coordinates to CSS pixels of the canvas. */
  map: Affine;
  /** Pixels per graph unit of node size. */
  sizeScale: number;
}

export function buildScene(input: SceneInput): PreviewScene {
  const { graph, state } = input;
  const { keys, attributes, index, colors, squares, sizes } = input.nodes;
  // Positions are read from the graph (they move); the rest was read once.
  const nodes = projectNodes(
    keys,
    (i) => {
      const a = graph.getNodeAttributes(keys[i]!);
      return { x: Number(a.x), y: Number(a.y) };
    },
    (i) => sizes[i]!,
    input.map,
    input.sizeScale,
  );
  const around = neighbourhood(graph, focusOf(state.hover, state.selection));
  const out = (key: string): boolean => state.kept !== null && !state.kept.has(key);
  const lit = (key: string): boolean =>
    state.marked !== null ? state.marked.has(key) : around === null || around.nodes.has(key);
  const dimmed = new Uint8Array(keys.length);
  if (state.kept !== null || state.marked !== null || around !== null) {
    keys.forEach((key, i) => (dimmed[i] = out(key) || !lit(key) ? 1 : 0));
  }

  const edges: [number, number][] = [];
  const addEdge = (source: string, target: string): void => {
    edges.push([index.get(source)!, index.get(target)!]);
  };
  let muted = false;
  if (state.marked !== null) {
    const marked = state.marked;
    graph.forEachEdge((_e, _a, source, target) => {
      if (marked.has(source) && marked.has(target)) addEdge(source, target);
    });
  } else if (around !== null) {
    for (const edge of around.edges) {
      const [source, target] = graph.extremities(edge);
      if (!out(source) && !out(target)) addEdge(source, target);
    }
  } else if (state.all) {
    muted = true;
    graph.forEachEdge((_e, _a, source, target) => addEdge(source, target));
  }

  const labels: PreviewLabel[] = [];
  const strong = new Set([state.hover, state.selection].filter((k) => k !== null));
  for (const key of state.resting) {
    const i = index.get(key);
    if (i === undefined || dimmed[i] || strong.has(key)) continue;
    labels.push({
      index: i,
      text: truncateLabel(labelOf(attributes[i]!), REST_LABEL_CHARS),
      strong: false,
    });
  }
  for (const key of strong) {
    const i = index.get(key);
    if (i === undefined) continue;
    labels.push({
      index: i,
      text: truncateLabel(labelOf(attributes[i]!), FOCUS_LABEL_CHARS),
      strong: true,
    });
  }
  const selected = state.selection === null ? -1 : (index.get(state.selection) ?? -1);
  return { nodes, colors, dimmed, squares, edges, muted, labels, selected };
}

const labelOf = (attributes: Attributes): string => String(attributes.label ?? '');
