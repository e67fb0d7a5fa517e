// Runs ForceAtlas2 on a graph in a worker, one iteration per message, writing positions back after
// each: graphology-layout-forceatlas2/worker's supervisor, with the worker started by
// startWorker('fa2') (a module file in the app, the library file itself in the library) instead of
// a second copy of the algorithm built from a function's source.
import type { AbstractGraph } from 'graphology-types';
import DEFAULT_SETTINGS from 'graphology-layout-forceatlas2/defaults.js';
import { assignLayoutChanges, graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import { createEdgeWeightGetter } from 'graphology-utils/getters';
import { startWorker } from '../workers/start-worker';
import type { Fa2Reply, Fa2Request } from './fa2-task';

/** What the layout job needs of a supervisor (tests pass their own). */
export interface LayoutSupervisor {
  start(): void;
  stop(): void;
  kill(): void;
  isRunning(): boolean;
  /** The worker, for its `error` event; absent in test doubles. */
  readonly worker?: Worker;
}

export class Fa2Supervisor implements LayoutSupervisor {
  readonly worker: Worker;
  private readonly graph: AbstractGraph;
  private readonly settings: object;
  private readonly edgeWeight = createEdgeWeightGetter('weight').fromEntry;
  private nodes: Float32Array | null = null;
  private running = false;
  private killed = false;

  /** Throws where no worker can start (the layout job then runs on the main thread). */
  constructor(graph: AbstractGraph, settings: object) {
    this.graph = graph;
    // Completed with the defaults, as forceAtlas2.assign() and the package's supervisor do.
    this.settings = { ...DEFAULT_SETTINGS, ...settings };
    this.worker = startWorker('fa2');
    this.worker.addEventListener('message', (event: MessageEvent<Fa2Reply>) => this.receive(event));
  }

  isRunning(): boolean {
    return this.running;
  }

  /** Builds fresh matrices from the graph's positions (as the package's supervisor does) and runs. */
  start(): void {
    if (this.killed) throw new Error('Fa2Supervisor.start: the layout was killed');
    if (this.running) return;
    const matrices = graphToByteArrays(this.graph, this.edgeWeight);
    this.nodes = matrices.nodes;
    this.running = true;
    this.ask(matrices.edges);
  }

  /** Stops after the iteration in flight, whose result is then dropped. */
  stop(): void {
    this.running = false;
  }

  kill(): void {
    if (this.killed) return;
    this.running = false;
    this.killed = true;
    this.nodes = null;
    this.worker.terminate();
  }

  private receive(event: MessageEvent<Fa2Reply>): void {
    if (!this.running) return;
    const nodes = new Float32Array(event.data.nodes);
    this.nodes = nodes;
    assignLayoutChanges(this.graph, nodes, null);
    // The graph's listeners (the layout job) may have stopped or killed us meanwhile.
    if (this.running) this.ask();
  }

  private ask(edges?: Float32Array): void {
    if (!this.nodes) return;
    const request: Fa2Request = {
      settings: this.settings,
      nodes: this.nodes.buffer as ArrayBuffer,
    };
    const transfer: Transferable[] = [request.nodes];
    if (edges) {
      request.edges = edges.buffer as ArrayBuffer;
      transfer.push(request.edges);
    }
    this.worker.postMessage(request, transfer);
  }
}
