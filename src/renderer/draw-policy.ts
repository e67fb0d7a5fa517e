// What a frame leaves out, by network size: a 2-D preview during layouts, edges and labels during camera moves.
/**
 * From this many nodes a frame is costly where WebGL is rendered in software (measured here at
 * 13,000 nodes and 32,000 edges: seconds a frame), so moving pictures are drawn with less. It is
 * also where the layout moves to a worker and runs after the first frame.
 */
export const LIGHT_DRAWING_FROM = 1000;

export interface DrawPolicy {
  /**
   * While a layout moves the nodes, a 2-D canvas draws them (layout-preview.ts) instead of sigma:
   * dots, and the edges of a hovered or selected node or of a hovered chart bar, each step for a
   * few milliseconds; sigma takes the network over when the layout ends or is stopped.
   */
  previewWhileLaying: boolean;
  /** sigma's `hideEdgesOnMove`: no edges while the camera pans, zooms or animates. */
  hideEdgesOnMove: boolean;
  /** sigma's `hideLabelsOnMove`: no labels (nor their placement pass) while the camera moves. */
  hideLabelsOnMove: boolean;
}

/** The drawing shortcuts for a network of `order` nodes and `size` edges. */
export function drawPolicy(order: number, size: number): DrawPolicy {
  const large = order >= LIGHT_DRAWING_FROM || size >= 2 * LIGHT_DRAWING_FROM;
  return { previewWhileLaying: large, hideEdgesOnMove: large, hideLabelsOnMove: large };
}
