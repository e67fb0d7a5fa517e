import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import {
  isGraphJson,
  parseGraphJson,
  placedItems,
  readGraphJson,
  serializeGraph,
} from '../../src/graph/graph-json';
import { GRAPH_OPTIONS, type CoauthorGraph } from '../../src/graph/types';
import { runLayout } from '../../src/layout/run-layout';
import { filed } from './filed';
import { SAMPLE_PROFILE } from './sample-profile';

function laidOutSample() {
  const graph = buildGraph(SAMPLE_PROFILE);
  runLayout.assign(graph, { seed: 7, iterations: 50 });
  return graph;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type LooseFile = Record<string, any>;

/** A valid graph file of the sample as a plain object, to spoil in one place per case. */
function sampleFile(): LooseFile {
  return JSON.parse(serializeGraph(laidOutSample(), SAMPLE_PROFILE));
}

function messageOf(text: string): string {
  try {
    parseGraphJson(text, 'g.json');
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
}

describe('serializeGraph() and parseGraphJson()', () => {
  it('round-trips the laid-out sample graph and its profile', () => {
    const graph = laidOutSample();
    const text = serializeGraph(graph, SAMPLE_PROFILE);
    const file = JSON.parse(text);
    expect([file.format, file.version]).toEqual(['coauthor-network/graph', 3]);
    // The profile and the positions; the nodes and edges are the profile's.
    expect(Object.keys(file)).toEqual(['format', 'version', 'profile', 'positions']);
    // Papers as columns, authors by their index in the list of names, positions in node order.
    expect(file.profile.papers.title).toEqual(SAMPLE_PROFILE.papers.map((p) => p.title));
    expect(file.profile.names).toEqual([
      ...new Set(SAMPLE_PROFILE.papers.flatMap((p) => p.authors)),
    ]);
    expect(file.positions).toHaveLength(2 * graph.order);

    const parsed = parseGraphJson(text, 'sample.json');
    expect(parsed.profile).toEqual(SAMPLE_PROFILE);
    // The same graph, each position to hundredths.
    expect(parsed.graph.export()).toEqual(filed(graph).export());
    expect(parsed.graph.getNodeAttribute('p:zyda', 'x')).toBe(
      Math.round(graph.getNodeAttribute('p:zyda', 'x')! * 100) / 100,
    );
    expect(parsed.graph.getNodeAttribute('p:zyda', 'x')).not.toBe(
      graph.getNodeAttribute('p:zyda', 'x'),
    );
    expect(parsed.graph.getNodeAttributes('a:yury tokpanov')).toMatchObject({ paperCount: 4 });
    expect(typeof parsed.graph.getNodeAttribute('p:zyda', 'x')).toBe('number');
  });

  it("serializeGraph() writes the positions in the profile's node order, whatever the graph's", () => {
    const graph = laidOutSample();
    const reversed: CoauthorGraph = new Graph(GRAPH_OPTIONS);
    for (const key of graph.nodes().reverse()) reversed.addNode(key, graph.getNodeAttributes(key));
    graph.forEachEdge((key, attributes, source, target) =>
      reversed.addUndirectedEdgeWithKey(key, source, target, attributes),
    );
    expect(reversed.nodes()).not.toEqual(graph.nodes());
    expect(serializeGraph(reversed, SAMPLE_PROFILE)).toBe(serializeGraph(graph, SAMPLE_PROFILE));
  });

  it("serializeGraph() refuses a graph without one of its profile's nodes", () => {
    const graph = laidOutSample();
    graph.dropNode('p:zyda');
    expect(() => serializeGraph(graph, SAMPLE_PROFILE)).toThrow(
      'serializeGraph: node "p:zyda" has no position',
    );
  });

  it('serializeGraph() refuses a graph that was never laid out', () => {
    expect(() => serializeGraph(buildGraph(SAMPLE_PROFILE), SAMPLE_PROFILE)).toThrow(
      `serializeGraph: node "a:paolo glorioso" has no position`,
    );
  });

  const PREFIX = 'g.json: not a coauthor-network graph file: ';
  const rejections: Array<{
    name: string;
    input: (file: LooseFile) => unknown;
    expected: string;
  }> = [
    { name: 'an array', input: () => [], expected: 'a JSON object expected' },
    {
      name: 'another format',
      input: (file) => ({ ...file, format: 'gexf' }),
      expected: '"format": "coauthor-network/graph" expected',
    },
    {
      name: 'a file of an earlier version',
      input: (file) => ({ ...file, version: 2 }),
      expected: 'version 2 is not supported (3 expected: write the file again with `cli layout`)',
    },
    {
      name: 'no profile',
      input: (file) => ({ ...file, profile: undefined }),
      expected: '"profile" object expected',
    },
    {
      name: 'papers as a list of objects (not columns)',
      input: (file) => {
        file.profile.papers = [];
        return file;
      },
      expected: 'profile.papers: object of columns expected',
    },
    {
      name: 'ids that are not an array',
      input: (file) => {
        file.profile.papers.id = 'p1';
        return file;
      },
      expected: 'profile.papers.id: array expected',
    },
    {
      name: 'a flag that is not a boolean',
      input: (file) => {
        file.profile.papers.hasCode[0] = 1;
        return file;
      },
      expected: 'profile.papers.hasCode[0]: boolean expected',
    },
    {
      name: 'a line that is not a whole number',
      input: (file) => {
        file.profile.papers.line[1] = 2.5;
        return file;
      },
      expected: 'profile.papers.line[1]: integer expected',
    },
    {
      name: 'no column of authors',
      input: (file) => {
        delete file.profile.papers.authors;
        return file;
      },
      expected: 'profile.papers.authors: array expected',
    },
    {
      name: 'a column shorter than the papers',
      input: (file) => {
        file.profile.papers.abstract.pop();
        return file;
      },
      expected: `profile.papers.abstract: ${SAMPLE_PROFILE.papers.length} values expected`,
    },
    {
      name: 'a title that is not a string',
      input: (file) => {
        file.profile.papers.title[3] = 42;
        return file;
      },
      expected: 'profile.papers.title[3]: string expected',
    },
    {
      name: 'authors given by name',
      input: (file) => {
        file.profile.papers.authors[2] = ['Yury Tokpanov'];
        return file;
      },
      expected: 'profile.papers.authors[2]: array of indices into profile.names expected',
    },
    {
      name: 'a negative author index',
      input: (file) => {
        file.profile.papers.authors[0][0] = -1;
        return file;
      },
      expected: 'profile.papers.authors[0]: array of indices into profile.names expected',
    },
    {
      name: 'an author index past the names',
      input: (file) => {
        file.profile.papers.authors[4].push(file.profile.names.length);
        return file;
      },
      expected: 'profile.papers.authors[4]: array of indices into profile.names expected',
    },
    {
      name: 'no names',
      input: (file) => {
        delete file.profile.names;
        return file;
      },
      expected: 'profile.names: array of strings expected',
    },
    {
      name: 'two papers with one id',
      input: (file) => {
        file.profile.papers.id[1] = file.profile.papers.id[0];
        return file;
      },
      expected: `profile: two papers share the id ${JSON.stringify(SAMPLE_PROFILE.papers[0]!.id)}`,
    },
    {
      name: 'positions keyed by node (version 2)',
      input: (file) => ({ ...file, positions: { 'p:zyda': [0, 0] } }),
      expected: '"positions" array expected',
    },
    {
      name: 'a node without a position',
      input: (file) => {
        file.positions.length -= 2;
        return file;
      },
      expected: `positions: ${2 * buildGraph(SAMPLE_PROFILE).order} numbers expected, ${2 * buildGraph(SAMPLE_PROFILE).order - 2} found`,
    },
    {
      name: 'a position that is not a number',
      input: (file) => {
        file.positions[7] = '2';
        return file;
      },
      expected: 'positions[7]: number expected',
    },
    {
      name: 'a position of null (JSON has no NaN)',
      input: (file) => {
        file.positions[0] = null;
        return file;
      },
      expected: 'positions[0]: number expected',
    },
  ];
  for (const { name, input, expected } of rejections) {
    it(`parseGraphJson() rejects ${name}`, () => {
      expect(messageOf(JSON.stringify(input(sampleFile())))).toBe(PREFIX + expected);
    });
  }

  it("keeps a paper's category as its first category (not a column of the file), null without one", () => {
    const profile = structuredClone(SAMPLE_PROFILE);
    profile.papers[1]!.categories = [];
    profile.papers[1]!.category = null;
    const graph = buildGraph(profile);
    runLayout.assign(graph, { seed: 7, iterations: 5 });
    const text = serializeGraph(graph, profile);
    expect(Object.keys(JSON.parse(text).profile.papers)).not.toContain('category');
    expect(parseGraphJson(text, 'g.json').profile.papers.map((p) => p.category)).toEqual(
      profile.papers.map((p) => p.category),
    );
  });

  it('writes ASCII only, with every other character escaped, and reads it back the same', () => {
    const profile = structuredClone(SAMPLE_PROFILE);
    profile.papers[0]!.authors[1] = 'Søren Kang';
    profile.papers[0]!.abstract = 'Čeština, 日本語, 😀 and \u007f.';
    const graph = buildGraph(profile);
    runLayout.assign(graph, { seed: 7, iterations: 5 });
    const text = serializeGraph(graph, profile);
    expect([...text].every((c) => c.charCodeAt(0) < 0x7f)).toBe(true);
    expect(text).toContain('S\\u00f8ren Kang');
    const parsed = parseGraphJson(text, 'g.json');
    expect(parsed.profile).toEqual(profile);
    expect(parsed.graph.export()).toEqual(filed(graph).export());
  });

  it('readGraphJson() checks the profile; placedItems() makes its items, placed', () => {
    const file = sampleFile();
    const contents = readGraphJson(JSON.stringify(file), 'g.json');
    expect(contents.profile).toEqual(SAMPLE_PROFILE);
    const { nodes } = placedItems(contents);
    expect(nodes.map(({ key }) => key)).toEqual(buildGraph(SAMPLE_PROFILE).nodes());
    expect(nodes.flatMap(({ attributes }) => [attributes.x, attributes.y])).toEqual(file.positions);
  });

  it('parseGraphJson() rejects text that is not JSON, saying where it broke', () => {
    expect(messageOf('{"format": ')).toMatch(
      /^g\.json: not a coauthor-network graph file: invalid JSON \(.+\)$/,
    );
  });

  const sniffs = [
    { name: 'a graph file', input: '  \n{"format":…', expected: true },
    { name: 'a profile', input: 'Paolo Glorioso\n\nCL\n', expected: false },
    { name: 'an empty text', input: '', expected: false },
  ];
  for (const { name, input, expected } of sniffs) {
    it(`isGraphJson() tells ${name}`, () => expect(isGraphJson(input)).toBe(expected));
  }
});
