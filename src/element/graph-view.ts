// The element's canvas: lays a graph out (before its first frame, or in a worker) and has sigma draw it.
import type { AbstractGraph } from 'graphology-types';
import { afterPaint } from '../dom/after-paint';
import { measureStep, stepStart } from '../dom/perf-marks';
import { projectCoauthors } from '../graph/project-coauthors';
import type { CoauthorGraph } from '../graph/types';
import {
  startLayoutJob,
  WORKER_LAYOUT_FROM,
  type LayoutJob,
  type LayoutJobStatus,
} from '../layout/layout-worker';
import { DEFAULT_LAYOUT_OPTIONS, nodeSize, runLayout } from '../layout/run-layout';
import type { LoadedNetwork } from '../pipeline/load-network';
import {
  createRenderer,
  WebGLUnavailableError,
  type Rect,
  type RendererHandle,
} from '../renderer/create-renderer';
import { primaryFamily, type RendererTheme } from '../renderer/theme';
import type { ViewMode } from '../state/store';

/**
 * The seed of every layout the viewer runs, the command line's default: the same profile gives the
 * same picture on every load, and the same as `cli layout` writes.
 */
export const LAYOUT_SEED = DEFAULT_LAYOUT_OPTIONS.seed;

/** Graphs a layout has run to its end: shown again (the other view, a new theme) they keep their positions. */
const laidOutGraphs = new WeakSet<AbstractGraph>();

export interface GraphViewCallbacks {
  onClickNode(key: string): void;
  onClickStage(): void;
  onEnterNode(key: string): void;
  onLeaveNode(key: string): void;
  /** A worker layout started, progressed, stopped or ended (null: no layout is running). */
  onLayoutStatus(status: LayoutJobStatus | null): void;
  /** The WebGL context was lost (true) or restored (false). */
  onContextLost(lost: boolean): void;
  /** Why the network cannot be drawn here (no WebGL2), or null once it is drawn. */
  onUndrawable(reason: string | null): void;
  /** What covers the canvas (toolbar, legend, an open panel), in pixels of the container. */
  coveredAreas(): readonly Rect[];
  /** Settles once the element has rendered what the callbacks above changed. */
  rendered(): Promise<unknown>;
}

export interface ShowOptions {
  theme: RendererTheme;
  paperColor(category: string | null): string;
}

/** Waits (briefly) for the label font so sigma's SDF atlas is built with it, not a fallback. */
async function fontReady(fontList: string): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  const family = primaryFamily(fontList);
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, 1500));
  const loaded = document.fonts.load(`12px "${family}"`).then(
    () => undefined,
    () => undefined,
  );
  await Promise.race([loaded, timeout]);
}

export class GraphView {
  renderer: RendererHandle | null = null;
  /** The graph on screen (also when it cannot be drawn). */
  shown: AbstractGraph | null = null;
  private job: LayoutJob | null = null;
  private projection: { of: CoauthorGraph; graph: AbstractGraph } | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly callbacks: GraphViewCallbacks,
  ) {}

  /** Shows a loaded network in a view: its author–paper graph, or its coauthor projection. */
  showNetwork(network: LoadedNetwork, view: ViewMode, options: ShowOptions): Promise<void> {
    if (view === 'network') return this.show(network.graph, options, network.laidOut);
    if (this.projection?.of !== network.graph) {
      this.projection = { of: network.graph, graph: projectCoauthors(network.graph) };
    }
    return this.show(this.projection.graph, options, false);
  }

  /** Brings a node into view, clear of what covers the canvas. */
  async focusNode(key: string): Promise<void> {
    await this.renderer?.focusNode(key);
  }

  /**
   * Lays `graph` out unless it has positions, and draws it; settles once the laid-out network is
   * on screen. A large graph is drawn while a worker lays it out; then nothing moves but what the
   * user moves.
   */
  async show(graph: AbstractGraph, options: ShowOptions, laidOut: boolean): Promise<void> {
    this.stopJob();
    const start = stepStart();
    if (!laidOut && !laidOutGraphs.has(graph)) {
      if (graph.order < WORKER_LAYOUT_FROM) {
        const { iterations } = runLayout.assign(graph, { seed: LAYOUT_SEED });
        laidOutGraphs.add(graph);
        measureStep('layout', start, { iterations, mode: 'sync' });
      } else {
        this.job = startLayoutJob(graph, {
          seed: LAYOUT_SEED,
          onStatus: (status) => {
            if (!status.done) this.renderer?.setLaying(status.running);
            this.callbacks.onLayoutStatus(status);
          },
        });
      }
    }
    await fontReady(options.theme.font);
    this.draw(graph, options);
    const job = this.job;
    this.renderer?.setLaying(job?.status().running ?? false);
    await afterPaint();
    measureStep('first-frame', start);
    if (job) {
      await job.finished;
      if (this.job !== job) return;
      laidOutGraphs.add(graph);
      measureStep('layout', start, { iterations: job.iterations(), mode: job.status().mode });
      this.job = null;
      this.callbacks.onLayoutStatus(null);
      // Framed once the progress bar has gone: what it covered is free again.
      await this.callbacks.rendered();
      if (this.job !== null || this.shown !== graph) return;
      this.renderer?.setLaying(false);
      this.renderer?.refit();
      await afterPaint();
    }
  }

  /** A renderer for `graph` in place of the one before (one renderer draws one graph). */
  private draw(graph: AbstractGraph, options: ShowOptions): void {
    this.renderer?.kill();
    this.renderer = null;
    this.shown = graph;
    try {
      this.renderer = createRenderer(this.container, graph, {
        theme: options.theme,
        paperColor: options.paperColor,
        nodeSize: (a) => nodeSize(a),
        coveredAreas: () => this.callbacks.coveredAreas(),
        onClickNode: (key) => this.callbacks.onClickNode(key),
        onClickStage: () => this.callbacks.onClickStage(),
        onEnterNode: (key) => this.callbacks.onEnterNode(key),
        onLeaveNode: (key) => this.callbacks.onLeaveNode(key),
        onContextLost: () => this.callbacks.onContextLost(true),
        onContextRestored: () => this.callbacks.onContextLost(false),
      });
      this.callbacks.onUndrawable(null);
    } catch (error) {
      if (!(error instanceof WebGLUnavailableError)) throw error;
      this.callbacks.onUndrawable(error.message);
    }
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
    this.callbacks.onLayoutStatus(null);
  }

  kill(): void {
    this.stopJob();
    this.renderer?.kill();
    this.renderer = null;
  }
}
