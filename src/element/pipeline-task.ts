// The parse-and-build work of the pipeline worker, as a function: a profile or a graph file in, as it
// arrives, the profile and the graph's nodes and edges out, in parts.
import { buildGraph } from '../graph/build-graph';
import { GraphFileReader } from '../graph/graph-file-reader';
import { GraphFileError } from '../graph/graph-json';
import type { AuthorshipEdgeAttributes, NodeAttributes } from '../graph/types';
import { ProfileParseError } from '../profile/errors';
import { parseProfile } from '../profile/parse-profile';
import type { WorkerScope } from '../workers/worker-role';
import type { SerializedEdge, SerializedNode } from 'graphology-types';
import type { PipelineReply, PipelineRequest } from './pipeline-messages';
import { joinBytes, NotTextError, textDecoder } from './fetch-source';
import { edgesPart, PART_SIZE } from './pipeline-parts';

type Post = (reply: PipelineReply, transfer?: Transferable[]) => void;

/** One input read in a worker: its text or bytes written as they arrive, then ended. */
export interface PipelineRun {
  write(chunk: string | Uint8Array): void;
  end(): void;
}

/**
 * Reads an input named `source` as loadNetwork() does, posting with `post` (the arrays to move listed
 * in its `transfer`): a graph file's profile and items as its lines arrive (graph-file-reader.ts), a
 * profile's once it has all arrived and is parsed and built; then `done`, with the bytes written,
 * handed back. An error is posted once, and nothing after it.
 */
export function startPipeline(source: string, post: Post): PipelineRun {
  const decode = textDecoder();
  const chunks: Uint8Array[] = [];
  /** The text before the first non-space character, then a profile's. */
  const texts: string[] = [];
  /** undefined until the first non-space character: `{` opens a graph file, anything else a profile. */
  let reader: GraphFileReader | null | undefined;
  const posted = { profile: false, nodes: 0, edges: 0, parts: 0 };
  const index = new Map<string, number>();
  /** The worker's time on this input before the current task, and when that task started. */
  let busyMs = 0;
  let taskStart = 0;
  let buildMs = 0;
  let failed = false;

  const work = (task: () => void): void => {
    if (failed) return;
    taskStart = performance.now();
    try {
      task();
    } catch (error) {
      failed = true;
      post(errorReply(error));
    }
    busyMs += performance.now() - taskStart;
  };

  /** Posts the items not yet posted: full parts only, until `all`; nodes all before the first edge. */
  const postItems = (
    nodes: SerializedNode<NodeAttributes>[],
    edges: SerializedEdge<AuthorshipEdgeAttributes>[],
    all: boolean,
  ): void => {
    const nodesDone = all || edges.length > 0;
    while (nodes.length - posted.nodes >= (nodesDone ? 1 : PART_SIZE)) {
      const part = nodes.slice(posted.nodes, posted.nodes + PART_SIZE);
      for (const { key } of part) index.set(key, index.size);
      posted.nodes += part.length;
      posted.parts += 1;
      post({ type: 'nodes', nodes: part });
    }
    while (nodesDone && edges.length - posted.edges >= (all ? 1 : PART_SIZE)) {
      const part = edgesPart(edges.slice(posted.edges, posted.edges + PART_SIZE), index);
      posted.edges += part.keys.length;
      posted.parts += 1;
      post(part, [part.ends.buffer, part.implied.buffer, part.positions.buffer]);
    }
  };

  /** The graph file's profile (once read) and items so far; all of them at the end. */
  const postRead = (graphFile: GraphFileReader, all: boolean): void => {
    if (graphFile.profile && !posted.profile) {
      posted.profile = true;
      post({ type: 'profile', profile: graphFile.profile, laidOut: true });
    }
    postItems(graphFile.nodes, graphFile.edges, all);
  };

  const take = (text: string): void => {
    if (reader === undefined) {
      const first = /\S/.exec(text);
      if (!first) return void texts.push(text);
      reader = text[first.index] === '{' ? new GraphFileReader(source) : null;
      if (reader) texts.splice(0).forEach((blank) => reader!.push(blank));
    }
    if (!reader) return void texts.push(text);
    reader.push(text);
    postRead(reader, false);
  };

  return {
    write: (chunk) =>
      work(() => {
        if (typeof chunk === 'string') return take(chunk);
        chunks.push(chunk);
        take(decode(chunk));
      }),
    end: () =>
      work(() => {
        if (chunks.length) take(decode(new Uint8Array(), true));
        if (reader) {
          reader.end();
          postRead(reader, true);
        } else {
          const profile = parseProfile(texts.join(''), { source });
          const buildStart = performance.now();
          // The items graph.export() gives, without its copy of every attributes object.
          const graph = buildGraph(profile);
          const nodes: SerializedNode<NodeAttributes>[] = [];
          const edges: SerializedEdge<AuthorshipEdgeAttributes>[] = [];
          graph.forEachNode((key, attributes) => nodes.push({ key, attributes }));
          graph.forEachEdge((key, attributes, source, target) =>
            edges.push({ key, source, target, attributes }),
          );
          buildMs = performance.now() - buildStart;
          post({ type: 'profile', profile, laidOut: false });
          postItems(nodes, edges, true);
        }
        const bytes = chunks.length ? joinBytes(chunks) : undefined;
        post(
          {
            type: 'done',
            parts: posted.parts,
            parseMs: busyMs + performance.now() - taskStart - buildMs,
            buildMs,
            bytes,
          },
          bytes && [bytes.buffer],
        );
      }),
  };
}

function errorReply(error: unknown): PipelineReply {
  if (error instanceof ProfileParseError) {
    return { type: 'parse-error', reason: error.reason, line: error.line, source: error.source };
  }
  if (error instanceof GraphFileError) {
    const { reason, source, line } = error;
    return { type: 'graph-file-error', reason, source, line };
  }
  if (error instanceof NotTextError) return { type: 'not-text', reason: error.message };
  return { type: 'error', message: error instanceof Error ? error.message : String(error) };
}

/** Says `ready`, then reads each input `scope` is sent with startPipeline() (a worker's `pipeline` role). */
export function servePipeline(scope: WorkerScope): void {
  let run: PipelineRun | null = null;
  scope.addEventListener('message', ({ data }: MessageEvent<PipelineRequest>) => {
    if (data.type === 'start') {
      run = startPipeline(data.source, (reply, transfer) => scope.postMessage(reply, { transfer }));
    } else if (data.type === 'chunk') run?.write(data.chunk);
    else run?.end();
  });
  scope.postMessage({ type: 'ready' });
}
