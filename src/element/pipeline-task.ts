// The parse-and-build work of the pipeline worker, as a function: a profile or a graph file in, the
// profile and the graph's nodes and edges out, in parts.
import { buildGraph } from '../graph/build-graph';
import { GraphFileError, isGraphJson, readGraphJson } from '../graph/graph-json';
import type { AuthorshipEdgeAttributes, NodeAttributes } from '../graph/types';
import { ProfileParseError } from '../profile/errors';
import { parseProfile } from '../profile/parse-profile';
import type { Profile } from '../profile/types';
import type { WorkerScope } from '../workers/worker-role';
import type { SerializedEdge, SerializedNode } from 'graphology-types';
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
    let profile: Profile;
    let nodes: SerializedNode<NodeAttributes>[] = [];
    let edges: SerializedEdge<AuthorshipEdgeAttributes>[] = [];
    let buildStart: number;
    const laidOut = isGraphJson(text);
    if (laidOut) {
      // A graph file's items are checked, then posted as they are: the main thread builds the graph.
      ({
        profile,
        graph: { nodes, edges },
      } = readGraphJson(text, source));
      buildStart = performance.now();
    } else {
      profile = parseProfile(text, { source });
      buildStart = performance.now();
      // The items graph.export() gives, without its copy of every attributes object.
      const graph = buildGraph(profile);
      graph.forEachNode((key, attributes) => nodes.push({ key, attributes }));
      graph.forEachEdge((key, attributes, source, target) =>
        edges.push({ key, source, target, attributes }),
      );
    }
    const buildMs = performance.now() - buildStart;
    const bytes = typeof input === 'string' ? undefined : input;
    post(
      {
        type: 'profile',
        profile,
        laidOut,
        parseMs: buildStart - parseStart,
        buildMs,
        parts: Math.ceil(nodes.length / PART_SIZE) + Math.ceil(edges.length / PART_SIZE),
        bytes,
      },
      bytes && [bytes.buffer],
    );
    for (let i = 0; i < nodes.length; i += PART_SIZE)
      post({ type: 'nodes', nodes: nodes.slice(i, i + PART_SIZE) });
    const index = new Map(nodes.map(({ key }, i) => [key, i]));
    for (let i = 0; i < edges.length; i += PART_SIZE) {
      const part = edgesPart(edges.slice(i, i + PART_SIZE), index);
      post(part, [part.ends.buffer, part.implied.buffer, part.positions.buffer]);
    }
  } catch (error) {
    if (error instanceof ProfileParseError) {
      post({ type: 'parse-error', reason: error.reason, line: error.line, source: error.source });
    } else if (error instanceof GraphFileError) {
      post({ type: 'graph-file-error', reason: error.reason, source: error.source });
    } else post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * Says `ready`, then answers every request `scope` receives with `started` and runPipeline() (a
 * worker's `pipeline` role).
 */
export function servePipeline(scope: WorkerScope): void {
  scope.addEventListener('message', (event: MessageEvent<PipelineRequest>) => {
    scope.postMessage({ type: 'started' });
    runPipeline(event.data, (reply, transfer) => scope.postMessage(reply, { transfer }));
  });
  scope.postMessage({ type: 'ready' });
}
