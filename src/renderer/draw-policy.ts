// What a frame leaves out, by network size: a 2-D preview during layouts, edges and labels during camera moves.
/**
 * From this many nodes a frame is costly where WebGL is rendered in software (measured here at
 * 13,000 nodes and 32,000 edges: seconds a frame), so moving pictures are drawn with less. It is
 * also where the layout moves to a worker and runs after the first frame.
 */
export const LIGHT_DRAWING_FROM = 1000;

/**
 * From this many edges sigma draws, at rest, only the edges of the hovered or selected node and of
 * a hovered chart bar, unless all are asked for: in software WebGL each edge costs about 30 µs of
 * every frame whatever its length on screen (a shader searches where it meets its nodes, each
 * frame), so the 32,000 edges of a 10,000-paper network held each frame for 1 s, 97,000 for 2.6 s.
 */
export const EDGES_ON_DEMAND_FROM = 5000;

/**
 * From this many nodes, where WebGL is rendered in software, the 2-D preview draws the network at
 * rest too (all its edges as well, when asked for): here sigma's frames of 13,330 nodes took
 * 0.3–0.45 s each (38,241 nodes: 1.2–1.3 s, 9.4 s with all 96,999 edges), and taking the network
 * over after its layout stopped the page for 0.7–1.7 s; the preview draws a frame in 10–120 ms
 * (0.3 s with all edges).
 */
export const PREVIEW_AT_REST_FROM = 10_000;

/** True for the name of a WebGL renderer that emulates the GPU (SwiftShader, llvmpipe, WARP…). */
export function isSoftwareRenderer(name: string): boolean {
  return /SwiftShader|llvmpipe|Software|Basic Render/i.test(name);
}

export interface DrawPolicy {
  /**
   * While a layout moves the nodes, a 2-D canvas draws them (layout-preview.ts) instead of sigma:
   * dots, and the edges of a hovered or selected node or of a hovered chart bar, each step for a
   * few milliseconds; sigma takes the network over when the layout ends or is stopped.
   */
  previewWhileLaying: boolean;
  /** The 2-D preview draws the network at rest too; sigma holds an empty graph. */
  previewAtRest: boolean;
  /** At rest, only the focus's and the marks' edges are drawn (all of them on request). */
  edgesOnDemand: boolean;
  /** sigma's `hideEdgesOnMove`: no edges while the camera pans, zooms or animates. */
  hideEdgesOnMove: boolean;
  /** sigma's `hideLabelsOnMove`: no labels (nor their placement pass) while the camera moves. */
  hideLabelsOnMove: boolean;
}

/** The drawing shortcuts for a network of `order` nodes and `size` edges, drawn in `software`. */
export function drawPolicy(order: number, size: number, software = false): DrawPolicy {
  const large = order >= LIGHT_DRAWING_FROM || size >= 2 * LIGHT_DRAWING_FROM;
  const previewAtRest = software && order >= PREVIEW_AT_REST_FROM;
  return {
    previewWhileLaying: large,
    previewAtRest,
    edgesOnDemand: previewAtRest || size >= EDGES_ON_DEMAND_FROM,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
  };
}
