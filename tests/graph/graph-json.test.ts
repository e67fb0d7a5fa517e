import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import {
  isGraphJson,
  parseGraphJson,
  readGraphJson,
  serializeGraph,
} from '../../src/graph/graph-json';
import { runLayout } from '../../src/layout/run-layout';
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
    const header = JSON.parse(text);
    expect([header.format, header.version]).toEqual(['coauthor-network/graph', 1]);

    const parsed = parseGraphJson(text, 'sample.json');
    expect(parsed.profile).toEqual(SAMPLE_PROFILE);
    expect(parsed.graph.export()).toEqual(graph.export());
    expect(parsed.graph.getNodeAttributes('a:yury tokpanov')).toMatchObject({ paperCount: 4 });
    expect(typeof parsed.graph.getNodeAttribute('p:zyda', 'x')).toBe('number');
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
      name: 'a later version',
      input: (file) => ({ ...file, version: 2 }),
      expected: 'version 2 is not supported (1 expected)',
    },
    {
      name: 'no profile',
      input: (file) => ({ ...file, profile: undefined }),
      expected: '"profile" object expected',
    },
    {
      name: 'a paper without authors',
      input: (file) => {
        delete file.profile.papers[2].authors;
        return file;
      },
      expected: 'profile.papers[2].authors: array of strings expected',
    },
    {
      name: 'a graph that was never laid out',
      input: (file) => ({ ...file, graph: buildGraph(SAMPLE_PROFILE).export() }),
      expected: 'graph.nodes[0].attributes.x: number expected (is the graph laid out?)',
    },
    {
      name: 'a node of an unknown kind',
      input: (file) => {
        file.graph.nodes[1].attributes.kind = 'venue';
        return file;
      },
      expected: 'graph.nodes[1].attributes.kind: "author" or "paper" expected',
    },
    {
      name: 'an edge to a missing node',
      input: (file) => {
        file.graph.edges[3].target = 'p:nowhere';
        return file;
      },
      expected: 'graph.edges[3].target: "p:nowhere" is not a node',
    },
    {
      name: 'a directed graph',
      input: (file) => {
        file.graph.options.type = 'directed';
        return file;
      },
      expected: 'graph.options.type: "undirected" expected',
    },
    {
      name: 'a profile paper missing from the graph',
      input: (file) => {
        file.profile.papers[0].id = 'elsewhere';
        return file;
      },
      expected: 'paper "elsewhere" of the profile is not a node of the graph',
    },
    {
      name: 'an edge listed twice',
      input: (file) => {
        file.graph.edges.push(file.graph.edges[0]);
        return file;
      },
      expected: 'graph.edges[19]: a second edge between "a:aditya cowsik" and "p:flatter"',
    },
    {
      name: 'an edge from a node to itself',
      input: (file) => {
        file.graph.edges[2].target = file.graph.edges[2].source;
        return file;
      },
      expected: `graph.edges[2]: joins ${JSON.stringify(sampleFile().graph.edges[2].source)} to itself`,
    },
    {
      name: 'an edge without a key',
      input: (file) => {
        delete file.graph.edges[4].key;
        return file;
      },
      expected: 'graph.edges[4].key: string expected',
    },
    {
      name: 'two edges with one key',
      input: (file) => {
        file.graph.edges[5].key = file.graph.edges[1].key;
        return file;
      },
      expected: `graph.edges[5]: edge ${JSON.stringify(sampleFile().graph.edges[1].key)} appears twice`,
    },
    {
      name: 'an edge without its authorship attributes',
      input: (file) => {
        delete file.graph.edges[6].attributes.position;
        return file;
      },
      expected: 'graph.edges[6].attributes: { implied: boolean, position: number } expected',
    },
    {
      name: 'an edge whose source is not a string',
      input: (file) => {
        file.graph.edges[7].source = 12;
        return file;
      },
      expected: 'graph.edges[7].source: 12 is not a node',
    },
  ];
  for (const { name, input, expected } of rejections) {
    it(`parseGraphJson() rejects ${name}`, () => {
      expect(messageOf(JSON.stringify(input(sampleFile())))).toBe(PREFIX + expected);
    });
  }

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
    expect(parsed.graph.export()).toEqual(graph.export());
  });

  it('readGraphJson() gives the checked items as the file holds them, without building the graph', () => {
    const file = sampleFile();
    const read = readGraphJson(JSON.stringify(file), 'g.json');
    expect(read.profile).toEqual(SAMPLE_PROFILE);
    expect(read.graph.nodes).toEqual(file.graph.nodes);
    expect(read.graph.edges).toEqual(file.graph.edges);
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
