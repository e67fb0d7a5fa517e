// What sigma leaves out of a frame while things move, by network size: edges during a layout and camera moves.
/**
 * From this many nodes a frame is costly where WebGL is rendered in software (measured here at
 * 13,000 nodes and 32,000 edges: 2-3 s a frame with edges, 1-1.5 s without), so moving pictures
 * are drawn with less. It is also where the layout moves to a worker and runs after the first frame.
 */
export const LIGHT_DRAWING_FROM = 1000;

export interface DrawPolicy {
  /**
   * While a worker layout moves the nodes, edges are hidden (but those of a hovered or selected
   * node, and of a hovered chart bar): nodes alone show the layout converging at a fraction of the
   * cost, and the edges come back when it ends or is stopped.
   */
  nodesOnlyWhileLaying: boolean;
  /** sigma's `hideEdgesOnMove`: no edges while the camera pans, zooms or animates. */
  hideEdgesOnMove: boolean;
  /** sigma's `hideLabelsOnMove`: no labels (nor their placement pass) while the camera moves. */
  hideLabelsOnMove: boolean;
}

/** The drawing shortcuts for a network of `order` nodes and `size` edges. */
export function drawPolicy(order: number, size: number): DrawPolicy {
  const large = order >= LIGHT_DRAWING_FROM || size >= 2 * LIGHT_DRAWING_FROM;
  return { nodesOnlyWhileLaying: large, hideEdgesOnMove: large, hideLabelsOnMove: large };
}

/** What decides whether an edge is drawn while a layout runs (the graph and edge UI states). */
export interface LayingEdgeState {
  isActive: boolean;
  isMarked: boolean;
  isOut: boolean;
}

/**
 * True when an edge is left out of the frame: a layout is running with nodes only, and the edge is
 * neither in the focused neighbourhood nor between marked items (those few are still drawn, so
 * hover and selection keep showing who is linked to whom).
 */
export function hiddenWhileLaying(
  edge: LayingEdgeState,
  graph: { isLaying: boolean; hasMarks: boolean; hasFocus: boolean },
): boolean {
  if (!graph.isLaying) return false;
  if (graph.hasMarks) return !edge.isMarked;
  return !(graph.hasFocus && edge.isActive && !edge.isOut);
}
