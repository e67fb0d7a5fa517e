// Large inputs (profiles and graph files) are read in a worker, as they arrive, so the page stays
// responsive; small ones on the main thread.
import Graph from 'graphology';
import { GraphFileError } from '../graph/graph-json';
import { GRAPH_OPTIONS, type CoauthorGraph } from '../graph/types';
import { ProfileParseError } from '../profile/errors';
import type { Profile } from '../profile/types';
import { startWorker } from '../workers/start-worker';
import { watchWorkerRefusal } from '../workers/worker-refusal';
import type { PipelineReply, PipelineRequest } from './pipeline-messages';
import { loadNetwork, type LoadedNetwork } from './load-network';
import { joinBytes, notText, textOf } from './fetch-source';
import { addEdgesPart } from './pipeline-parts';
import { measureSpan, measureStep, stepStart } from './perf-marks';

/**
 * Profiles from this many characters on (about 3,500 papers) are parsed in a worker. Below it,
 * parsing and building take less than a frame or two and a worker's start-up would cost more.
 */
export const OFF_THREAD_FROM_CHARS = 1_000_000;

/**
 * Reads `input` as loadNetwork() does: at once for small inputs, in a worker for a large profile or
 * graph file (a promise). `input` may be the bytes of a body fetched from `url`: decoded as
 * streamNetwork() does.
 */
export function loadNetworkSoon(
  input: string | Uint8Array,
  source: string,
  url = source,
): LoadedNetwork | Promise<LoadedNetwork> {
  if (input.length < OFF_THREAD_FROM_CHARS) {
    return loadNetwork(typeof input === 'string' ? input : textOf(input, url), source);
  }
  const stream = streamNetwork(source, url);
  stream.write(input);
  return stream.end();
}

/** An input read in a worker as it arrives (streamNetwork()). */
export interface NetworkStream {
  /** The next piece of the input: text, or bytes of a body (moved to the worker, not copied). */
  write(chunk: string | Uint8Array): void;
  /** The input is complete: its network, once read. */
  end(): Promise<LoadedNetwork>;
  /** The input will not be read (its load failed or was replaced): the worker stops. */
  abort(): void;
}

/**
 * Reads an input named `source` (in messages; `url` for a body that is not text) in a worker, which
 * decodes bytes, parses a profile once complete and a graph file line by line as it arrives, and
 * posts the graph in parts, imported here as they come. Pieces are held here until the worker says
 * it runs: where it cannot (a Content-Security-Policy without `worker-src blob:`), the main thread
 * reads the whole input at the end, with the same result and errors.
 */
export function streamNetwork(source: string, url = source): NetworkStream {
  const held: (string | Uint8Array)[] = [];
  let worker: Worker | null = null;
  let running = false;
  let ended = false;
  let settled = false;
  let resolve!: (network: LoadedNetwork) => void;
  let reject!: (error: unknown) => void;
  const result = new Promise<LoadedNetwork>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  // An aborted stream's rejection is nobody's to handle.
  result.catch(() => undefined);
  const graph: CoauthorGraph = new Graph(GRAPH_OPTIONS);
  const nodeKeys: string[] = [];
  let head: { profile: Profile; laidOut: boolean } | null = null;
  let parts = 0;
  let importMs = 0;
  let sent = 0;

  const stop = (): void => {
    stopWatching();
    worker?.terminate();
    worker = null;
  };
  const finish = (outcome: () => void): void => {
    if (settled) return;
    settled = true;
    stop();
    outcome();
  };
  /** No worker: the main thread reads what was held, once it is all there. */
  const onMainThread = (): void => {
    stop();
    if (!ended || settled) return;
    finish(() => {
      try {
        if (typeof held[0] === 'string') return resolve(loadNetwork(held.join(''), source));
        const bytes = joinBytes(held as Uint8Array[]);
        resolve({ ...loadNetwork(textOf(bytes, url), source), bytes });
      } catch (error) {
        reject(error);
      }
    });
  };
  const send = (request: PipelineRequest, transfer: Transferable[] = []): void =>
    worker!.postMessage(request, transfer);
  const sendPiece = (chunk: string | Uint8Array): void =>
    send({ type: 'chunk', chunk }, typeof chunk === 'string' ? [] : [chunk.buffer]);

  const stopWatching = watchWorkerRefusal(() => {
    if (!running) onMainThread();
  });
  try {
    worker = startWorker('pipeline');
  } catch {
    onMainThread();
  }
  worker?.addEventListener('error', (event) => {
    event.preventDefault();
    // Pieces moved to a worker that then failed are gone: its error is the outcome.
    if (running) finish(() => reject(new Error(event.message)));
    else onMainThread();
  });
  worker?.addEventListener('message', ({ data: reply }: MessageEvent<PipelineReply>) => {
    const started = stepStart();
    switch (reply.type) {
      case 'ready':
        running = true;
        sent = started;
        send({ type: 'start', source });
        held.splice(0).forEach(sendPiece);
        if (ended) send({ type: 'end' });
        return;
      case 'profile':
        head = reply;
        break;
      case 'nodes':
        graph.import({ nodes: reply.nodes });
        for (const { key } of reply.nodes) nodeKeys.push(key);
        parts += 1;
        break;
      case 'edges':
        addEdgesPart(graph, nodeKeys, reply);
        parts += 1;
        break;
      case 'done': {
        // The worker's own timings, placed where they ran (its clock starts elsewhere).
        measureSpan('parse', sent, reply.parseMs, { offThread: true });
        measureSpan('build', sent + reply.parseMs, reply.buildMs, { offThread: true });
        measureStep('import', stepStart() - importMs, { offThread: true });
        const { profile, laidOut } = head!;
        const { bytes } = reply;
        finish(() =>
          parts === reply.parts
            ? resolve({ profile, graph, laidOut, bytes })
            : reject(new Error(`${parts} of ${reply.parts} parts of the graph arrived`)),
        );
        return;
      }
      case 'parse-error':
        finish(() => reject(new ProfileParseError(reply.reason, reply.line, reply.source)));
        return;
      case 'not-text':
        finish(() => reject(notText(url, reply.reason)));
        return;
      case 'graph-file-error':
        finish(() => reject(new GraphFileError(reply.reason, reply.source, reply.line)));
        return;
      case 'error':
        finish(() => reject(new Error(reply.message)));
        return;
    }
    importMs += stepStart() - started;
  });

  return {
    write(chunk) {
      if (ended || settled) return;
      // Only a buffer of its own is moved (a view into a larger one is copied first).
      const piece =
        typeof chunk === 'string' || chunk.byteLength === chunk.buffer.byteLength
          ? chunk
          : chunk.slice();
      if (running) sendPiece(piece);
      else held.push(piece);
    },
    end() {
      if (!ended) {
        ended = true;
        if (running) send({ type: 'end' });
        else if (!worker) onMainThread();
      }
      return result;
    },
    abort() {
      finish(() => reject(new DOMException('load replaced', 'AbortError')));
    },
  };
}
