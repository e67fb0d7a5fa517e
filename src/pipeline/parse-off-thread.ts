// Large inputs (profiles and graph files) are read in a worker so the page stays responsive; small ones on the main thread.
import Graph from 'graphology';
import { addEdgeColumns } from '../graph/graph-items';
import { GraphFileError } from '../graph/graph-json';
import { GRAPH_OPTIONS, type CoauthorGraph } from '../graph/types';
import { ProfileParseError } from '../profile/errors';
import { startWorker } from '../workers/start-worker';
import { watchWorkerRefusal } from '../workers/worker-refusal';
import type { PipelineReply, PipelineRequest } from './pipeline-messages';
import { loadNetwork, type LoadedNetwork } from './load-network';
import { notText, textOf } from './fetch-source';
import { measureSpan, measureStep, stepStart } from '../dom/perf-marks';

/**
 * Profiles from this many characters on (about 3,500 papers) are parsed in a worker. Below it,
 * parsing and building take less than a frame or two and a worker's start-up would cost more.
 */
export const OFF_THREAD_FROM_CHARS = 1_000_000;

/**
 * Reads `input` as loadNetwork() does: at once for small inputs, in a worker for a large profile or
 * graph file (a promise). `input` may be the bytes of a body fetched from `url`: a large one is
 * decoded in the worker too, a small one here (either way a body that is not text is refused with
 * the FetchSourceError fetchSource() gives). Where a worker cannot start (a Content-Security-Policy
 * without `worker-src blob:`), the main thread does the work and the result is the same.
 */
export function loadNetworkSoon(
  input: string | Uint8Array,
  source: string,
  url = source,
): LoadedNetwork | Promise<LoadedNetwork> {
  const text = (): string => (typeof input === 'string' ? input : textOf(input, url));
  if (input.length < OFF_THREAD_FROM_CHARS) return loadNetwork(text(), source);
  return loadInWorker(input, source, url).catch((error: unknown) => {
    // Bytes moved to a worker that then failed are gone (length 0): its error is the outcome.
    if (error instanceof WorkerUnavailable && input.length) return loadNetwork(text(), source);
    throw error;
  });
}

/** The worker could not start or died: the main thread takes over. */
class WorkerUnavailable extends Error {}

function loadInWorker(
  input: string | Uint8Array,
  source: string,
  url: string,
): Promise<LoadedNetwork> {
  return new Promise<LoadedNetwork>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = startWorker('pipeline');
    } catch (error) {
      reject(new WorkerUnavailable(String(error)));
      return;
    }
    const request: PipelineRequest = { input, source };
    const graph: CoauthorGraph = new Graph(GRAPH_OPTIONS);
    const nodeKeys: string[] = [];
    let sent = 0;
    let head: Extract<PipelineReply, { type: 'profile' }> | null = null;
    let importMs = 0;
    const stopWatching = watchWorkerRefusal((directive) => {
      if (head === null) finish(() => reject(new WorkerUnavailable(directive)));
    });
    let settled = false;
    const finish = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      stopWatching();
      worker.terminate();
      outcome();
    };
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish(() => reject(new WorkerUnavailable(event.message)));
    });
    worker.addEventListener('message', (event: MessageEvent<PipelineReply>) => {
      const reply = event.data;
      const started = stepStart();
      switch (reply.type) {
        case 'ready':
          // Bytes are moved, not copied (a copy of 37 MB costs 0.25 s), once the worker runs: a
          // worker refused by a Content-Security-Policy never says so, and they stay here.
          sent = stepStart();
          worker.postMessage(request, typeof input === 'string' ? [] : [input.buffer]);
          return;
        case 'profile':
          head = reply;
          return;
        case 'nodes':
          graph.import({ nodes: reply.nodes });
          for (const { key } of reply.nodes) nodeKeys.push(key);
          break;
        case 'edges':
          addEdgeColumns(graph, nodeKeys, reply);
          break;
        case 'built': {
          // The worker's own timings, placed where they ran (its clock starts elsewhere).
          measureSpan('parse', sent, reply.parseMs, { offThread: true });
          measureSpan('build', sent + reply.buildAt, reply.buildMs, { offThread: true });
          measureStep('import', stepStart() - importMs, { offThread: true });
          const { profile, laidOut, bytes } = head!;
          finish(() => resolve({ profile, graph, laidOut, bytes }));
          return;
        }
        case 'parse-error':
          finish(() => reject(new ProfileParseError(reply.reason, reply.line, reply.source)));
          return;
        case 'not-text':
          finish(() => reject(notText(url, reply.reason)));
          return;
        case 'graph-file-error':
          finish(() => reject(new GraphFileError(reply.reason, reply.source)));
          return;
        case 'error':
          finish(() => reject(new Error(reply.message)));
          return;
      }
      importMs += stepStart() - started;
    });
  });
}
