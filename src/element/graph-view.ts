// The element's canvas: lays a graph out (before the first frame, or in a worker) and hands it to the renderer.
import type { AbstractGraph, Attributes } from 'graphology-types';
import { DEFAULT_LAYOUT_OPTIONS, nodeSize, runLayout } from '../layout/run-layout';
import {
  startLayoutJob,
  WORKER_LAYOUT_FROM,
  type LayoutJob,
  type LayoutJobStatus,
} from '../layout/layout-worker';
import { projectCoauthors } from '../graph/project-coauthors';
import type { CoauthorGraph } from '../graph/types';
import Graph from 'graphology';
import {
  createRenderer,
  type RendererHandle,
  type RendererOptions,
} from '../renderer/create-renderer';
import type { ViewMode } from '../state/store';
import type { LoadedNetwork } from '../pipeline/load-network';
import { primaryFamily, type RendererTheme } from '../renderer/theme';
import { measureStep, stepStart } from '../dom/perf-marks';
import { afterPaint } from '../dom/after-paint';

/**
 * The seed of every layout the viewer runs, the command line's default: the same profile gives the
 * same picture on every load, and the same as `cli layout` writes.
 */
export const LAYOUT_SEED = DEFAULT_LAYOUT_OPTIONS.seed;

/**
 * Graphs a layout has run to its end: shown again (the other view and back, a new theme) they keep
 * their positions instead of being laid out again (156 s for 30,000 papers here).
 */
const laidOutGraphs = new WeakSet<AbstractGraph>();

export interface GraphViewCallbacks {
  onClickNode(key: string): void;
  onClickStage(): void;
  onEnterNode(key: string): void;
  onLeaveNode(key: string): void;
  /** A worker layout started, progressed, stopped or ended (null: no layout is running). */
  onLayoutStatus(status: LayoutJobStatus | null): void;
  /** The WebGL context was lost (true) or restored (false). */
  onContextLost?(lost: boolean): void;
}

export interface ShowOptions {
  theme: RendererTheme;
  paperColor(category: string | null): string;
  /** The graph already has positions (a graph file): draw it as it is. */
  laidOut: boolean;
  /** Edges still to add to the graph (LoadedNetwork.rest): added after its first frame. */
  rest?: LoadedNetwork['rest'];
}

/** Waits (briefly) for the label font so sigma's SDF atlas is built with it, not a fallback. */
async function fontReady(fontList: string): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  const family = primaryFamily(fontList);
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, 1500));
  await Promise.race([
    document.fonts.load(`12px "${family}"`).then(
      () => undefined,
      () => undefined,
    ),
    timeout,
  ]);
}

export class GraphView {
  renderer: RendererHandle | null = null;
  private job: LayoutJob | null = null;
  private projection: { of: CoauthorGraph; graph: AbstractGraph } | null = null;
  private readonly resizeObserver: ResizeObserver;

  constructor(
    private readonly container: HTMLElement,
    private readonly callbacks: GraphViewCallbacks,
  ) {
    // sigma only listens to the window's resizes; the element can change size on its own. A graph
    // framed while the canvas had no size (the element started hidden) is framed again when shown.
    let hadNoSize = true;
    this.resizeObserver = new ResizeObserver(([entry]) => {
      const noSize = !entry || entry.contentRect.width === 0 || entry.contentRect.height === 0;
      this.renderer?.resize();
      if (hadNoSize && !noSize) this.renderer?.refresh();
      hadNoSize = noSize;
    });
    this.resizeObserver.observe(container);
  }

  /** Shows a loaded network in a view: its author–paper graph, or its coauthor projection. */
  async showNetwork(
    network: LoadedNetwork,
    view: ViewMode,
    options: Omit<ShowOptions, 'laidOut' | 'rest'>,
  ): Promise<void> {
    const { graph, laidOut, rest } = network;
    if (view === 'network') return this.show(graph, { ...options, laidOut, rest });
    // The coauthors are projected from the authorships: all of them.
    await rest?.add();
    if (this.projection?.of !== network.graph) {
      this.projection = { of: network.graph, graph: projectCoauthors(network.graph) };
    }
    return this.show(this.projection.graph, { ...options, laidOut: false });
  }

  /**
   * Brings a node into view; when `covered` (the details panel) hides the right of the canvas or
   * its bottom (a narrow element), the node goes to the middle of what stays visible.
   */
  async focusNode(key: string, covered: DOMRect | null): Promise<void> {
    const stage = this.container.getBoundingClientRect();
    const offset = { x: 0, y: 0 };
    if (covered && covered.left > stage.left + stage.width / 3) {
      offset.x = (stage.right - covered.left) / 2;
    } else if (covered && covered.top > stage.top + stage.height / 4) {
      offset.y = (stage.bottom - covered.top) / 2;
    }
    await this.renderer?.focusNode(key, offset);
  }

  /**
   * Creates the renderer, on an empty graph, before the network is known: while a worker parses a
   * large input the main thread is idle, and sigma's set-up (its WebGL programs) is then off the
   * path to the first frame. show() draws into it.
   */
  async prepare(options: Pick<ShowOptions, 'theme'>): Promise<void> {
    if (this.renderer) return;
    await fontReady(options.theme.font);
    if (this.renderer) return;
    this.renderer = this.createRenderer(new Graph(), {
      theme: options.theme,
      paperColor: () => options.theme.author,
      nodeSize: (a) => nodeSize(a),
      laying: false,
    });
    // While the worker parses, in a task of its own: the preview's first frames will then be warm.
    setTimeout(() => this.renderer?.warmUpPreview(), 0);
  }

  /** Lays `graph` out if needed and draws it; settles once positions are final and drawn. */
  async show(graph: AbstractGraph, options: ShowOptions): Promise<void> {
    this.stopJob();
    const layoutStart = stepStart();
    const laidOut = options.laidOut || laidOutGraphs.has(graph);
    if (!laidOut) {
      if (graph.order < WORKER_LAYOUT_FROM) {
        const { iterations } = runLayout.assign(graph, { seed: LAYOUT_SEED });
        laidOutGraphs.add(graph);
        measureStep('layout', layoutStart, { iterations, mode: 'sync' });
      } else {
        this.job = startLayoutJob(graph, {
          seed: LAYOUT_SEED,
          onStatus: (status) => {
            // A large network is previewed in 2-D while its nodes move (draw-policy). At the end,
            // show() hands it to sigma once the layout is timed: the hand-over is not layout work.
            if (!status.done) this.renderer?.setLaying(status.running);
            this.callbacks.onLayoutStatus(status);
          },
        });
      }
    }
    // Edges still to come are added after the first frame of a new renderer (its preview draws
    // the nodes); an existing one may hold sigma, which would draw the graph as it grows.
    if (this.renderer) await options.rest?.add();
    else await fontReady(options.theme.font);
    const style = {
      paperColor: options.paperColor,
      nodeSize: (a: Attributes) => nodeSize(a),
    };
    // A large laid-out network (a graph file, or one shown before) shows in the 2-D preview at once,
    // then sigma takes it over: its first WebGL frame of thousands of items takes seconds in software.
    const previewFirst = laidOut && graph.order >= WORKER_LAYOUT_FROM;
    const running = this.job?.status().running ?? false;
    const laying = running || previewFirst;
    // Timed to the frame on screen: in software WebGL the GPU process draws it after this task,
    // whose renderer draws it.
    const painted = afterPaint().then(() => measureStep('first-frame', layoutStart));
    const { rest } = options;
    const edgesToCome = rest && { count: rest.edges, added: painted.then(() => rest.add()) };
    if (this.renderer) {
      this.renderer.restyle(style);
      this.renderer.setLaying(laying);
      this.renderer.setGraph(graph);
    } else {
      // Unless a layout runs, a new renderer has the preview draw first and sets sigma up a frame
      // later (createRenderer), once edges still to come are in: a graph file's network too,
      // which sigma takes over after that.
      this.renderer = this.createRenderer(graph, {
        theme: options.theme,
        ...style,
        laying: running,
        edgesToCome,
      });
    }
    this.renderer.resetCamera();
    this.renderer.refresh();
    if (previewFirst) {
      // Sigma takes the network over in a task of its own, a frame after the preview's.
      await painted;
      await afterPaint();
      if (this.renderer?.graph === graph) this.renderer.setLaying(false);
    }
    const job = this.job;
    if (job) {
      await job.finished;
      if (this.job === job) {
        laidOutGraphs.add(graph);
        measureStep('layout', layoutStart, {
          iterations: job.iterations(),
          mode: job.status().mode,
        });
        this.job = null;
        this.callbacks.onLayoutStatus(null);
        // The final positions are drawn (by the preview of a large network), then sigma takes over
        // in a task of its own.
        await afterPaint();
        if (!this.job && this.renderer?.graph === graph) this.renderer.setLaying(false);
      }
    }
    await edgesToCome?.added;
    await afterPaint();
  }

  private createRenderer(
    graph: AbstractGraph,
    options: Pick<RendererOptions, 'theme' | 'paperColor' | 'nodeSize' | 'laying' | 'edgesToCome'>,
  ): RendererHandle {
    return createRenderer(this.container, graph, {
      ...options,
      onClickNode: (key) => this.callbacks.onClickNode(key),
      onClickStage: () => this.callbacks.onClickStage(),
      onEnterNode: (key) => this.callbacks.onEnterNode(key),
      onLeaveNode: (key) => this.callbacks.onLeaveNode(key),
      onContextLost: () => this.callbacks.onContextLost?.(true),
      onContextRestored: () => this.callbacks.onContextLost?.(false),
    });
  }

  /** Stops a running layout, or resumes a stopped one. */
  toggleLayout(): void {
    const job = this.job;
    if (!job) return;
    if (job.status().running) job.stop();
    else job.resume();
  }

  private stopJob(): void {
    if (!this.job) return;
    this.job.kill();
    this.job = null;
    this.renderer?.setLaying(false);
    this.callbacks.onLayoutStatus(null);
  }

  kill(): void {
    this.resizeObserver.disconnect();
    this.stopJob();
    this.renderer?.kill();
    this.renderer = null;
  }
}
