// graphItems(): a profile's graph as plain items; addEdgeColumns(): edge columns into a graph.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { addEdgeColumns, graphItems } from '../../src/graph/graph-items';
import { GRAPH_OPTIONS, type CoauthorGraph } from '../../src/graph/types';
import { parseProfile } from '../../src/profile/parse-profile';
import { generateProfile } from '../../src/synth/generate-profile';
import { SAMPLE_PROFILE } from './sample-profile';

describe('graphItems()', () => {
  it("gives the sample's nodes, then its edges as columns whose ends index the nodes", () => {
    const { nodes, edges } = graphItems(SAMPLE_PROFILE);
    const graph = buildGraph(SAMPLE_PROFILE);
    expect(nodes).toEqual(graph.export().nodes);
    const keys = nodes.map(({ key }) => key);
    const listed = edges.keys.map((key, i) => ({
      key,
      source: keys[edges.ends[2 * i]!],
      target: keys[edges.ends[2 * i + 1]!],
      attributes: { implied: edges.implied[i] === 1, position: edges.positions[i] },
    }));
    expect(listed).toEqual(graph.export().edges);
    // Columns of exactly the edge count, not of the room made for them.
    expect([edges.ends.length, edges.implied.length, edges.positions.length]).toEqual([
      2 * graph.size,
      graph.size,
      graph.size,
    ]);
  });

  it('counts a name listed twice on a paper once, and links the owner once', () => {
    const profile = parseProfile(
      'Ann Lee\n\nCL\nh-index1\nPapers1\nCitations1\n\n' +
        'CLJan 1, 2024\nOne\nAnn Lee, Bo Chen, Bo  Chen\nAn abstract.\n',
    );
    const { nodes, edges } = graphItems(profile);
    expect(
      nodes.map(({ key, attributes }) => [
        key,
        attributes.kind === 'author' && attributes.paperCount,
      ]),
    ).toEqual([
      ['a:ann lee', 1],
      [expect.stringMatching(/^p:/), false],
      ['a:bo chen', 1],
    ]);
    expect(edges.keys).toHaveLength(2);
  });

  it('throws when two papers share an id', () => {
    const paper = SAMPLE_PROFILE.papers[0]!;
    expect(() => graphItems({ ...SAMPLE_PROFILE, papers: [paper, { ...paper }] })).toThrow(
      `two papers share the id ${JSON.stringify(paper.id)}`,
    );
  });
});

describe('addEdgeColumns()', () => {
  it('adds the edges from `from` to `to`, so parts in turn give the whole graph', () => {
    const profile = parseProfile(generateProfile({ papers: 50, seed: 3 }));
    const { nodes, edges } = graphItems(profile);
    const graph: CoauthorGraph = new Graph(GRAPH_OPTIONS);
    for (const { key, attributes } of nodes) graph.addNode(key, attributes);
    const keys = nodes.map(({ key }) => key);
    const middle = Math.floor(edges.keys.length / 2);
    addEdgeColumns(graph, keys, edges, 0, middle);
    expect(graph.size).toBe(middle);
    addEdgeColumns(graph, keys, edges, middle);
    expect(graph.export()).toEqual(buildGraph(profile).export());
  });
});
