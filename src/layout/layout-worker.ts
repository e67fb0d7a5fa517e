// ForceAtlas2 for large graphs off the main thread, with progress, stop/resume and a main-thread fallback.
import type { AbstractGraph } from 'graphology-types';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { DEFAULT_LAYOUT_OPTIONS, planLayout, removeOverlaps } from './run-layout';
import { startWorker } from '../workers/start-worker';
import { watchWorkerRefusal } from '../workers/worker-refusal';
import type { OverlapReply, OverlapRequest } from './overlap-task';

/** What the layout job needs of ForceAtlas2's worker supervisor (tests pass their own). */
export interface LayoutSupervisor {
  start(): void;
  stop(): void;
  kill(): void;
  isRunning(): boolean;
}

/** From this many nodes on, the viewer lays out in a worker instead of before the first frame. */
export const WORKER_LAYOUT_FROM = 1000;

/**
 * The displayed graph gets new positions at most this often while the layout runs, and less often
 * when drawing is slow: a software-rendered frame of a large graph can take half a second, and the
 * worker's iterations wait for the main thread.
 */
export const DEFAULT_PUBLISH_INTERVAL_MS = 250;
/** The pause between two publications is at least this many times the cost of the last one. */
const PUBLISH_COST_FACTOR = 4;
const MAX_PUBLISH_INTERVAL_MS = 3000;

/**
 * With no iteration back from the worker this long after the first frame, it is taken as blocked
 * (a CSP violation is caught at once). Long: on a loaded machine a big graph's first iteration
 * can take seconds.
 */
export const WORKER_WATCHDOG_MS = 15_000;
/** ...plus this much a node: a 38,000-node graph's first iteration took over 15 s on a loaded machine. */
const WATCHDOG_MS_PER_NODE = 2;

/** Iterations per synchronous call when the worker is blocked (each call rebuilds FA2's matrices). */
const MAIN_THREAD_CHUNK = 5;

/** Shown when the worker cannot run: a Content-Security-Policy whose `worker-src` leaves out `blob:`. */
export const WORKER_BLOCKED_NOTE =
  'The page does not allow web workers (its Content-Security-Policy), so the layout runs on the main thread.';

function afterNextFrame(callback: () => void): void {
  if (typeof requestAnimationFrame === 'function') {
    requestAnimationFrame(() => setTimeout(callback, 0));
  } else setTimeout(callback, 0);
}

/**
 * removeOverlaps() in a worker of its own (at 10,000 nodes it blocks for seconds), with the same
 * result; on the main thread where no worker starts.
 */
function removeOverlapsOffThread(work: AbstractGraph, seed: number): Promise<void> {
  const keys = work.nodes();
  const request: OverlapRequest = {
    keys,
    xs: Float64Array.from(keys, (key) => work.getNodeAttribute(key, 'x') as number),
    ys: Float64Array.from(keys, (key) => work.getNodeAttribute(key, 'y') as number),
    sizes: Float64Array.from(keys, (key) => work.getNodeAttribute(key, 'size') as number),
    seed,
  };
  return new Promise<void>((resolve) => {
    const onMainThread = (): void => {
      removeOverlaps(work, seed);
      resolve();
    };
    let worker: Worker;
    try {
      worker = startWorker('overlap');
    } catch {
      onMainThread();
      return;
    }
    worker.addEventListener('message', (event: MessageEvent<OverlapReply>) => {
      worker.terminate();
      const { xs, ys } = event.data;
      let i = 0;
      work.updateEachNodeAttributes(
        (_node, a) => {
          const moved = { ...a, x: xs[i] as number, y: ys[i] as number };
          i += 1;
          return moved;
        },
        { attributes: ['x', 'y'] },
      );
      resolve();
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      onMainThread();
    });
    worker.postMessage(request);
  });
}

export interface LayoutJobStatus {
  /** Iterations done over iterations planned, 0..1. */
  progress: number;
  running: boolean;
  done: boolean;
  mode: 'worker' | 'main-thread';
  /** Why the layout is not where it was meant to be, or null. */
  note: string | null;
}

export interface LayoutJob {
  status(): LayoutJobStatus;
  /** ForceAtlas2 iterations run so far. */
  iterations(): number;
  stop(): void;
  resume(): void;
  /** Settles when the planned iterations have run and the final positions are in the graph. */
  readonly finished: Promise<void>;
  kill(): void;
}

export interface LayoutJobOptions {
  seed?: number;
  iterations?: number;
  publishIntervalMs?: number;
  /** Called on every status change (progress, stop, resume, fallback, done). */
  onStatus?(status: LayoutJobStatus): void;
  /** How long to wait for the worker's first iteration (default WORKER_WATCHDOG_MS). */
  watchdogMs?: number;
  /** Tests use it to simulate a page where workers are blocked. */
  createSupervisor?: (graph: AbstractGraph, settings: object) => LayoutSupervisor;
}

/**
 * Lays `graph` out as runLayout does, in a worker: the same plan (planLayout: the coauthor
 * network first for a large graph, then the whole graph, its last share with `adjustSizes`), the
 * same overlap removal; positions are written into `graph` at a bounded rate meanwhile. Each
 * phase runs exactly its iterations from fresh matrices, as runLayout's, so the result is
 * runLayout's unless someone stops and resumes it (or the worker is blocked: the main-thread
 * fallback runs in short chunks).
 */
export function startLayoutJob(graph: AbstractGraph, options: LayoutJobOptions = {}): LayoutJob {
  const seed = options.seed ?? DEFAULT_LAYOUT_OPTIONS.seed;
  const { work, phases } = planLayout(graph, seed, options.iterations ?? 'auto');
  const total = phases.reduce((sum, p) => sum + p.iterations, 0);
  /** Where each phase ends, counted in iterations from the start of the layout. */
  const ends = phases.map((_p, i) =>
    phases.slice(0, i + 1).reduce((sum, p) => sum + p.iterations, 0),
  );
  let phase = 0;
  /** The phase running (the last one once all have ended: its graph is the layout graph). */
  const current = (): (typeof phases)[number] => phases[Math.min(phase, phases.length - 1)]!;
  const status: LayoutJobStatus = {
    progress: 0,
    running: true,
    done: false,
    mode: 'worker',
    note: null,
  };
  let done = 0;
  let killed = false;
  let supervisor: LayoutSupervisor | null = null;
  let mainThreadTimer: ReturnType<typeof setTimeout> | null = null;
  let resolveFinished: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (resolveFinished = resolve));

  const publish = (): void => {
    // A phase on another graph (the coauthor network) shows through the layout graph.
    if (phase < phases.length) current().apply?.();
    const positions = new Map<string, { x: number; y: number }>();
    work.forEachNode((node, a) => positions.set(node, { x: a.x as number, y: a.y as number }));
    graph.updateEachNodeAttributes((node, a) => ({ ...a, ...positions.get(node) }), {
      attributes: ['x', 'y'],
    });
  };
  const notify = (): void => options.onStatus?.({ ...status });
  const minInterval = options.publishIntervalMs ?? DEFAULT_PUBLISH_INTERVAL_MS;
  let publisher: ReturnType<typeof setTimeout> | null = null;
  let publishedAt = 0;
  // Publish, wait for the frame that draws it, and wait again in proportion to what that cost.
  const schedulePublish = (): void => {
    publisher = setTimeout(() => {
      const started = performance.now();
      // Nothing new since the last publication: no redraw (a frame of a big graph costs seconds).
      if (done === publishedAt) {
        schedulePublish();
        return;
      }
      publishedAt = done;
      publish();
      afterNextFrame(() => {
        if (publisher === null) return;
        const cost = performance.now() - started;
        publisher = setTimeout(
          schedulePublish,
          Math.min(MAX_PUBLISH_INTERVAL_MS, cost * PUBLISH_COST_FACTOR),
        );
      });
    }, minInterval);
  };
  const stopPublishing = (): void => {
    if (publisher !== null) clearTimeout(publisher);
    publisher = null;
  };
  publish();
  schedulePublish();

  const finish = (): void => {
    supervisor?.kill();
    supervisor = null;
    const close = (): void => {
      if (killed) return;
      stopPublishing();
      publish();
      Object.assign(status, { progress: 1, running: false, done: true });
      notify();
      resolveFinished();
    };
    if (status.mode === 'worker' && !options.createSupervisor) {
      void removeOverlapsOffThread(work, seed).then(close);
    } else {
      removeOverlaps(work, seed);
      close();
    }
  };

  const tick = (): void => {
    done += 1;
    status.progress = Math.min(1, done / total);
    if (done >= (ends[phase] ?? total)) {
      supervisor?.stop();
      // Not now: the supervisor is inside its message handler, which still uses what kill() clears.
      queueMicrotask(nextPhase);
    } else if (done % 5 === 0) notify();
  };

  /**
   * A worker for the current phase: its matrices are built afresh, as runLayout's next call does,
   * and kept between iterations, as one call of forceAtlas2.assign() keeps them.
   */
  const spawn = (): void => {
    supervisor?.kill();
    const { graph: moved, settings } = current();
    supervisor = options.createSupervisor
      ? options.createSupervisor(moved, settings)
      : new FA2Layout(moved, { settings });
    if (status.running) supervisor.start();
  };

  const nextPhase = (): void => {
    if (killed) return;
    current().apply?.();
    phase += 1;
    if (phase >= phases.length) finish();
    else if (status.mode === 'worker') spawn();
    else runOnMainThread();
  };

  const runOnMainThread = (): void => {
    if (killed || status.done || !status.running) return;
    const started = performance.now();
    const until = ends[phase] ?? total;
    const { graph: moved, settings } = current();
    while (done < until && performance.now() - started < 12) {
      const chunk = Math.min(MAIN_THREAD_CHUNK, until - done);
      forceAtlas2.assign(moved, { iterations: chunk, settings });
      for (let i = 0; i < chunk; i++) tick();
    }
    if (done < until) mainThreadTimer = setTimeout(runOnMainThread, 0);
  };

  const fallBack = (): void => {
    if (killed || status.done || status.mode === 'main-thread') return;
    supervisor?.kill();
    supervisor = null;
    Object.assign(status, { mode: 'main-thread', note: WORKER_BLOCKED_NOTE });
    notify();
    runOnMainThread();
  };

  // Under a Content-Security-Policy that refuses the worker it never runs: say so at once.
  const stopWatching = watchWorkerRefusal(() => {
    if (done === 0) fallBack();
  });
  void finished.then(stopWatching);

  // An iteration of the worker writes the current phase's graph once (a coauthor phase's
  // apply() writes the layout graph too: that is no iteration).
  for (const moved of new Set(phases.map((p) => p.graph))) {
    moved.on('eachNodeAttributesUpdated', () => {
      if (supervisor?.isRunning() && current().graph === moved) tick();
    });
  }
  try {
    spawn();
    // Counted from the first frame: drawing a large graph in software can block the main thread
    // (and the worker's messages) for seconds. When it fires, let queued messages in first.
    afterNextFrame(() => {
      setTimeout(
        () => {
          afterNextFrame(() => {
            if (done === 0 && status.running) fallBack();
          });
        },
        options.watchdogMs ?? WORKER_WATCHDOG_MS + WATCHDOG_MS_PER_NODE * graph.order,
      );
    });
  } catch {
    fallBack();
  }
  notify();

  return {
    status: () => ({ ...status }),
    iterations: () => done,
    finished,
    stop() {
      if (!status.running || status.done) return;
      status.running = false;
      supervisor?.stop();
      if (mainThreadTimer !== null) clearTimeout(mainThreadTimer);
      publish();
      notify();
    },
    resume() {
      if (status.running || status.done || killed) return;
      status.running = true;
      if (status.mode === 'worker') supervisor?.start();
      else runOnMainThread();
      notify();
    },
    kill() {
      killed = true;
      status.running = false;
      supervisor?.kill();
      if (mainThreadTimer !== null) clearTimeout(mainThreadTimer);
      stopPublishing();
      resolveFinished();
    },
  };
}
