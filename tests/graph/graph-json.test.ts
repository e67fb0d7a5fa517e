import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import {
  isGraphJson,
  parseGraphJson,
  placedItems,
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
    const file = JSON.parse(text);
    expect([file.format, file.version]).toEqual(['coauthor-network/graph', 2]);
    // The profile and the positions; the nodes and edges are the profile's.
    expect(Object.keys(file)).toEqual(['format', 'version', 'profile', 'positions']);
    expect(Object.keys(file.positions)).toEqual(graph.nodes());

    const parsed = parseGraphJson(text, 'sample.json');
    expect(parsed.profile).toEqual(SAMPLE_PROFILE);
    expect(parsed.graph.export()).toEqual(graph.export());
    expect(parsed.graph.getNodeAttributes('a:yury tokpanov')).toMatchObject({ paperCount: 4 });
    expect(typeof parsed.graph.getNodeAttribute('p:zyda', 'x')).toBe('number');
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
      name: 'a file of the first version (nodes and edges)',
      input: (file) => ({ ...file, version: 1 }),
      expected: 'version 1 is not supported (2 expected: write the file again with `cli layout`)',
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
      name: 'two papers with one id',
      input: (file) => {
        file.profile.papers[1].id = file.profile.papers[0].id;
        return file;
      },
      expected: `profile: two papers share the id ${JSON.stringify(SAMPLE_PROFILE.papers[0]!.id)}`,
    },
    {
      name: 'no positions',
      input: (file) => ({ ...file, positions: [] }),
      expected: '"positions" object expected',
    },
    {
      name: 'a node without a position',
      input: (file) => {
        delete file.positions['p:zyda'];
        return file;
      },
      expected: 'positions["p:zyda"]: missing (is the graph laid out?)',
    },
    {
      name: 'a position that is not two numbers',
      input: (file) => {
        file.positions['a:yury tokpanov'] = [1, '2'];
        return file;
      },
      expected: 'positions["a:yury tokpanov"]: [x, y] expected',
    },
    {
      name: 'a position with a third number',
      input: (file) => {
        file.positions['a:yury tokpanov'] = [1, 2, 3];
        return file;
      },
      expected: 'positions["a:yury tokpanov"]: [x, y] expected',
    },
    {
      name: 'a position of a node the profile does not make',
      input: (file) => {
        file.positions['a:nobody'] = [0, 0];
        return file;
      },
      expected: 'positions["a:nobody"]: not a node of the profile\'s graph',
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

  it('readGraphJson() checks the profile; placedItems() makes its items, placed', () => {
    const file = sampleFile();
    const contents = readGraphJson(JSON.stringify(file), 'g.json');
    expect(contents.profile).toEqual(SAMPLE_PROFILE);
    const { nodes } = placedItems(contents);
    expect(nodes.map(({ key }) => key)).toEqual(Object.keys(file.positions));
    for (const { key, attributes } of nodes) {
      expect([attributes.x, attributes.y]).toEqual(file.positions[key]);
    }
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
