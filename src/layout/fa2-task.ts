// The ForceAtlas2 worker's work, as graphology-layout-forceatlas2's own worker does it: one
// iteration per request over the matrices it is sent (the edges come with the first request only).
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import type { WorkerScope } from '../workers/worker-role';

export interface Fa2Request {
  settings: object;
  /** The node matrix (Float32Array buffer), transferred. */
  nodes: ArrayBuffer;
  /** The edge matrix, with the first request of a run. */
  edges?: ArrayBuffer;
}

export interface Fa2Reply {
  nodes: ArrayBuffer;
}

/** A worker's step function: it keeps the edge matrix between requests. */
export function createFa2Step(): (request: Fa2Request) => Fa2Reply {
  let edges = new Float32Array(0);
  return (request) => {
    const nodes = new Float32Array(request.nodes);
    if (request.edges) edges = new Float32Array(request.edges);
    iterate(request.settings, nodes, edges);
    return { nodes: nodes.buffer };
  };
}

/** Answers every request `scope` receives with one iteration (a worker's `fa2` role). */
export function serveFa2(scope: WorkerScope): void {
  const step = createFa2Step();
  scope.addEventListener('message', (event: MessageEvent<Fa2Request>) => {
    const reply = step(event.data);
    scope.postMessage(reply, { transfer: [reply.nodes] });
  });
}
