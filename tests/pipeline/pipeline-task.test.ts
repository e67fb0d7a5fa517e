// runPipeline(): what the pipeline worker posts for a profile, a graph file and broken inputs;
// servePipeline(): the worker's side of the exchange.
import Graph from 'graphology';
import { describe, expect, test } from 'vitest';
import { loadNetwork } from '../../src/pipeline/load-network';
import type { PipelineReply } from '../../src/pipeline/pipeline-messages';
import { PART_SIZE } from '../../src/pipeline/pipeline-parts';
import { runPipeline, servePipeline } from '../../src/pipeline/pipeline-task';
import { buildGraph } from '../../src/graph/build-graph';
import { addEdgeColumns } from '../../src/graph/graph-items';
import { GRAPH_OPTIONS, type CoauthorGraph } from '../../src/graph/types';
import { serializeGraph } from '../../src/graph/graph-json';
import { runLayout } from '../../src/layout/run-layout';
import { parseProfile } from '../../src/profile/parse-profile';
import { generateProfile } from '../../src/synth/generate-profile';
import { filed } from '../graph/filed';

/** The replies as the main thread receives them: cloned, with the listed arrays moved. */
function run(input: string | Uint8Array, source = 'in.txt'): PipelineReply[] {
  const replies: PipelineReply[] = [];
  runPipeline({ input, source }, (reply, transfer = []) => {
    if (reply.type === 'edges') expect(transfer).toHaveLength(3);
    replies.push(structuredClone(reply, { transfer }));
    // Moved, not copied: the worker's arrays are left empty.
    for (const buffer of transfer) expect((buffer as ArrayBuffer).byteLength).toBe(0);
  });
  return replies;
}

/** The graph put back together from the replies, as parse-off-thread.ts does. */
function reassemble(replies: PipelineReply[]): CoauthorGraph {
  const head = replies[0];
  if (head?.type !== 'profile') throw new Error(`first reply is ${head?.type}`);
  if (replies.at(-1)?.type !== 'built') throw new Error(`last reply is ${replies.at(-1)?.type}`);
  const graph: CoauthorGraph = new Graph(GRAPH_OPTIONS);
  const nodeKeys: string[] = [];
  for (const reply of replies.slice(1)) {
    if (reply.type === 'nodes') {
      graph.import({ nodes: reply.nodes });
      nodeKeys.push(...reply.nodes.map(({ key }) => key));
    } else if (reply.type === 'edges') addEdgeColumns(graph, nodeKeys, reply);
  }
  return graph;
}

describe('runPipeline()', () => {
  test('a profile: the profile, then its nodes and edges in parts of PART_SIZE, as loadNetwork() builds them', () => {
    const text = generateProfile({ papers: 5000, seed: 5 });
    const replies = run(text);
    const head = replies[0];
    expect(head?.type).toBe('profile');
    if (head?.type !== 'profile') return;
    expect(head.laidOut).toBe(false);
    // The profile first (the main thread reads it while the items are made), `built` last.
    expect(replies.at(-1)).toEqual({
      type: 'built',
      parseMs: expect.any(Number),
      buildAt: expect.any(Number),
      buildMs: expect.any(Number),
    });
    const direct = loadNetwork(text, 'in.txt');
    expect(head.profile).toEqual(direct.profile);
    for (const reply of replies.slice(1, -1)) {
      const items = reply.type === 'nodes' ? reply.nodes : reply.type === 'edges' ? reply.keys : [];
      expect(items.length).toBeGreaterThan(0);
      expect(items.length).toBeLessThanOrEqual(PART_SIZE);
    }
    expect(replies.filter((r) => r.type === 'edges').length).toBeGreaterThan(1);
    expect(reassemble(replies).export()).toEqual(direct.graph.export());
  });

  test('a graph file: laid out, with the positions it holds', () => {
    const profile = parseProfile(generateProfile({ papers: 40, seed: 2 }), { source: 'p.txt' });
    const graph = buildGraph(profile);
    runLayout.assign(graph, { seed: 3, iterations: 20 });
    const replies = run(serializeGraph(graph, profile), 'g.json');
    const head = replies[0];
    expect(head?.type === 'profile' && head.laidOut).toBe(true);
    // The profile's graph, every node where the file placed it.
    expect(reassemble(replies).export()).toEqual(filed(graph).export());
  });

  test("a body's bytes: decoded in the worker, then read as its text is", () => {
    const text = generateProfile({ papers: 30, seed: 4 });
    const fromText = run(text);
    const encoded = new TextEncoder().encode(text);
    const fromBytes = run(encoded.slice());
    // The bytes come back with the profile (moved, as they went).
    expect(fromBytes[0]).toEqual({ ...fromText[0], bytes: encoded });
    expect(reassemble(fromBytes).export()).toEqual(reassemble(fromText).export());
  });

  test('bytes that are not text: one not-text reply with the reason', () => {
    expect(run(new Uint8Array([0x7b, 0xff, 0xfe]), 'x.bin')).toEqual([
      { type: 'not-text', reason: 'binary data: not valid UTF-8' },
    ]);
  });

  test('a broken profile: one parse-error reply with its line', () => {
    const replies = run('Owner\n\nLGFeb 30, 2024\nT\n\nA B\n', 'bad.txt');
    expect(replies).toEqual([
      {
        type: 'parse-error',
        reason: expect.stringMatching(/invalid date/),
        line: 3,
        source: 'bad.txt',
      },
    ]);
  });

  test("a graph file whose positions do not match its profile's nodes: the profile, then the error", () => {
    const profile = parseProfile(generateProfile({ papers: 10, seed: 2 }), { source: 'p.txt' });
    const graph = buildGraph(profile);
    runLayout.assign(graph, { seed: 3, iterations: 5 });
    const file = JSON.parse(serializeGraph(graph, profile));
    file.positions.push(0, 0);
    const replies = run(JSON.stringify(file), 'g.json');
    expect(replies.map(({ type }) => type)).toEqual(['profile', 'graph-file-error']);
    expect(replies[1]).toEqual({
      type: 'graph-file-error',
      reason: `positions: ${2 * graph.order} numbers expected, ${2 * graph.order + 2} found`,
      source: 'g.json',
    });
  });

  test('a broken graph file: one graph-file-error reply', () => {
    const replies = run('{"format":"something else"}', 'g.json');
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ type: 'graph-file-error', source: 'g.json' });
  });
});

describe('servePipeline()', () => {
  test('says ready, then answers a request with the profile first, its parts, and built', () => {
    const posted: PipelineReply['type'][] = [];
    let onMessage: ((event: MessageEvent) => void) | null = null;
    servePipeline({
      addEventListener: (_type, listener) => (onMessage = listener),
      postMessage: (message) => posted.push((message as PipelineReply).type),
    });
    expect(posted).toEqual(['ready']);
    const text = generateProfile({ papers: 20, seed: 1 });
    onMessage!(new MessageEvent('message', { data: { input: text, source: 'in.txt' } }));
    expect(posted.slice(0, 2)).toEqual(['ready', 'profile']);
    expect(posted.slice(2, -1).every((type) => type === 'nodes' || type === 'edges')).toBe(true);
    expect(posted.at(-1)).toBe('built');
  });
});
