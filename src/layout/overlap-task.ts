// The overlap worker's work as a function: removeOverlaps() on positions sent as typed arrays.
import Graph from 'graphology';
import type { WorkerScope } from '../workers/worker-role';
import { removeOverlaps } from './remove-overlaps';

export interface OverlapRequest {
  keys: string[];
  xs: Float64Array;
  ys: Float64Array;
  sizes: Float64Array;
  seed: number;
}

export interface OverlapReply {
  xs: Float64Array;
  ys: Float64Array;
}

/** The nodes' positions after removeOverlaps(), in the order of `request.keys`. */
export function runOverlap(request: OverlapRequest): OverlapReply {
  const { keys, xs, ys, sizes, seed } = request;
  // The same nodes in the same order as the layout graph: removeOverlaps() gives the same result.
  const work = new Graph();
  keys.forEach((key, i) => work.addNode(key, { x: xs[i], y: ys[i], size: sizes[i] }));
  removeOverlaps(work, seed);
  const out: OverlapReply = {
    xs: new Float64Array(keys.length),
    ys: new Float64Array(keys.length),
  };
  let i = 0;
  work.forEachNode((_key, a) => {
    out.xs[i] = a.x as number;
    out.ys[i] = a.y as number;
    i += 1;
  });
  return out;
}

/** Answers every request `scope` receives with runOverlap() (a worker's `overlap` role). */
export function serveOverlap(scope: WorkerScope): void {
  scope.addEventListener('message', (event: MessageEvent<OverlapRequest>) => {
    const out = runOverlap(event.data);
    scope.postMessage(out, { transfer: [out.xs.buffer, out.ys.buffer] });
  });
}
