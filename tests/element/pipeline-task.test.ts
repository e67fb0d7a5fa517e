// startPipeline(): what the pipeline worker posts for a profile, a graph file and broken inputs,
// written whole or in pieces.
import Graph from 'graphology';
import { describe, expect, test } from 'vitest';
import { loadNetwork } from '../../src/element/load-network';
import type { PipelineReply } from '../../src/element/pipeline-messages';
import { addEdgesPart, PART_SIZE } from '../../src/element/pipeline-parts';
import { startPipeline, type PipelineRun } from '../../src/element/pipeline-task';
import { buildGraph } from '../../src/graph/build-graph';
import { GRAPH_OPTIONS, type CoauthorGraph } from '../../src/graph/types';
import { serializeGraph } from '../../src/graph/graph-json';
import { parseProfile } from '../../src/profile/parse-profile';
import { generateProfile } from '../../src/synth/generate-profile';

/** A run whose replies are recorded as the main thread receives them: cloned, the listed arrays moved. */
function recorded(source = 'in.txt'): { run: PipelineRun; replies: PipelineReply[] } {
  const replies: PipelineReply[] = [];
  const run = startPipeline(source, (reply, transfer = []) => {
    if (reply.type === 'edges') expect(transfer).toHaveLength(3);
    replies.push(structuredClone(reply, { transfer }));
    // Moved, not copied: the worker's arrays are left empty.
    for (const buffer of transfer) expect((buffer as ArrayBuffer).byteLength).toBe(0);
  });
  return { run, replies };
}

/** The replies to `pieces` written one by one, then ended. */
function read(pieces: (string | Uint8Array)[], source = 'in.txt'): PipelineReply[] {
  const { run, replies } = recorded(source);
  for (const piece of pieces) run.write(piece);
  run.end();
  return replies;
}

/** `text` as bytes cut every `size` bytes (through lines and characters). */
function cut(text: string, size: number): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const pieces: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) pieces.push(bytes.slice(i, i + size));
  return pieces;
}

/** The profile and graph put back together from the replies, as parse-off-thread.ts does. */
function reassemble(replies: PipelineReply[]) {
  const graph: CoauthorGraph = new Graph(GRAPH_OPTIONS);
  const nodeKeys: string[] = [];
  let head: Extract<PipelineReply, { type: 'profile' }> | undefined;
  let parts = 0;
  for (const reply of replies) {
    if (reply.type === 'profile') head = reply;
    else if (reply.type === 'nodes') {
      graph.import({ nodes: reply.nodes });
      nodeKeys.push(...reply.nodes.map(({ key }) => key));
      parts += 1;
    } else if (reply.type === 'edges') {
      addEdgesPart(graph, nodeKeys, reply);
      parts += 1;
    }
  }
  const done = replies.at(-1);
  if (done?.type !== 'done') throw new Error(`last reply is ${done?.type}`);
  expect(done.parts).toBe(parts);
  if (!head) throw new Error('no profile');
  return { profile: head.profile, laidOut: head.laidOut, graph, done };
}

/** A graph file of `papers` generated papers, positions made up (a layout is not the point). */
function graphFile(papers: number, seed = 2) {
  const profile = parseProfile(generateProfile({ papers, seed }), { source: 'p.txt' });
  const graph = buildGraph(profile);
  let i = 0;
  graph.updateEachNodeAttributes((_key, attributes) => ({ ...attributes, x: i, y: 1 - i++ }));
  return { profile, graph, text: serializeGraph(graph, profile) };
}

describe('startPipeline()', () => {
  test('a profile: the profile, then its nodes and edges in parts of PART_SIZE, as loadNetwork() builds them', () => {
    const text = generateProfile({ papers: 5000, seed: 5 });
    const replies = read([text.slice(0, 1000), text.slice(1000)]);
    expect(replies[0]?.type).toBe('profile');
    const { profile, laidOut, graph, done } = reassemble(replies);
    expect(laidOut).toBe(false);
    expect(replies).toHaveLength(2 + done.parts);
    const direct = loadNetwork(text, 'in.txt');
    expect(profile).toEqual(direct.profile);
    for (const reply of replies.slice(1, -1)) {
      const items = reply.type === 'nodes' ? reply.nodes : reply.type === 'edges' ? reply.keys : [];
      expect(items.length).toBeGreaterThan(0);
      expect(items.length).toBeLessThanOrEqual(PART_SIZE);
    }
    expect(replies.filter((r) => r.type === 'edges').length).toBeGreaterThan(1);
    expect(graph.export()).toEqual(direct.graph.export());
    expect(done.bytes).toBeUndefined();
  });

  test('a graph file in pieces: its profile and full parts are posted before it has all arrived', () => {
    const file = graphFile(8000);
    expect(file.graph.order).toBeGreaterThan(PART_SIZE);
    expect(file.graph.size).toBeGreaterThan(2 * PART_SIZE);
    const pieces = cut(file.text, 4096);
    const { run, replies } = recorded('g.json');
    for (const piece of pieces.slice(0, -1)) run.write(piece);
    // Everything but the last 4 KB written: the profile, every node and all full parts of edges.
    expect(replies[0]).toMatchObject({ type: 'profile', laidOut: true });
    const nodes = replies.flatMap((r) => (r.type === 'nodes' ? r.nodes : []));
    expect(nodes).toHaveLength(file.graph.order);
    const edges = replies.filter((r) => r.type === 'edges');
    expect(edges.length).toBe(Math.floor(file.graph.size / PART_SIZE));
    run.write(pieces.at(-1)!);
    run.end();
    const { profile, graph, done } = reassemble(replies);
    expect(profile).toEqual(file.profile);
    // The file's items as they are (positions included), edges in the file's order.
    expect(graph.export()).toEqual(file.graph.export());
    // (Compared as one string: toEqual() would take a minute over 9 MB, byte by byte.)
    expect(new TextDecoder().decode(done.bytes)).toBe(file.text);
  });

  test('a graph file on one line (any other layout): read whole at the end, the same', () => {
    const file = graphFile(30);
    const oneLine = JSON.stringify(JSON.parse(file.text));
    const replies = read(cut(oneLine, 1000), 'g.json');
    const { profile, laidOut, graph } = reassemble(replies);
    expect(laidOut).toBe(true);
    expect(profile).toEqual(file.profile);
    expect(graph.export()).toEqual(file.graph.export());
  });

  test("a body's bytes, cut inside characters: decoded in the worker, handed back, read as its text is", () => {
    const text = generateProfile({ papers: 30, seed: 4 }).replace('a', 'ø日😀');
    const fromText = reassemble(read([text]));
    const encoded = new TextEncoder().encode(text);
    const fromBytes = reassemble(read(cut(text, 3)));
    expect(fromBytes.profile).toEqual(fromText.profile);
    expect(fromBytes.graph.export()).toEqual(fromText.graph.export());
    expect(fromBytes.done.bytes).toEqual(encoded);
  });

  const notText: [string, Uint8Array[], string][] = [
    ['invalid UTF-8', [new Uint8Array([0x7b, 0xff, 0xfe])], 'not valid UTF-8'],
    [
      'a NUL byte in a later piece',
      [new Uint8Array([0x41]), new Uint8Array([0x42, 0])],
      'NUL bytes',
    ],
    [
      'mostly control characters',
      [new Uint8Array(50).fill(1), new Uint8Array(50).fill(0x41)],
      'control characters',
    ],
  ];
  for (const [name, pieces, reason] of notText) {
    test(`bytes that are not text (${name}): one not-text reply with the reason`, () => {
      expect(read(pieces, 'x.bin')).toEqual([
        { type: 'not-text', reason: `binary data: ${reason}` },
      ]);
    });
  }

  test('a broken profile: one parse-error reply with its line', () => {
    const replies = read(['Owner\n\nLGFeb 30, 2024\nT\n\nA B\n'], 'bad.txt');
    expect(replies).toEqual([
      {
        type: 'parse-error',
        reason: expect.stringMatching(/invalid date/),
        line: 3,
        source: 'bad.txt',
      },
    ]);
  });

  test('a broken graph file: one graph-file-error reply', () => {
    const replies = read(['{"format":"something else"}'], 'g.json');
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ type: 'graph-file-error', source: 'g.json', line: 0 });
  });

  test('a graph file broken in a line: the error with its line, posted at once, and nothing after it', () => {
    const file = graphFile(3000);
    const lines = file.text.split('\n');
    const broken = lines.findIndex((line) => line.startsWith('{"key":"a:')) + 40;
    lines[broken] = lines[broken]!.replace('"kind":"', '"kind":"venue');
    const pieces = cut(lines.join('\n'), 4096);
    const { run, replies } = recorded('g.json');
    const half = Math.ceil(pieces.length / 2);
    for (const piece of pieces.slice(0, half)) run.write(piece);
    const error = replies.at(-1);
    expect(error).toMatchObject({ type: 'graph-file-error', line: broken + 1 });
    expect(error?.type === 'graph-file-error' && error.reason).toMatch(
      /^graph\.nodes\[\d+\]\.attributes\.kind: "author" or "paper" expected$/,
    );
    const count = replies.length;
    for (const piece of pieces.slice(half)) run.write(piece);
    run.end();
    expect(replies).toHaveLength(count);
  });
});
