// Fa2Supervisor and the worker roles behind it, with Worker replaced by an in-process stand-in that
// runs the same role code (Node has no Worker): the layout job in "worker" mode equals runLayout().
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import type { CoauthorGraph } from '../../src/graph/types';
import { createFa2Step, type Fa2Request } from '../../src/layout/fa2-task';
import { Fa2Supervisor } from '../../src/layout/fa2-supervisor';
import { startLayoutJob } from '../../src/layout/layout-worker';
import { runOverlap, type OverlapRequest } from '../../src/layout/overlap-task';
import { createLayoutGraph, runLayout } from '../../src/layout/run-layout';
import { parseProfile } from '../../src/profile/parse-profile';
import { generateProfile } from '../../src/synth/generate-profile';

/** Answers like the app's worker files (chosen by their URL), one task later, with cloned data. */
class InProcessWorker extends EventTarget {
  static started: string[] = [];
  private readonly handle: (data: unknown) => unknown;
  private terminated = false;

  constructor(url: URL | string) {
    super();
    const href = String(url);
    InProcessWorker.started.push(href);
    if (href.includes('fa2-worker')) {
      const step = createFa2Step();
      this.handle = (data) => step(data as Fa2Request);
    } else if (href.includes('overlap-worker')) {
      this.handle = (data) => runOverlap(data as OverlapRequest);
    } else throw new Error(`no stand-in for ${href}`);
  }

  postMessage(data: unknown, transfer?: Transferable[] | { transfer?: Transferable[] }): void {
    const list = Array.isArray(transfer) ? transfer : (transfer?.transfer ?? []);
    const sent = structuredClone(data, { transfer: list });
    setTimeout(() => {
      if (this.terminated) return;
      const reply = structuredClone(this.handle(sent));
      this.dispatchEvent(new MessageEvent('message', { data: reply }));
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

function network(papers: number, seed: number): CoauthorGraph {
  return buildGraph(parseProfile(generateProfile({ papers, seed })));
}

function positions(graph: Graph): [string, number, number][] {
  return graph.mapNodes((key, a) => [key, a.x as number, a.y as number]);
}

afterEach(() => {
  vi.unstubAllGlobals();
  InProcessWorker.started = [];
});

describe('createFa2Step()', () => {
  test('n steps move the nodes exactly as n synchronous ForceAtlas2 iterations', async () => {
    const graph = createLayoutGraph(network(40, 2), 1);
    const sync = graph.copy();
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true };
    forceAtlas2.assign(sync, { iterations: 12, settings, getEdgeWeight: 'weight' });

    vi.stubGlobal('Worker', InProcessWorker);
    const supervisor = new Fa2Supervisor(graph, settings);
    let steps = 0;
    await new Promise<void>((resolve) => {
      graph.on('eachNodeAttributesUpdated', () => {
        steps += 1;
        if (steps === 12) {
          supervisor.kill();
          resolve();
        }
      });
      supervisor.start();
    });
    expect(positions(graph)).toEqual(positions(sync));
    expect(supervisor.isRunning()).toBe(false);
    expect(() => supervisor.start()).toThrow(/killed/);
  });

  test('stop() drops the iteration in flight; start() goes on from the graph', async () => {
    const graph = createLayoutGraph(network(20, 3), 1);
    vi.stubGlobal('Worker', InProcessWorker);
    const supervisor = new Fa2Supervisor(graph, forceAtlas2.inferSettings(graph));
    let updates = 0;
    let third: () => void = () => undefined;
    const stopped = new Promise<void>((resolve) => (third = resolve));
    graph.on('eachNodeAttributesUpdated', () => {
      updates += 1;
      if (updates === 3) {
        supervisor.stop();
        third();
      }
    });
    supervisor.start();
    await stopped;
    // Let any message still on its way arrive: it must change nothing.
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(updates).toBe(3);
    expect(supervisor.isRunning()).toBe(false);
    supervisor.start();
    await vi.waitFor(() => expect(updates).toBeGreaterThan(3));
    supervisor.kill();
  });
});

describe('startLayoutJob() with workers', () => {
  test('the FA2 and overlap workers give exactly runLayout()’s positions', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const graph = network(60, 5);
    const expected = graph.copy();
    runLayout.assign(expected, { seed: 9, iterations: 40 });
    const job = startLayoutJob(graph, { seed: 9, iterations: 40, publishIntervalMs: 1 });
    await job.finished;
    expect(job.status()).toMatchObject({ mode: 'worker', done: true, note: null });
    expect(InProcessWorker.started.some((u) => u.includes('fa2-worker'))).toBe(true);
    expect(InProcessWorker.started.some((u) => u.includes('overlap-worker'))).toBe(true);
    expect(positions(graph)).toEqual(positions(expected));
  });
});
