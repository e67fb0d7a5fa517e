// Web worker: parses a large profile and builds its graph off the main thread, posting the result in parts.
import { buildGraph } from '../graph/build-graph';
import { ProfileParseError } from '../profile/errors';
import { parseProfile } from '../profile/parse-profile';
import type { PipelineReply, PipelineRequest } from './pipeline-messages';

/**
 * Nodes or edges per message. The main thread deserialises each message in a task of its own, so
 * parts keep every task short (a 30,000-paper graph is ~200,000 items).
 */
const PART_SIZE = 10_000;

const post = (reply: PipelineReply): void => self.postMessage(reply);

self.addEventListener('message', (event: MessageEvent<PipelineRequest>) => {
  const { text, source } = event.data;
  try {
    const parseStart = performance.now();
    const profile = parseProfile(text, { source });
    const buildStart = performance.now();
    const graph = buildGraph(profile);
    const buildMs = performance.now() - buildStart;
    const data = graph.export();
    const nodes = data.nodes;
    const edges = data.edges;
    post({
      type: 'profile',
      profile,
      options: data.options,
      attributes: data.attributes,
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
    } else post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
