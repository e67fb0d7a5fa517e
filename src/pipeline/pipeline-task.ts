// The parse-and-build work of the pipeline worker, as a function: a profile or a graph file in, the
// profile and the graph's nodes and edges out, in parts.
import { GraphFileError, isGraphJson, placedItems, readGraphJson } from '../graph/graph-json';
import { graphItems } from '../graph/graph-items';
import { ProfileParseError } from '../profile/errors';
import { parseProfile } from '../profile/parse-profile';
import type { WorkerScope } from '../workers/worker-role';
import type { PipelineReply, PipelineRequest } from './pipeline-messages';
import { decodeText } from './fetch-source';
import { edgesPart, PART_SIZE } from './pipeline-parts';

/**
 * Reads `request.input` (a text, or bytes to decode) as loadNetwork() does and posts the result (or
 * the error) with `post`, the arrays to move listed in `transfer`: the edges' columns, and the
 * request's bytes, handed back with the profile.
 */
export function runPipeline(
  request: PipelineRequest,
  post: (reply: PipelineReply, transfer?: Transferable[]) => void,
): void {
  const { input, source } = request;
  try {
    const parseStart = performance.now();
    const decoded = typeof input === 'string' ? { text: input } : decodeText(input);
    if ('reason' in decoded) return post({ type: 'not-text', reason: decoded.reason });
    const { text } = decoded;
    const laidOut = isGraphJson(text);
    const file = laidOut ? readGraphJson(text, source) : null;
    const profile = file ? file.profile : parseProfile(text, { source });
    const parseEnd = performance.now();
    const bytes = typeof input === 'string' ? undefined : input;
    // The profile goes first: the main thread reads it while the items are made here.
    post({ type: 'profile', profile, laidOut, bytes }, bytes && [bytes.buffer]);
    const buildStart = performance.now();
    const { nodes, edges } = file ? placedItems(file) : graphItems(profile);
    const buildMs = performance.now() - buildStart;
    for (let i = 0; i < nodes.length; i += PART_SIZE)
      post({ type: 'nodes', nodes: nodes.slice(i, i + PART_SIZE) });
    for (let i = 0; i < edges.keys.length; i += PART_SIZE) {
      const part = edgesPart(edges, i, i + PART_SIZE);
      post(part, [part.ends.buffer, part.implied.buffer, part.positions.buffer]);
    }
    post({
      type: 'built',
      parseMs: parseEnd - parseStart,
      buildAt: buildStart - parseStart,
      buildMs,
    });
  } catch (error) {
    if (error instanceof ProfileParseError) {
      post({ type: 'parse-error', reason: error.reason, line: error.line, source: error.source });
    } else if (error instanceof GraphFileError) {
      post({ type: 'graph-file-error', reason: error.reason, source: error.source });
    } else post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * Says `ready`, then answers every request `scope` receives with runPipeline() (a
 * worker's `pipeline` role).
 */
export function servePipeline(scope: WorkerScope): void {
  scope.addEventListener('message', (event: MessageEvent<PipelineRequest>) => {
    runPipeline(event.data, (reply, transfer) => scope.postMessage(reply, { transfer }));
  });
  scope.postMessage({ type: 'ready' });
}
