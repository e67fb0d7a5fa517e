// The one module that imports sigma: draws a graph, highlights by UI state, drives the camera.
import type { AbstractGraph, Attributes } from 'graphology-types';
import Sigma from 'sigma';
import type { PrimitivesDeclaration } from 'sigma/primitives';
import { layerFill, layerPlain, pathLine, sdfCircle, sdfSquare } from 'sigma/rendering';
import { matrixFromCamera, multiplyVec2 } from 'sigma/utils';
import { drawPolicy, isSoftwareRenderer } from './draw-policy';
import { gpuDone } from './gpu-fence';
import { createPreviewController } from './preview-controller';
import { practiceNetwork } from './practice-network';
import { boxDimensions, extentOf, framedPoint, type Box } from './preview-geometry';
import { focusOf, neighbourhood } from './highlight';
import { restingLabels } from './label-policy';
import {
  createNetworkStyles,
  DEPTH_LAYERS,
  drawnNodeSize,
  nodeColor,
  scaleFor,
  type EdgeUiState,
  type GraphUiState,
  type NodeUiState,
  type StyleContext,
} from './network-styles';
import { layerRing, RING_VARIABLES } from './ring-layer';
import { primaryFamily, type RendererTheme } from './theme';

export interface RendererOptions {
  theme: RendererTheme;
  paperColor(category: string | null): string;
  nodeSize(attributes: Attributes): number;
  /** A layout is already moving the nodes of the first graph (see setLaying): a large one is previewed. */
  laying?: boolean;
  /**
   * Edges still being added to the first graph (a large graph file's, after its first frame): how
   * many, and a promise settled once they are in. The preview draws the network meanwhile, and
   * sigma is set up only then: its drawing choices depend on the number of edges.
   */
  edgesToCome?: { count: number; added: Promise<unknown> };
  onClickNode?(key: string): void;
  onClickStage?(): void;
  onEnterNode?(key: string): void;
  onLeaveNode?(key: string): void;
  /** The browser took the WebGL context away (sigma asks for it back and redraws if it comes). */
  onContextLost?(): void;
  /** The context came back and sigma has rebuilt its programs and redrawn. */
  onContextRestored?(): void;
}

export interface NodeDisplay {
  color: string;
  opacity: number;
  size: number;
  labelVisibility: string;
  /** Its label was drawn in the last frame (sigma's label grid keeps it when it does not collide). */
  labelShown: boolean;
}

export interface RendererHandle {
  /** The graph being drawn. */
  readonly graph: AbstractGraph;
  /** Draws another graph (e.g. the coauthor projection) in the same canvas. */
  setGraph(graph: AbstractGraph): void;
  /** Highlights the neighbourhood of the hovered node, else of the selection; dims the rest. */
  setFocus(hover: string | null, selection: string | null): void;
  /**
   * Dims every node not in `kept` (the nodes the filters leave), and the edges that touch one;
   * null: no filter. Keys missing from the graph on screen are ignored, so one set serves both views.
   */
  setFilter(kept: ReadonlySet<string> | null): void;
  /** Brings `marked` forward (a hovered chart bar's papers and their authors) and dims the rest; null: none. */
  setMarks(marked: ReadonlySet<string> | null): void;
  /**
   * A layout is moving the nodes (true) or has ended or been stopped (false): meanwhile a large
   * network is drawn by the 2-D layout preview (draw-policy), and sigma takes it over at the end
   * (a huge one in software WebGL stays in the preview, see DrawPolicy.previewAtRest).
   */
  setLaying(laying: boolean): void;
  /** Edges drawn at the last frame (sigma's visible ones, or the layout preview's). */
  drawnEdgeCount(): number;
  /**
   * True when the network has so many edges that, at rest, sigma draws only the focus's and the
   * marks' (draw-policy), unless setAllEdges(true) asked for all of them.
   */
  readonly edgesOnDemand: boolean;
  /** Draws every edge of a network with edges on demand (true), or only those asked for (false). */
  setAllEdges(all: boolean): void;
  /** New palette or sizes for the same graph. */
  restyle(options: Pick<RendererOptions, 'paperColor' | 'nodeSize'>): void;
  zoomIn(): Promise<void>;
  zoomOut(): Promise<void>;
  fit(): Promise<void>;
  /** Back to the whole network at once, without animation (a new graph was set). */
  resetCamera(): void;
  /** The container changed size: redraw at the new size. */
  resize(): void;
  /**
   * Centres the camera on a node (zooming in if the view is wide); `offset.x` pixels left of and
   * `offset.y` pixels above the centre when something covers part of the canvas (the details panel).
   */
  focusNode(key: string, offset?: { x: number; y: number }): Promise<void>;
  /** Where a node is drawn, in CSS pixels relative to the container, or null when not drawn. */
  nodeViewportPosition(key: string): { x: number; y: number } | null;
  /** What sigma resolved for a node at the last render (null while the layout preview draws). */
  nodeDisplay(key: string): NodeDisplay | null;
  /** Draws pending changes now (synchronously). */
  refresh(): void;
  /** Runs the layout preview's drawing code on a made-up network, unseen (see PreviewController). */
  warmUpPreview(): void;
  kill(): void;
}

/**
 * Nodes and frames of the preview's warm-up: here the first frame takes 80–110 ms, the second
 * 15–35, the later ones 1–10 (compiled by then); 135–180 ms in all.
 */
const PRACTICE_ORDER = 1000;
const PRACTICE_FRAMES = 6;

const ANIMATION = { duration: 300 };

/** Runs `task` in a task of its own after the frame that follows the next one. */
const aFrameLater = (task: () => void): void => {
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(task)));
};
/** sigma's camera at first: the whole network framed. */
const FIRST_CAMERA = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
/** Pixels sigma keeps around the network (its `stagePadding`). */
const STAGE_PADDING = 40;

/** Pixels kept between a focused node's farthest neighbour and the edge of what is visible. */
const FOCUS_MARGIN = 60;
/** A focus never zooms in further than this camera ratio: less far in a small network, which is
 * readable whole and whose context matters more than a close-up. */
const MIN_FOCUS_RATIO = 0.12;
const MIN_FOCUS_RATIO_SMALL = 0.6;
const SMALL_NETWORK = 100;

/** Smallest extent, in layout units, that the camera frames (the sample spans about 115). */
const MIN_FRAME = 100;

export function createRenderer(
  container: HTMLElement,
  initialGraph: AbstractGraph,
  options: RendererOptions,
): RendererHandle {
  /** WebGL is rendered in software (known once sigma has its context). */
  let software = false;
  /**
   * In software WebGL sigma's first frame makes the GPU process compile its programs: about 1 s
   * here, and the page waited for it (the frame is read back to be shown). So that frame is drawn
   * unseen while the 2-D preview shows the network; sigma takes it over once the GPU is done
   * (warmUp). `cold`: sigma has drawn no network yet; `warming`: under way.
   */
  let cold = true;
  let warming = false;
  const initialSize = initialGraph.size + (options.edgesToCome?.count ?? 0);
  let policy = drawPolicy(initialGraph.order, initialSize);
  const ctx: StyleContext = {
    theme: { ...options.theme, font: primaryFamily(options.theme.font) },
    ...scaleFor(initialGraph.order, initialSize),
    paperColor: options.paperColor,
    nodeSize: options.nodeSize,
  };
  const primitives = {
    depthLayers: DEPTH_LAYERS,
    nodes: {
      shapes: [sdfCircle(), sdfSquare({ cornerRadius: 0.18 })],
      variables: RING_VARIABLES,
      layers: [layerFill(), layerRing()],
      label: { font: { family: ctx.theme.font }, margin: 5 },
    },
    edges: { paths: [pathLine()], layers: [layerPlain()] },
  } satisfies PrimitivesDeclaration;
  let allEdges = false;
  /** What sigma draws, out of the preview: the graph, or its nodes and the edges on demand only. */
  const toShow = (of: AbstractGraph): AbstractGraph =>
    policy.edgesOnDemand && !allEdges ? of.emptyCopy() : of;
  let shown = toShow(initialGraph);
  let graph = initialGraph;
  type SigmaRenderer = Sigma<
    Attributes,
    Attributes,
    Attributes,
    NodeUiState,
    EdgeUiState,
    GraphUiState,
    typeof primitives
  >;
  /**
   * Sigma, once set up. Its set-up holds the page for 0.45–0.8 s in software WebGL (a WebGL
   * context and a dozen programs, each a wait for the GPU process), so a network drawn at once in
   * a new renderer is first drawn by the 2-D preview, and sigma is set up a frame later: see
   * setUpLater below.
   */
  let sigma: SigmaRenderer | null = null;
  let camera: ReturnType<SigmaRenderer['getCamera']> | null = null;
  // A private field of sigma 4.0.4: where it is missing, the GPU is taken to be real.
  let gl: WebGL2RenderingContext | undefined;
  /** sigma's WebGL canvas (its layers are classed `sigma-<id>`): hidden while sigma warms up. */
  let stage: HTMLElement | null = null;
  /** Settles once sigma is set up (or the renderer killed before). */
  let isUp = (): void => undefined;
  const up = new Promise<void>((resolve) => (isUp = resolve));
  const setUp = (): void => {
    const renderer: SigmaRenderer = new Sigma(
      // Drawn once it is known where (the preview, or sigma warmed up or not): place().
      graph.nullCopy(),
      container,
      {
        primitives,
        customNodeState: {
          isActive: false,
          isSelected: false,
          isLabelled: false,
          isOut: false,
          isMarked: false,
        },
        customEdgeState: { isActive: false, isOut: false, isMarked: false },
        customGraphState: {
          hasFocus: false,
          focusDegree: 0,
          hasMarks: false,
          markCount: 0,
        },
        styles: createNetworkStyles(ctx),
        settings: {
          allowInvalidContainer: true,
          enableCameraRotation: false,
          enableCameraMouseRotation: false,
          autoRescaleContent: graph.order < 1000 ? 'labels' : 'nodes',
          stagePadding: STAGE_PADDING,
          minCameraRatio: 0.05,
          maxCameraRatio: 4,
          labelRenderedSizeThreshold: 0,
          hideEdgesOnMove: policy.hideEdgesOnMove,
          hideLabelsOnMove: policy.hideLabelsOnMove,
        },
      },
    );
    sigma = renderer;
    camera = renderer.getCamera();
    gl = (renderer as unknown as { webGLContext?: WebGL2RenderingContext }).webGLContext;
    stage = container.querySelector<HTMLElement>('.sigma-stage');
    // 0x9246: WEBGL_debug_renderer_info's UNMASKED_RENDERER_WEBGL, the renderer's real name.
    const name = gl?.getExtension('WEBGL_debug_renderer_info') && gl.getParameter(0x9246);
    software = isSoftwareRenderer(String(name));
    policy = drawPolicy(graph.order, graph.size, software);
    listen(renderer);
    frameSmallGraphs();
    isUp();
  };
  /**
   * sigma.setGraph(), with sigma's edge-group index pointed at the new graph first: sigma 4.0.4's
   * keeps the graph sigma was created with, so adding an edge to a later graph threw ("Graph.source:
   * could not find the … edge") and its groups were rebuilt from the old graph.
   */
  const setSigmaGraph = (next: AbstractGraph): void => {
    if (!sigma) return;
    (sigma as unknown as { edgeGroups: { graph: AbstractGraph } }).edgeGroups.graph = next;
    sigma.setGraph(next);
  };
  let laying = options.laying ?? false;
  let hovered: string | null = null;
  let activeNodes: ReadonlySet<string> = new Set();
  let activeEdges: ReadonlySet<string> = new Set();
  let selected: string | null = null;
  let kept: ReadonlySet<string> | null = null;
  let marked: ReadonlySet<string> | null = null;

  // Filters and marks are whole-graph states: set on every node and edge (a change is a user action,
  // not a frame), and again when another graph is drawn. An edge takes the state from its two ends.
  const setWholeState = (
    state: 'isOut' | 'isMarked',
    nodeOn: (key: string) => boolean,
    edgeOn: (sourceOn: boolean, targetOn: boolean) => boolean,
  ): void => {
    if (preview.active || !sigma) return; // applied when sigma takes the network over
    const nodes: [string[], string[]] = [[], []];
    graph.forEachNode((key) => nodes[nodeOn(key) ? 0 : 1].push(key));
    sigma.setNodesState(nodes[0], { [state]: true });
    sigma.setNodesState(nodes[1], { [state]: false });
    const edges: [string[], string[]] = [[], []];
    shown.forEachEdge((key, _a, source, target) =>
      edges[edgeOn(nodeOn(source), nodeOn(target)) ? 0 : 1].push(key),
    );
    sigma.setEdgesState(edges[0], { [state]: true });
    sigma.setEdgesState(edges[1], { [state]: false });
  };
  const isOut = (key: string): boolean => kept !== null && !kept.has(key);
  const isMarked = (key: string): boolean => marked !== null && marked.has(key);
  /** The edges between two marked nodes, while sigma shows edges on demand (else none). */
  let markedEdges: readonly string[] = [];
  /**
   * With edges on demand, sigma's graph holds the focus's edges and the marks' (both ends marked),
   * with their states: added and dropped as they change, so a frame draws a few hundred edges.
   */
  const showEdgesOnDemand = (): void => {
    if (preview.active || !sigma || shown === graph) return;
    const wanted = new Set([...activeEdges, ...markedEdges]);
    // One clear, then the wanted edges again: sigma 4.0.4 walks every node for each dropped edge.
    if (shown.someEdge((key) => !wanted.has(key))) shown.clearEdges();
    for (const key of wanted) {
      if (shown.hasEdge(key)) continue;
      shown.addEdgeWithKey(key, graph.source(key), graph.target(key), graph.getEdgeAttributes(key));
    }
    shown.forEachEdge((key, _a, source, target) => {
      sigma?.setEdgeState(key, {
        isActive: activeEdges.has(key),
        isOut: isOut(source) || isOut(target),
        isMarked: isMarked(source) && isMarked(target),
      });
    });
  };
  const applyFilter = (): void =>
    setWholeState('isOut', isOut, (sourceOut, targetOut) => sourceOut || targetOut);
  const applyMarks = (): void => {
    setWholeState('isMarked', isMarked, (sourceOn, targetOn) => sourceOn && targetOn);
    if (preview.active || !sigma) return;
    // Once per change of the marks, not at each hover (showEdgesOnDemand runs at both).
    markedEdges =
      marked === null || shown === graph
        ? []
        : graph.filterEdges((_key, _a, source, target) => isMarked(source) && isMarked(target));
    showEdgesOnDemand();
    const markCount =
      marked === null ? 0 : graph.filterNodes((k, a) => isMarked(k) && a.kind === 'paper').length;
    sigma.setGraphState({ hasMarks: marked !== null, markCount });
  };

  // A network of a few nodes would be stretched to fill the canvas, its nodes as large as plates:
  // frame at least MIN_FRAME layout units so a small network is drawn at the scale of a larger one.
  const frameSmallGraphs = (): void => {
    if (!sigma) return;
    const box = extentOf(graph.mapNodes((_k, a) => ({ x: Number(a.x), y: Number(a.y) })));
    const [minX, maxX, minY, maxY] = box ? [...box.x, ...box.y] : [0, 0, 0, 0];
    if (!box || Math.max(maxX - minX, maxY - minY) >= MIN_FRAME) {
      sigma.setCustomBBox(null);
      return;
    }
    const [cx, cy, half] = [(minX + maxX) / 2, (minY + maxY) / 2, MIN_FRAME / 2];
    sigma.setCustomBBox({ x: [cx - half, cx + half], y: [cy - half, cy + half] });
  };
  const markResting = (): void => {
    if (preview.active || !sigma) {
      preview.setState({ resting: restingLabels(graph) });
      return;
    }
    sigma.setNodesState(graph.nodes(), { isLabelled: false });
    sigma.setNodesState([...restingLabels(graph)], { isLabelled: true });
  };

  // What the preview frames: sigma is not told (a WebGL frame each layout step, for nothing drawn);
  // its camera maths are given the box's dimensions instead.
  let previewBox: Box | null = null;
  const previewFrame = (): { graphDimensions?: { width: number; height: number } } =>
    preview.active && previewBox ? { graphDimensions: boxDimensions(previewBox) } : {};
  /** Graph coordinates to the container's pixels, with the camera as it is now. */
  const previewProject = (point: { x: number; y: number }): { x: number; y: number } => {
    if (!previewBox) return sigma ? sigma.graphToViewport(point) : point;
    const framedAt = framedPoint(previewBox, point);
    const graphDimensions = boxDimensions(previewBox);
    if (sigma) return sigma.framedGraphToViewport(framedAt, { graphDimensions });
    // Before sigma is set up: its maths, for its camera's first state and its stage padding.
    const { offsetWidth: width, offsetHeight: height } = container;
    const matrix = matrixFromCamera(
      FIRST_CAMERA,
      { width, height },
      graphDimensions,
      STAGE_PADDING,
    );
    const at = multiplyVec2(matrix, framedAt);
    return { x: ((1 + at.x) * width) / 2, y: ((1 - at.y) * height) / 2 };
  };
  // While a layout moves a large network, a 2-D preview draws it and sigma holds an empty graph:
  // its camera and pointer handling stay, its costly frames of thousands of nodes wait for the end.
  const preview = createPreviewController({
    container,
    theme: ctx.theme,
    project: previewProject,
    cameraRatio: () => camera?.ratio ?? 1,
    setFrame(box) {
      previewBox = box;
    },
    nodeSize: (a) => drawnNodeSize(ctx, a),
    nodeColor: (a) => nodeColor(ctx, a),
    onEnterNode: (key) => options.onEnterNode?.(key),
    onLeaveNode: (key) => options.onLeaveNode?.(key),
  });
  /**
   * Sigma draws `graph` from now on (or its nodes and the edges on demand), with every state. The
   * states are set first: setGraph() processes the graph at once, and its label grid (which labels
   * may show) is only filled then, not when a state changes later.
   */
  const drawWithSigma = (): void => {
    if (!sigma) return;
    // This frame compiles sigma's programs: no warm-up after it.
    if (graph.order) cold = false;
    preview.stop();
    shown = toShow(graph);
    frameSmallGraphs();
    sigma.setNodesState(graph.nodes(), { isActive: false, isSelected: false });
    sigma.setEdgesState(shown.edges(), { isActive: false });
    activeNodes = new Set();
    activeEdges = new Set();
    markResting();
    applyFilter();
    applyMarks();
    handle.setFocus(hovered, selected);
    setSigmaGraph(shown);
  };
  /** The 2-D preview draws `graph` from now on, with `state`; sigma holds an empty graph. */
  const drawWithPreview = (state: Parameters<typeof preview.setState>[0]): void => {
    setSigmaGraph(graph.nullCopy());
    preview.start(graph);
    markResting();
    preview.setState({ ...state, all: previewAll() });
  };
  /** The preview draws every edge when asked, or at rest where sigma would (a warm-up). */
  const previewAll = (): boolean => allEdges || (!laying && !policy.edgesOnDemand);
  /**
   * Sigma's first frame, unseen: its stage hidden, the network with every kind of item sigma
   * draws (nodes, a ring, edges, labels, a hover backdrop), then a fence; once the GPU has
   * run it, the stage shows again and sigma draws `graph` unless the preview keeps it. Measured
   * here on the sample: the page free during the GPU's 1–2 s, the frame that follows about 50 ms.
   */
  const warmUp = (): void => {
    if (killed || !sigma || !gl || !stage) return;
    // Not a network the preview keeps meanwhile (another one came, larger): sigma's processing of
    // it would stop the page, and its first frame comes later anyway.
    if (!previewedByPolicy(graph, laying)) {
      // The network itself, so its items get their texture slots now (no made-up graph's keys in
      // them; see also the webglContextRestored handler below).
      const first = graph.nodes()[0] ?? '';
      sigma.setNodesState([...restingLabels(graph)], { isLabelled: true });
      sigma.setNodeState(first, { isActive: true, isSelected: true, isHovered: true });
      setSigmaGraph(toShow(graph));
      // Drawn (queued for the GPU) once, then gone: sigma's pointer must not find its nodes while
      // the preview answers, nor its hovered slot keep one.
      sigma.setNodeState(first, { isHovered: false });
      setSigmaGraph(graph.nullCopy());
    }
    void gpuDone(gl).then(() => {
      warming = false;
      if (stage) stage.style.opacity = '';
      // The preview cleared and sigma's frame drawn in one task: one frame shows both.
      if (!killed && !previewing(graph, laying)) drawWithSigma();
    });
  };
  let killed = false;
  /** Draws `graph` with sigma or with the preview (draw-policy), sigma warmed up first in software. */
  const place = (state: Parameters<typeof preview.setState>[0]): void => {
    // Only for a network sigma would draw now: one previewed while it lays out (from 1,000 nodes) is
    // handed over at the layout's end as before (warming up meanwhile competed with the layout for
    // the CPU: at 1,000 papers a task of 0.6–0.8 s during it, the layout 1.7 s longer).
    if (sigma && software && cold && gl && stage && graph.order > 0 && !previewing(graph, laying)) {
      cold = false;
      warming = true;
      // Hidden at once: the frames before the warm-up would wait for the GPU too (0.1 s here).
      stage.style.opacity = '0';
      // A frame after the preview's first, which is then the network's first (and the element
      // ready: a task queued from that frame's animation callbacks runs before this one).
      aFrameLater(warmUp);
    }
    if (previewing(graph, laying)) drawWithPreview(state);
    else drawWithSigma();
  };
  /** sigma's events. */
  function listen(renderer: SigmaRenderer): void {
    renderer.getCamera().on('updated', () => {
      if (preview.active) preview.schedule();
    });
    renderer.on('clickNode', ({ node }) => options.onClickNode?.(node));
    renderer.on('clickStage', ({ event }) => {
      const key = preview.active ? preview.nodeAt(event.x, event.y) : null;
      if (key !== null) options.onClickNode?.(key);
      else options.onClickStage?.();
    });
    renderer.on('enterNode', ({ node }) => options.onEnterNode?.(node));
    renderer.on('leaveNode', ({ node }) => options.onLeaveNode?.(node));
    renderer.on('webglContextLost', () => options.onContextLost?.());
    renderer.on('webglContextRestored', () => {
      // sigma 4.0.4 refreshes right after this event but keeps its node and edge texture slots:
      // after a graph whose nodes were partly dropped (the coauthor view), some nodes were then
      // drawn from empty slots or another node's. Cleared (private fields), every item gets one.
      const { internals } = renderer as unknown as {
        internals: Record<'nodeDataTexture' | 'edgeDataTexture', { clear(): void }>;
      };
      internals.nodeDataTexture.clear();
      internals.edgeDataTexture.clear();
      options.onContextRestored?.();
    });
  }

  const diffState = <S>(
    previous: ReadonlySet<string>,
    next: ReadonlySet<string>,
    set: (keys: string[], state: S) => void,
    on: S,
    off: S,
  ): void => {
    set(
      [...previous].filter((k) => !next.has(k)),
      off,
    );
    set(
      [...next].filter((k) => !previous.has(k)),
      on,
    );
  };

  const handle: RendererHandle = {
    get graph() {
      return graph;
    },
    warmUpPreview: () => preview.warmUp(practiceNetwork(PRACTICE_ORDER), PRACTICE_FRAMES),
    setGraph(next) {
      if (next === graph) return;
      activeNodes = new Set();
      activeEdges = new Set();
      graph = next;
      Object.assign(ctx, scaleFor(next.order, next.size));
      policy = drawPolicy(next.order, next.size, software);
      sigma?.setSettings({
        autoRescaleContent: next.order < 1000 ? 'labels' : 'nodes',
        hideEdgesOnMove: policy.hideEdgesOnMove,
        hideLabelsOnMove: policy.hideLabelsOnMove,
      });
      place({ kept, marked });
    },
    setFocus(hover, selection) {
      hovered = hover !== null && graph.hasNode(hover) ? hover : null;
      const renderer = sigma;
      if (preview.active || !renderer) {
        selected = selection !== null && graph.hasNode(selection) ? selection : null;
        preview.setState({ hover: hovered, selection: selected });
        return;
      }
      const around = neighbourhood(graph, focusOf(hover, selection));
      const nodes = around?.nodes ?? new Set<string>();
      const edges = around?.edges ?? new Set<string>();
      const setNodes = (keys: string[], s: Partial<NodeUiState>): void => {
        renderer.setNodesState(keys, s);
      };
      const setEdges = (keys: string[], s: Partial<EdgeUiState>): void => {
        renderer.setEdgesState(keys, s);
      };
      diffState(activeNodes, nodes, setNodes, { isActive: true }, { isActive: false });
      if (shown === graph)
        diffState(activeEdges, edges, setEdges, { isActive: true }, { isActive: false });
      activeNodes = nodes;
      activeEdges = edges;
      showEdgesOnDemand();
      const nextSelected = selection !== null && graph.hasNode(selection) ? selection : null;
      if (selected !== null && selected !== nextSelected && graph.hasNode(selected)) {
        renderer.setNodeState(selected, { isSelected: false });
      }
      if (nextSelected !== null) renderer.setNodeState(nextSelected, { isSelected: true });
      selected = nextSelected;
      renderer.setGraphState({ hasFocus: around !== null, focusDegree: nodes.size - 1 });
    },
    setFilter(next) {
      kept = next;
      preview.setState({ kept });
      applyFilter();
    },
    setMarks(next) {
      marked = next;
      preview.setState({ marked });
      applyMarks();
    },
    setLaying(next) {
      laying = next;
      if (previewing(graph, laying) === preview.active) return;
      if (preview.active) {
        drawWithSigma();
      } else {
        drawWithPreview({ kept, marked, hover: hovered, selection: selected });
      }
    },
    get edgesOnDemand() {
      return policy.edgesOnDemand;
    },
    setAllEdges(all) {
      if (all === allEdges) return;
      allEdges = all;
      preview.setState({ all: previewAll() });
      if (policy.edgesOnDemand && !preview.active) drawWithSigma();
    },
    drawnEdgeCount() {
      if (preview.active) return preview.drawnEdgeCount();
      let drawn = 0;
      graph.forEachEdge((key) => {
        if (sigma?.getEdgeDisplayData(key)?.visibility === 'visible') drawn += 1;
      });
      return drawn;
    },
    restyle(next) {
      ctx.paperColor = next.paperColor;
      ctx.nodeSize = next.nodeSize;
      markResting();
      if (preview.active) preview.restyle();
      else sigma?.refresh();
    },
    // Before sigma is set up its camera is yet to be: nothing to zoom, and it starts framed.
    zoomIn: async () => camera?.zoomIn(ANIMATION),
    zoomOut: async () => camera?.zoomOut(ANIMATION),
    fit: async () => camera?.animate(FIRST_CAMERA, ANIMATION),
    resetCamera() {
      // A running animation (a focus, a zoom) would otherwise carry on from the old graph's framing.
      camera?.cancelAnimation();
      camera?.setState(FIRST_CAMERA);
    },
    resize() {
      sigma?.resize();
      sigma?.scheduleRender();
      if (preview.active) preview.schedule();
    },
    async focusNode(key, offset = { x: 0, y: 0 }) {
      await up;
      const data = framed(key);
      const [renderer, eye] = [sigma, camera];
      if (!data || !renderer || !eye) return;
      const { width, height } = renderer.getDimensions();
      // Zoom so the node's neighbours fit in what the panel leaves visible, with a margin.
      const atFull = { x: data.x, y: data.y, ratio: 1, angle: 0 };
      const centre = renderer.framedGraphToViewport(data, {
        cameraState: atFull,
        ...previewFrame(),
      });
      let reach = 0;
      graph.forEachNeighbor(key, (neighbour) => {
        const other = framed(neighbour);
        if (!other) return;
        const p = renderer.framedGraphToViewport(other, { cameraState: atFull, ...previewFrame() });
        reach = Math.max(reach, Math.abs(p.x - centre.x), Math.abs(p.y - centre.y));
      });
      const room = Math.max(
        40,
        Math.min(width / 2 - offset.x, height / 2 - offset.y) - FOCUS_MARGIN,
      );
      const floor = graph.order < SMALL_NETWORK ? MIN_FOCUS_RATIO_SMALL : MIN_FOCUS_RATIO;
      const ratio = Math.min(1, Math.max(floor, reach / room));
      const target = { x: data.x, y: data.y, ratio, angle: 0 };
      // The framed point that sits `offset` right of and below the centre when the node is centred.
      const shifted = renderer.viewportToFramedGraph(
        { x: width / 2 + offset.x, y: height / 2 + offset.y },
        { cameraState: target, ...previewFrame() },
      );
      await eye.animate({ ...target, x: shifted.x, y: shifted.y }, ANIMATION);
    },
    nodeViewportPosition(key) {
      if (!graph.hasNode(key)) return null;
      const a = graph.getNodeAttributes(key);
      const point = { x: Number(a.x), y: Number(a.y) };
      return preview.active || !sigma ? previewProject(point) : sigma.graphToViewport(point);
    },
    nodeDisplay(key) {
      const data = sigma?.getNodeDisplayData(key);
      if (!sigma || !data) return null;
      const { color, opacity, size, labelVisibility } = data;
      const labelShown = sigma.getNodeDisplayedLabels().has(key);
      return { color, opacity, size, labelVisibility, labelShown };
    },
    refresh: () => {
      sigma?.refresh();
    },
    kill: () => {
      killed = true;
      isUp();
      preview.kill();
      sigma?.kill();
    },
  };
  /** Where sigma puts a node in its framed coordinates (the preview's nodes are not in sigma). */
  function framed(key: string): { x: number; y: number } | null {
    if (!sigma) return null;
    if (!preview.active) return sigma.getNodeDisplayData(key) ?? null;
    if (!graph.hasNode(key)) return null;
    const a = graph.getNodeAttributes(key);
    const point = { x: Number(a.x), y: Number(a.y) };
    return previewBox ? framedPoint(previewBox, point) : sigma.graphToFramedGraph(point);
  }
  /** A large network is previewed while a layout moves it, a huge one also at rest (draw-policy). */
  function previewedByPolicy(of: AbstractGraph, layingNow: boolean): boolean {
    const { previewWhileLaying, previewAtRest } = drawPolicy(of.order, of.size, software);
    return (layingNow && previewWhileLaying) || previewAtRest;
  }
  /** ...and any network until sigma is set up and while it warms up. */
  function previewing(of: AbstractGraph, layingNow: boolean): boolean {
    return !sigma || warming || previewedByPolicy(of, layingNow);
  }
  // Last: drawing uses the handle (setFocus).
  if (initialGraph.order > 0 && !previewedByPolicy(initialGraph, laying)) {
    // setUpLater: the preview draws the network at once (the element is ready at its frame), and
    // sigma is set up in a task after it, a frame later; sigma then takes over as place() says.
    place({});
    const takeOver = (): void => {
      if (killed) return;
      setUp();
      place({ kept, marked, hover: hovered, selection: selected });
    };
    aFrameLater(() => {
      if (options.edgesToCome) void options.edgesToCome.added.then(takeOver, takeOver);
      else takeOver();
    });
  } else {
    setUp();
    place({});
  }
  return handle;
}
