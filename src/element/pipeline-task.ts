// The parse-and-build work of the pipeline worker, as a function: a profile or a graph file in, the
// profile and the graph's nodes and edges out, in parts.
import { buildGraph } from '../graph/build-graph';
import { GraphFileError, isGraphJson, parseGraphJson } from '../graph/graph-json';
import type { AuthorshipEdgeAttributes, CoauthorGraph, NodeAttributes } from '../graph/types';
import { ProfileParseError } from '../profile/errors';
import { parseProfile } from '../profile/parse-profile';
import type { Profile } from '../profile/types';
import type { WorkerScope } from '../workers/worker-role';
import type { SerializedEdge, SerializedNode } from 'graphology-types';
import type { PipelineReply, PipelineRequest } from './pipeline-messages';

/**
 * Nodes or edges per message. The main thread deserialises each message in a task of its own, so
 * parts keep every task short (a 30,000-paper graph is ~200,000 items).
 */
export const PART_SIZE = 10_000;

/** Reads `request.text` as loadNetwork() does and posts the result (or the error) with `post`. */
export function runPipeline(request: PipelineRequest, post: (reply: PipelineReply) => void): void {
  const { text, source } = request;
  try {
    const parseStart = performance.now();
    let profile: Profile;
    let graph: CoauthorGraph;
    let buildStart: number;
    const laidOut = isGraphJson(text);
    if (laidOut) {
      ({ profile, graph } = parseGraphJson(text, source));
      buildStart = performance.now();
    } else {
      profile = parseProfile(text, { source });
      buildStart = performance.now();
      graph = buildGraph(profile);
    }
    const buildMs = performance.now() - buildStart;
    // The items graph.export() gives, without its copy of every attributes object (0.6 s at 30,000
    // papers, in Node): posting them copies them anyway.
    const nodes: SerializedNode<NodeAttributes>[] = [];
    graph.forEachNode((key, attributes) => nodes.push({ key, attributes }));
    const edges: SerializedEdge<AuthorshipEdgeAttributes>[] = [];
    graph.forEachEdge((key, attributes, source, target) =>
      edges.push({ key, source, target, attributes }),
    );
    post({
      type: 'profile',
      profile,
      laidOut,
      options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
      attributes: graph.getAttributes(),
      parseMs: buildStart - parseStart,
      buildMs,
      parts: Math.ceil(nodes.length / PART_SIZE) + Math.ceil(edges.length / PART_SIZE),
    });
    for (let i = 0; i < nodes.length; i += PART_SIZE)
      post({ type: 'nodes', nodes: nodes.slice(i, i + PART_SIZE) });
    for (let i = 0; i < edges.length; i += PART_SIZE)
      post({ type: 'edges', edges: edges.slice(i, i + PART_SIZE) });
  } catch (error) {
    if (error instanceof ProfileParseError) {
      post({ type: 'parse-error', reason: error.reason, line: error.line, source: error.source });
    } else if (error instanceof GraphFileError) {
      post({ type: 'graph-file-error', reason: error.reason, source: error.source });
    } else post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

/** Answers every request `scope` receives with runPipeline() (a worker's `pipeline` role). */
export function servePipeline(scope: WorkerScope): void {
  scope.addEventListener('message', (event: MessageEvent<PipelineRequest>) => {
    runPipeline(event.data, (reply) => scope.postMessage(reply));
  });
}
