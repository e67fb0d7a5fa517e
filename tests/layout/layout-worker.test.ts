import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import type { CoauthorGraph } from '../../src/graph/types';
import {
  startLayoutJob,
  WORKER_BLOCKED_NOTE,
  type LayoutJobStatus,
  type LayoutSupervisor,
} from '../../src/layout/layout-worker';
import {
  COAUTHOR_ITERATIONS,
  FROM_COAUTHORS_ITERATIONS,
  nodeSize,
} from '../../src/layout/run-layout';
import { parseProfile } from '../../src/profile/parse-profile';
import { generateProfile } from '../../src/synth/generate-profile';

function network(): CoauthorGraph {
  return buildGraph(parseProfile(generateProfile({ papers: 60, seed: 5 })));
}

function positions(graph: CoauthorGraph): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  graph.forEachNode((key, a) => (out[key] = [a.x!, a.y!]));
  return out;
}

const blocked = (): LayoutSupervisor => {
  throw new Error('Refused to create a worker: Content Security Policy');
};

/** A supervisor whose worker never answers (a CSP that fails silently). */
const silent = (): LayoutSupervisor =>
  ({ start() {}, stop() {}, kill() {}, isRunning: () => true }) as unknown as LayoutSupervisor;

describe('startLayoutJob() without a worker', () => {
  test('a worker that cannot start: the layout runs on the main thread, says so, and finishes', async () => {
    const graph = network();
    const statuses: LayoutJobStatus[] = [];
    const job = startLayoutJob(graph, {
      iterations: 40,
      createSupervisor: blocked,
      onStatus: (s) => statuses.push(s),
    });
    await job.finished;
    expect(job.status()).toEqual({
      progress: 1,
      running: false,
      done: true,
      mode: 'main-thread',
      note: WORKER_BLOCKED_NOTE,
    });
    expect(statuses.some((s) => s.note === WORKER_BLOCKED_NOTE && !s.done)).toBe(true);
    for (const [x, y] of Object.values(positions(graph))) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
  });

  test('is deterministic: two runs give the same positions', async () => {
    const a = network();
    const b = network();
    await startLayoutJob(a, { iterations: 40, createSupervisor: blocked }).finished;
    await startLayoutJob(b, { iterations: 40, createSupervisor: blocked }).finished;
    expect(positions(a)).toEqual(positions(b));
  });

  test('leaves no two nodes overlapping (noverlap pass at the end)', async () => {
    const graph = network();
    await startLayoutJob(graph, { iterations: 40, createSupervisor: blocked }).finished;
    const nodes = graph.mapNodes((_k, a) => ({ x: a.x!, y: a.y!, r: nodeSize(a) }));
    let overlaps = 0;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const [p, q] = [nodes[i]!, nodes[j]!];
        if (Math.hypot(p.x - q.x, p.y - q.y) < p.r + q.r - 1e-6) overlaps += 1;
      }
    }
    expect(overlaps).toBe(0);
  });

  test('a worker that never answers is given up after the watchdog delay', async () => {
    const graph = network();
    const job = startLayoutJob(graph, { iterations: 20, createSupervisor: silent, watchdogMs: 30 });
    expect(job.status().mode).toBe('worker');
    await job.finished;
    expect(job.status()).toMatchObject({
      done: true,
      mode: 'main-thread',
      note: WORKER_BLOCKED_NOTE,
    });
  });

  test('stop holds the progress; resume finishes', async () => {
    const graph = network();
    const job = startLayoutJob(graph, { iterations: 1500, createSupervisor: blocked });
    job.stop();
    const held = job.status();
    expect(held.running).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(job.status().progress).toBe(held.progress);
    expect(held.progress).toBeLessThan(1);
    job.resume();
    await job.finished;
    expect(job.status()).toMatchObject({ done: true, progress: 1 });
  });
});

describe('startLayoutJob() on a graph laid out from its coauthor network', () => {
  test('runs every phase and ends with the overlap removal, on the main thread too', async () => {
    const graph = buildGraph(parseProfile(generateProfile({ papers: 800, seed: 3 })));
    expect(graph.order).toBeGreaterThanOrEqual(1000);
    const statuses: LayoutJobStatus[] = [];
    const job = startLayoutJob(graph, {
      createSupervisor: blocked,
      onStatus: (s) => statuses.push(s),
    });
    await job.finished;
    expect(job.iterations()).toBe(COAUTHOR_ITERATIONS + FROM_COAUTHORS_ITERATIONS);
    // Progress rose through the coauthor phase and the whole graph's.
    const progress = statuses.map((s) => s.progress);
    expect(progress.some((p) => p > 0 && p < 0.5)).toBe(true);
    expect(progress.at(-1)).toBe(1);
    const discs = graph.mapNodes((_k, a) => ({ x: a.x!, y: a.y!, r: nodeSize(a) }));
    let overlaps = 0;
    for (let i = 0; i < discs.length; i++) {
      for (let j = i + 1; j < discs.length; j++) {
        const [p, q] = [discs[i]!, discs[j]!];
        if (Math.hypot(p.x - q.x, p.y - q.y) < p.r + q.r - 1e-6) overlaps += 1;
      }
    }
    expect(overlaps).toBe(0);
  }, 60_000);
});
