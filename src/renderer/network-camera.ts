// The camera of one network: framed whole clear of what covers the canvas, or on a node and its neighbours.
import type { AbstractGraph } from 'graphology-types';
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import { fitView, focusView, type FitItem, type FitView, type Rect } from './camera-fit';
import { LABEL, restingLabelOf, type StyleContext } from './network-styles';

/** What the camera needs of sigma (its public camera, coordinate conversions and framing). */
export type FramedSigma = Pick<
  Sigma,
  | 'getCamera'
  | 'getDimensions'
  | 'getNodeDisplayData'
  | 'framedGraphToViewport'
  | 'viewportToFramedGraph'
  | 'graphToViewport'
> & {
  setCustomBBox(box: { x: [number, number]; y: [number, number] } | null): unknown;
  refresh(): unknown;
};

/** sigma's camera at rest: the whole graph framed in the container. */
const REFERENCE_CAMERA: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
export const ANIMATION = { duration: 300 };
/** Pixels kept between the network and the edges of what is free. */
const FIT_MARGIN = 14;
/** A focus zooms in no further than this camera ratio: less far in a small network, which is
 * readable whole and whose context matters more than a close-up. */
const MIN_FOCUS_RATIO = 0.12;
const MIN_FOCUS_RATIO_SMALL = 0.6;
const SMALL_NETWORK = 100;
/** Smallest extent, in layout units, that the camera frames (the sample spans about 115). */
const MIN_FRAME = 100;

export class NetworkCamera {
  /** The camera as the last automatic fit left it; null once the user has moved it. */
  private fitted: CameraState | null = null;

  constructor(
    private readonly sigma: FramedSigma,
    private readonly graph: AbstractGraph,
    private readonly ctx: StyleContext,
    /** What covers the canvas now, in pixels of the container. */
    private readonly covered: () => readonly Rect[],
  ) {
    this.frameSmallGraph();
  }

  /** Frames the whole network, animated or at once. */
  fit(animate: boolean): Promise<void> {
    return this.place(this.fitView(), animate);
  }

  /** Frames it again at once, unless the user has moved the camera since the last fit. */
  refit(): void {
    if (this.untouched()) void this.place(this.fitView(), false);
  }

  /** Centres a node in the free part of the canvas, zoomed so that its neighbours show too. */
  async focus(key: string): Promise<void> {
    const unit = this.pixelsPerUnit();
    const centre = this.fitItem(key, unit);
    if (!centre) return;
    const others = this.graph.neighbors(key).flatMap((n) => this.fitItem(n, unit) ?? []);
    const floor = this.graph.order < SMALL_NETWORK ? MIN_FOCUS_RATIO_SMALL : MIN_FOCUS_RATIO;
    const view = focusView(centre, others, this.sigma.getDimensions(), this.covered(), {
      margin: FIT_MARGIN,
      minScale: 0.25,
      maxScale: 1 / floor,
    });
    await this.place(view, true);
    // A focus is not a fit: a resize leaves it where it is.
    this.fitted = null;
  }

  /** The container changed size: sigma follows it, and an untouched fit is made again. */
  resized(): void {
    const untouched = this.untouched();
    // Processed now (the label grid follows the size), so that the fit reads fresh positions.
    this.sigma.refresh();
    if (untouched) void this.place(this.fitView(), false);
  }

  /**
   * A network of a few nodes would be stretched to fill the canvas, its nodes as large as plates:
   * at least MIN_FRAME layout units are framed, so it is drawn at the scale of a larger one.
   */
  private frameSmallGraph(): void {
    let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
    this.graph.forEachNode((_key, a) => {
      [minX, maxX] = [Math.min(minX, Number(a.x)), Math.max(maxX, Number(a.x))];
      [minY, maxY] = [Math.min(minY, Number(a.y)), Math.max(maxY, Number(a.y))];
    });
    if (this.graph.order === 0 || Math.max(maxX - minX, maxY - minY) >= MIN_FRAME) return;
    const [cx, cy, half] = [(minX + maxX) / 2, (minY + maxY) / 2, MIN_FRAME / 2];
    this.sigma.setCustomBBox({ x: [cx - half, cx + half], y: [cy - half, cy + half] });
    // Processed now: the fit reads the nodes' framed positions.
    this.sigma.refresh();
  }

  /**
   * A node as the fit sees it: where the reference camera draws it, its radius, and its resting
   * label to the right of it.
   */
  private fitItem(key: string, pixelsPerUnit: number): FitItem | null {
    const data = this.sigma.getNodeDisplayData(key);
    if (!data) return null;
    const at = this.sigma.framedGraphToViewport(data, { cameraState: REFERENCE_CAMERA });
    const radius = data.size * pixelsPerUnit;
    const label = restingLabelOf(this.ctx, this.graph.getNodeAttributes(key));
    const width = label ? measureText(label.text, label.size, this.ctx.theme.font) : 0;
    const half = label ? label.size / 2 + LABEL.padding : 0;
    return {
      x: at.x,
      y: at.y,
      left: radius,
      right: label ? radius + LABEL.margin + width + LABEL.padding : radius,
      up: Math.max(radius, half),
      down: Math.max(radius, half),
    };
  }

  /** Pixels a layout unit spans at the reference camera (node sizes are in layout units). */
  private pixelsPerUnit(): number {
    const [a, b] = [
      { x: 0, y: 0 },
      { x: 1, y: 0 },
    ].map((p) => this.sigma.graphToViewport(p, { cameraState: REFERENCE_CAMERA }));
    return Math.hypot(b!.x - a!.x, b!.y - a!.y);
  }

  /** The whole network clear of the covered areas, no closer than the reference camera. */
  private fitView(): FitView | null {
    const unit = this.pixelsPerUnit();
    const items = this.graph.mapNodes((key) => this.fitItem(key, unit)).filter((i) => i !== null);
    return fitView(items, this.sigma.getDimensions(), this.covered(), {
      margin: FIT_MARGIN,
      maxScale: 1,
    });
  }

  /** Moves the camera to show `view` (reference-camera pixels scaled and shifted). */
  private async place(view: FitView | null, animate: boolean): Promise<void> {
    const camera = this.sigma.getCamera();
    const { width, height } = this.sigma.getDimensions();
    if (!view || width === 0 || height === 0) {
      // Nothing to fit yet (an empty graph, a hidden element): framed at the next resize.
      camera.setState(REFERENCE_CAMERA);
      this.fitted = REFERENCE_CAMERA;
      return;
    }
    // The point drawn at the centre of the container, in reference-camera pixels.
    const centre = {
      x: (width / 2 - view.offset.x) / view.scale,
      y: (height / 2 - view.offset.y) / view.scale,
    };
    const at = this.sigma.viewportToFramedGraph(centre, { cameraState: REFERENCE_CAMERA });
    const target: CameraState = { x: at.x, y: at.y, ratio: 1 / view.scale, angle: 0 };
    camera.cancelAnimation();
    if (animate) await camera.animate(target, ANIMATION);
    else camera.setState(target);
    this.fitted = camera.getState();
  }

  /** The camera is where the last automatic fit put it (or no fit could be made yet). */
  private untouched(): boolean {
    const now = this.sigma.getCamera().getState();
    const fitted = this.fitted;
    if (fitted === null) return false;
    const close = (a: number, b: number): boolean => Math.abs(a - b) < 1e-6;
    return close(now.x, fitted.x) && close(now.y, fitted.y) && close(now.ratio, fitted.ratio);
  }
}

let measuring: CanvasRenderingContext2D | null = null;

/** The width in pixels of `text` at `size` pixels in `family` (a 2-D canvas measures it). */
function measureText(text: string, size: number, family: string): number {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return text.length * size * 0.6;
  measuring.font = `${size}px "${family}"`;
  return measuring.measureText(text).width;
}
