// The one module that imports sigma: draws one graph, highlights it by UI state, frames and moves the camera.
import type { AbstractGraph, Attributes } from 'graphology-types';
import Sigma from 'sigma';
import type { PrimitivesDeclaration } from 'sigma/primitives';
import { layerFill, layerPlain, pathLine, sdfCircle, sdfSquare } from 'sigma/rendering';
import type { CameraState } from 'sigma/types';
import { fitView, focusView, type FitItem, type FitView, type Rect } from './camera-fit';
import { focusOf, neighbourhood } from './highlight';
import { restingLabelTest } from './label-policy';
import {
  createNetworkStyles,
  DEPTH_LAYERS,
  LABEL,
  restingLabelOf,
  scaleFor,
  type EdgeUiState,
  type GraphUiState,
  type NodeUiState,
  type StyleContext,
} from './network-styles';
import { layerRing, RING_VARIABLES } from './ring-layer';
import { primaryFamily, type RendererTheme } from './theme';
import { webGLSupport } from './webgl';

export type { Rect } from './camera-fit';

export interface RendererOptions {
  theme: RendererTheme;
  paperColor(category: string | null): string;
  nodeSize(attributes: Attributes): number;
  /**
   * What covers parts of the canvas (a toolbar, a legend, an open panel), in pixels of the
   * container: the camera's fit and focus keep the network clear of them.
   */
  coveredAreas?(): readonly Rect[];
  onClickNode?(key: string): void;
  onClickStage?(): void;
  onEnterNode?(key: string): void;
  onLeaveNode?(key: string): void;
  /** The browser took the WebGL context away (sigma asks for it back and redraws if it comes). */
  onContextLost?(): void;
  /** The context came back and sigma has redrawn. */
  onContextRestored?(): void;
}

export interface RendererHandle {
  /** The graph drawn (one renderer draws one graph). */
  readonly graph: AbstractGraph;
  /** WebGL is emulated in software here: edges and labels are left out while things move. */
  readonly software: boolean;
  /** Highlights the neighbourhood of the hovered node, else of the selection; dims the rest. */
  setFocus(hover: string | null, selection: string | null): void;
  /** Dims every node not in `kept` (what the filters leave), and the edges that touch one; null: no filter. */
  setFilter(kept: ReadonlySet<string> | null): void;
  /** Brings `marked` forward (a hovered chart bar's papers and their authors), dims the rest; null: none. */
  setMarks(marked: ReadonlySet<string> | null): void;
  /** A layout is moving the nodes (true), or has ended or been stopped (false). */
  setLaying(laying: boolean): void;
  zoomIn(): Promise<void>;
  zoomOut(): Promise<void>;
  /** Frames the whole network clear of the covered areas, animated. */
  fit(): Promise<void>;
  /** Frames it again at once, unless the user has moved the camera since the last fit. */
  refit(): void;
  /** Centres a node in the free part of the canvas, zoomed so that its neighbours show too. */
  focusNode(key: string): Promise<void>;
  /** Where a node is drawn, in CSS pixels relative to the container, or null when not in the graph. */
  nodeViewportPosition(key: string): { x: number; y: number } | null;
  kill(): void;
}

/** Thrown where the browser gives no WebGL2 context: sigma cannot draw. */
export class WebGLUnavailableError extends Error {
  constructor() {
    super(
      'The network cannot be drawn: this browser offers no WebGL2. Search, details and charts still work.',
    );
    this.name = 'WebGLUnavailableError';
  }
}

/** sigma's camera at rest: the whole graph framed in the container. */
const REFERENCE_CAMERA: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
const ANIMATION = { duration: 300 };
/** Pixels kept between the network and the edges of what is free. */
const FIT_MARGIN = 14;
/** A focus zooms in no further than this camera ratio: less far in a small network, which is
 * readable whole and whose context matters more than a close-up. */
const MIN_FOCUS_RATIO = 0.12;
const MIN_FOCUS_RATIO_SMALL = 0.6;
const SMALL_NETWORK = 100;
/** Pixels a second click may land from the first and still make a double click. */
const DOUBLE_CLICK_DISTANCE = 6;
/** Smallest extent, in layout units, that the camera frames (the sample spans about 115). */
const MIN_FRAME = 100;

/** Nodes are circles (authors) and squares (papers) with a ring layer; edges are plain lines. */
function createPrimitives(font: string) {
  return {
    depthLayers: DEPTH_LAYERS,
    nodes: {
      shapes: [sdfCircle(), sdfSquare({ cornerRadius: 0.18 })],
      variables: RING_VARIABLES,
      layers: [layerFill(), layerRing()],
      label: { font: { family: font }, margin: LABEL.margin },
    },
    edges: { paths: [pathLine()], layers: [layerPlain()] },
  } satisfies PrimitivesDeclaration;
}

type SigmaRenderer = Sigma<
  Attributes,
  Attributes,
  Attributes,
  NodeUiState,
  EdgeUiState,
  GraphUiState,
  ReturnType<typeof createPrimitives>
>;

/** Draws `graph` in `container` with sigma; throws WebGLUnavailableError where it cannot. */
export function createRenderer(
  container: HTMLElement,
  graph: AbstractGraph,
  options: RendererOptions,
): RendererHandle {
  const support = webGLSupport();
  if (!support) throw new WebGLUnavailableError();
  return new NetworkRenderer(container, graph, options, support.software);
}

class NetworkRenderer implements RendererHandle {
  private readonly sigma: SigmaRenderer;
  private readonly ctx: StyleContext;
  private readonly resizeObserver: ResizeObserver;
  /** The focused neighbourhood, as last set on sigma's states. */
  private active: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } = {
    nodes: new Set(),
    edges: new Set(),
  };
  private selected: string | null = null;
  /** The camera as the last automatic fit left it; null once the user has moved it. */
  private fitted: CameraState | null = null;

  constructor(
    private readonly container: HTMLElement,
    readonly graph: AbstractGraph,
    private readonly options: RendererOptions,
    readonly software: boolean,
  ) {
    this.ctx = {
      theme: { ...options.theme, font: primaryFamily(options.theme.font) },
      ...scaleFor(graph.order, graph.size),
      paperColor: options.paperColor,
      nodeSize: options.nodeSize,
      isResting: restingLabelTest(graph),
    };
    this.sigma = new Sigma(graph, container, {
      primitives: createPrimitives(this.ctx.theme.font),
      customNodeState: { isActive: false, isSelected: false, isOut: false, isMarked: false },
      customEdgeState: { isActive: false, isOut: false, isMarked: false },
      customGraphState: {
        hasFocus: false,
        focusDegree: 0,
        hasMarks: false,
        markCount: 0,
        quiet: false,
      },
      styles: createNetworkStyles(this.ctx),
      settings: {
        allowInvalidContainer: true,
        enableCameraRotation: false,
        enableCameraMouseRotation: false,
        autoRescaleContent: 'positions',
        stagePadding: 0,
        minCameraRatio: 0.05,
        maxCameraRatio: 4,
        labelRenderedSizeThreshold: 0,
        // Where every frame is drawn by the CPU, a moving picture is drawn with nodes only.
        hideEdgesOnMove: software,
        hideLabelsOnMove: software,
      },
    });
    this.frameSmallGraph();
    this.listen();
    this.resizeObserver = new ResizeObserver(() => this.onResize());
    this.resizeObserver.observe(container);
    this.placeCamera(this.fitView(), false);
  }

  setFocus(hover: string | null, selection: string | null): void {
    const has = (key: string | null): string | null =>
      key !== null && this.graph.hasNode(key) ? key : null;
    const selected = has(selection);
    const around = neighbourhood(this.graph, focusOf(has(hover), selected));
    const nodes = around?.nodes ?? new Set<string>();
    const edges = around?.edges ?? new Set<string>();
    const { sigma, active } = this;
    sigma.setNodesState(without(active.nodes, nodes), { isActive: false });
    sigma.setNodesState(without(nodes, active.nodes), { isActive: true });
    sigma.setEdgesState(without(active.edges, edges), { isActive: false });
    sigma.setEdgesState(without(edges, active.edges), { isActive: true });
    this.active = { nodes, edges };
    if (this.selected !== null && this.selected !== selected) {
      sigma.setNodeState(this.selected, { isSelected: false });
    }
    if (selected !== null) sigma.setNodeState(selected, { isSelected: true });
    this.selected = selected;
    sigma.setGraphState({ hasFocus: around !== null, focusDegree: nodes.size - 1 });
  }

  setFilter(kept: ReadonlySet<string> | null): void {
    this.setWholeState(
      'isOut',
      (key) => kept !== null && !kept.has(key),
      (sourceOut, targetOut) => sourceOut || targetOut,
    );
  }

  setMarks(marked: ReadonlySet<string> | null): void {
    const isMarked = (key: string): boolean => marked !== null && marked.has(key);
    this.setWholeState('isMarked', isMarked, (sourceOn, targetOn) => sourceOn && targetOn);
    const markCount =
      marked === null
        ? 0
        : this.graph.filterNodes((key, a) => isMarked(key) && a.kind === 'paper').length;
    this.sigma.setGraphState({ hasMarks: marked !== null, markCount });
  }

  setLaying(laying: boolean): void {
    this.sigma.setGraphState({ quiet: laying && this.software });
  }

  zoomIn(): Promise<void> {
    return this.sigma.getCamera().zoomIn(ANIMATION);
  }

  zoomOut(): Promise<void> {
    return this.sigma.getCamera().zoomOut(ANIMATION);
  }

  async fit(): Promise<void> {
    await this.placeCamera(this.fitView(), true);
  }

  refit(): void {
    if (this.untouched()) void this.placeCamera(this.fitView(), false);
  }

  async focusNode(key: string): Promise<void> {
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
    await this.placeCamera(view, true);
    // A focus is not a fit: a resize leaves it where it is.
    this.fitted = null;
  }

  nodeViewportPosition(key: string): { x: number; y: number } | null {
    if (!this.graph.hasNode(key)) return null;
    const a = this.graph.getNodeAttributes(key);
    return this.sigma.graphToViewport({ x: Number(a.x), y: Number(a.y) });
  }

  kill(): void {
    this.resizeObserver.disconnect();
    this.sigma.kill();
  }

  /**
   * Filters and marks are whole-graph states: set on every node and edge (a change is a user
   * action, not a frame). An edge takes the state from its two ends.
   */
  private setWholeState(
    state: 'isOut' | 'isMarked',
    nodeOn: (key: string) => boolean,
    edgeOn: (sourceOn: boolean, targetOn: boolean) => boolean,
  ): void {
    const nodes: [string[], string[]] = [[], []];
    this.graph.forEachNode((key) => nodes[nodeOn(key) ? 0 : 1].push(key));
    this.sigma.setNodesState(nodes[0], { [state]: true });
    this.sigma.setNodesState(nodes[1], { [state]: false });
    const edges: [string[], string[]] = [[], []];
    this.graph.forEachEdge((key, _a, source, target) =>
      edges[edgeOn(nodeOn(source), nodeOn(target)) ? 0 : 1].push(key),
    );
    this.sigma.setEdgesState(edges[0], { [state]: true });
    this.sigma.setEdgesState(edges[1], { [state]: false });
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

  /** What covers the canvas now, as the element reports it. */
  private covered(): readonly Rect[] {
    return this.options.coveredAreas?.() ?? [];
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
  private async placeCamera(view: FitView | null, animate: boolean): Promise<void> {
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

  private onResize(): void {
    const untouched = this.untouched();
    this.sigma.resize();
    // Processed now (the label grid follows the size), so that the fit reads fresh positions.
    this.sigma.refresh();
    if (untouched) void this.placeCamera(this.fitView(), false);
  }

  private listen(): void {
    const { sigma, options } = this;
    // sigma takes any second click within its double-click delay for a double click, wherever it
    // lands: one that is not where the first was is a click of its own (and zooms nothing).
    let lastClick = { x: NaN, y: NaN };
    const clicked = (event: { x: number; y: number }, node: string | null): void => {
      lastClick = { x: event.x, y: event.y };
      if (node === null) options.onClickStage?.();
      else options.onClickNode?.(node);
    };
    const doubleClicked = (
      payload: { event: { x: number; y: number }; preventSigmaDefault(): void },
      node: string | null,
    ): void => {
      const { x, y } = payload.event;
      if (Math.hypot(x - lastClick.x, y - lastClick.y) <= DOUBLE_CLICK_DISTANCE) return;
      payload.preventSigmaDefault();
      clicked(payload.event, node);
    };
    sigma.on('clickNode', ({ node, event }) => clicked(event, node));
    sigma.on('clickStage', ({ event }) => clicked(event, null));
    sigma.on('doubleClickNode', (payload) => doubleClicked(payload, payload.node));
    sigma.on('doubleClickStage', (payload) => doubleClicked(payload, null));
    sigma.on('enterNode', ({ node }) => options.onEnterNode?.(node));
    sigma.on('leaveNode', ({ node }) => options.onLeaveNode?.(node));
    sigma.on('webglContextLost', () => options.onContextLost?.());
    sigma.on('webglContextRestored', () => options.onContextRestored?.());
  }
}

/** The keys of `a` that are not in `b`. */
function without(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  return [...a].filter((key) => !b.has(key));
}

let measuring: CanvasRenderingContext2D | null = null;

/** The width in pixels of `text` at `size` pixels in `family` (a 2-D canvas measures it). */
function measureText(text: string, size: number, family: string): number {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return text.length * size * 0.6;
  measuring.font = `${size}px "${family}"`;
  return measuring.measureText(text).width;
}
