// The one module that imports sigma: draws one graph, highlights it by UI state, frames and moves the camera.
import type { AbstractGraph, Attributes } from 'graphology-types';
import Sigma from 'sigma';
import type { PrimitivesDeclaration } from 'sigma/primitives';
import { layerFill, layerPlain, pathLine, sdfCircle, sdfSquare } from 'sigma/rendering';
import type { Rect } from './camera-fit';
import { restingLabelTest } from './label-policy';
import { ANIMATION, NetworkCamera } from './network-camera';
import { NetworkStates } from './network-states';
import {
  createNetworkStyles,
  DEPTH_LAYERS,
  LABEL,
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
  /** WebGL is emulated in software here: edges (and labels, in camera moves) are left out while things move. */
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

/** Pixels a second click may land from the first and still make a double click. */
const DOUBLE_CLICK_DISTANCE = 6;
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
  private readonly states: NetworkStates;
  private readonly camera: NetworkCamera;
  private readonly resizeObserver: ResizeObserver;

  constructor(
    container: HTMLElement,
    readonly graph: AbstractGraph,
    private readonly options: RendererOptions,
    readonly software: boolean,
  ) {
    const ctx: StyleContext = {
      theme: { ...options.theme, font: primaryFamily(options.theme.font) },
      ...scaleFor(graph.order, graph.size),
      paperColor: options.paperColor,
      nodeSize: options.nodeSize,
      isResting: restingLabelTest(graph),
    };
    this.sigma = new Sigma(graph, container, {
      primitives: createPrimitives(ctx.theme.font),
      customNodeState: { isActive: false, isSelected: false, isOut: false, isMarked: false },
      customEdgeState: { isActive: false, isOut: false, isMarked: false },
      customGraphState: {
        hasFocus: false,
        focusDegree: 0,
        hasMarks: false,
        markCount: 0,
        quiet: false,
      },
      styles: createNetworkStyles(ctx),
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
    this.states = new NetworkStates(this.sigma, graph);
    this.camera = new NetworkCamera(this.sigma, graph, ctx, () => options.coveredAreas?.() ?? []);
    this.listen();
    this.resizeObserver = new ResizeObserver(() => {
      this.sigma.resize();
      this.camera.resized();
    });
    this.resizeObserver.observe(container);
    void this.camera.fit(false);
  }

  setFocus(hover: string | null, selection: string | null): void {
    this.states.setFocus(hover, selection);
  }

  setFilter(kept: ReadonlySet<string> | null): void {
    this.states.setFilter(kept);
  }

  setMarks(marked: ReadonlySet<string> | null): void {
    this.states.setMarks(marked);
  }

  setLaying(laying: boolean): void {
    this.states.setQuiet(laying && this.software);
  }

  zoomIn(): Promise<void> {
    return this.sigma.getCamera().zoomIn(ANIMATION);
  }

  zoomOut(): Promise<void> {
    return this.sigma.getCamera().zoomOut(ANIMATION);
  }

  fit(): Promise<void> {
    return this.camera.fit(true);
  }

  refit(): void {
    this.camera.refit();
  }

  focusNode(key: string): Promise<void> {
    return this.camera.focus(key);
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
