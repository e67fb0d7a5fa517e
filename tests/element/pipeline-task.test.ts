// runPipeline(): what the pipeline worker posts for a profile, a graph file and broken inputs.
import Graph from 'graphology';
import { describe, expect, test } from 'vitest';
import { loadNetwork } from '../../src/element/load-network';
import type { PipelineReply } from '../../src/element/pipeline-messages';
import { PART_SIZE, runPipeline } from '../../src/element/pipeline-task';
import { buildGraph } from '../../src/graph/build-graph';
import { serializeGraph } from '../../src/graph/graph-json';
import { runLayout } from '../../src/layout/run-layout';
import { parseProfile } from '../../src/profile/parse-profile';
import { generateProfile } from '../../src/synth/generate-profile';

function run(text: string, source = 'in.txt'): PipelineReply[] {
  const replies: PipelineReply[] = [];
  runPipeline({ text, source }, (reply) => replies.push(reply));
  return replies;
}

/** The graph put back together from the replies, as parse-off-thread.ts does. */
function reassemble(replies: PipelineReply[]): Graph {
  const head = replies[0];
  if (head?.type !== 'profile') throw new Error(`first reply is ${head?.type}`);
  const graph = new Graph(head.options);
  for (const reply of replies.slice(1)) {
    if (reply.type === 'nodes') graph.import({ nodes: reply.nodes });
    else if (reply.type === 'edges') graph.import({ edges: reply.edges });
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
    expect(replies).toHaveLength(1 + head.parts);
    const direct = loadNetwork(text, 'in.txt');
    expect(head.profile).toEqual(direct.profile);
    for (const reply of replies.slice(1)) {
      const items =
        reply.type === 'nodes' ? reply.nodes : reply.type === 'edges' ? reply.edges : [];
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
    const back = reassemble(replies);
    expect(back.order).toBe(graph.order);
    graph.forEachNode((node, attributes) => {
      expect(back.getNodeAttribute(node, 'x')).toBe(attributes.x);
      expect(back.getNodeAttribute(node, 'y')).toBe(attributes.y);
    });
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

  test('a broken graph file: one graph-file-error reply', () => {
    const replies = run('{"format":"something else"}', 'g.json');
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ type: 'graph-file-error', source: 'g.json' });
  });
});
