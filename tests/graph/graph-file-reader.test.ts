// GraphFileReader: the line layout read as it arrives, in any cut; faults named by their line.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { GraphFileReader, readGraphJson } from '../../src/graph/graph-file-reader';
import { GraphFileError, serializeGraph } from '../../src/graph/graph-json';
import { runLayout } from '../../src/layout/run-layout';
import { SAMPLE_PROFILE } from './sample-profile';

function sampleText(): string {
  const graph = buildGraph(SAMPLE_PROFILE);
  runLayout.assign(graph, { seed: 7, iterations: 20 });
  return serializeGraph(graph, SAMPLE_PROFILE);
}

/** The error `text` gives, read in pieces of `size` characters. */
function errorOf(text: string, size = 7): GraphFileError {
  const reader = new GraphFileReader('g.json');
  try {
    for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
    reader.end();
  } catch (error) {
    if (error instanceof GraphFileError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('GraphFileReader', () => {
  it('gives the profile once the papers are read, and each item as its line completes', () => {
    const text = sampleText();
    const lines = text.split('\n');
    const papers = SAMPLE_PROFILE.papers.length;
    const reader = new GraphFileReader('g.json');
    // Cut in the middle of each line: an item is there once its line end has arrived.
    reader.push(`${lines[0]}\n${lines[1]!.slice(0, 10)}`);
    expect(reader.profile).toBeNull();
    reader.push(`${lines[1]!.slice(10)}\n${lines.slice(2, 1 + papers).join('\n')}\n`);
    expect(reader.profile).toBeNull();
    reader.push(`${lines[1 + papers]}\n${lines[2 + papers]}`);
    expect(reader.profile?.papers).toEqual(SAMPLE_PROFILE.papers);
    expect(reader.nodes).toHaveLength(0);
    reader.push('\n');
    expect(reader.nodes).toHaveLength(1);
    reader.push(lines.slice(3 + papers).join('\n'));
    const whole = readGraphJson(text);
    expect(reader.end()).toEqual(whole);
    expect(reader.nodes).toEqual(whole.graph.nodes);
    expect(reader.edges).toEqual(whole.graph.edges);
  });

  it('reads the same in any cut, and with CRLF line ends', () => {
    const text = sampleText();
    const whole = readGraphJson(JSON.stringify(JSON.parse(text)));
    for (const size of [1, 2, 3, 50, 1000, text.length]) {
      const reader = new GraphFileReader();
      for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
      expect(reader.end()).toEqual(whole);
    }
    expect(readGraphJson(text.replaceAll('\n', '\r\n'))).toEqual(whole);
  });

  it('names the line at fault, in the papers, the nodes and the edges', () => {
    const lines = sampleText().split('\n');
    const papers = SAMPLE_PROFILE.papers.length;
    const spoil = (at: number, from: string, to: string): string =>
      lines.map((line, i) => (i === at ? line.replace(from, to) : line)).join('\n');
    const paper = errorOf(spoil(2, '"title":"', '"title":0,"x":"'));
    expect(paper.message).toBe(
      'g.json:3: not a coauthor-network graph file: profile.papers[1].title: string expected',
    );
    const node = spoil(papers + 3, '"label":"', '"label":1,"y":"');
    expect(errorOf(node).message).toBe(
      `g.json:${papers + 4}: not a coauthor-network graph file: graph.nodes[1].attributes.label: string expected`,
    );
    const edge = papers + 3 + buildGraph(SAMPLE_PROFILE).order + 1;
    expect(errorOf(spoil(edge, '{', '{,')).message).toMatch(
      new RegExp(
        `^g\\.json:${edge + 1}: not a coauthor-network graph file: invalid JSON \\(.+\\)$`,
      ),
    );
    expect(errorOf(spoil(0, '"version":1', '"version":2')).message).toBe(
      'g.json:1: not a coauthor-network graph file: version 2 is not supported (1 expected)',
    );
  });

  it('refuses a line the layout does not have, a file cut short and text after its end', () => {
    const text = sampleText();
    const lines = text.split('\n');
    const papers = SAMPLE_PROFILE.papers.length;
    const nodesEnd = lines.indexOf('],"edges":[');
    expect(errorOf([...lines.slice(0, 3), 'oops', ...lines.slice(3)].join('\n')).message).toBe(
      'g.json:4: not a coauthor-network graph file: a paper, or the end of the papers (]},"graph":…"nodes":[), expected',
    );
    const strayInNodes = lines.map((line, i) => (i === nodesEnd ? `x${line}` : line)).join('\n');
    expect(errorOf(strayInNodes).reason).toBe(
      'a node, or the end of the nodes (],"edges":[), expected',
    );
    const short = errorOf(lines.slice(0, papers + 5).join('\n'));
    expect(short.reason).toBe('the file ends early: ]}} expected');
    expect(short.line).toBe(papers + 5);
    expect(errorOf(`${text}\nmore`).message).toBe(
      `g.json:${lines.length + 1}: not a coauthor-network graph file: nothing after the end of the file expected`,
    );
    // Blank lines are white space, wherever they are.
    expect(
      readGraphJson(`${lines.slice(0, 3).join('\n')}\n\n${lines.slice(3).join('\n')}\n\n`),
    ).toEqual(readGraphJson(text));
  });

  it('reads any other layout whole: pretty-printed, or on one line', () => {
    const text = sampleText();
    const whole = readGraphJson(text);
    expect(readGraphJson(JSON.stringify(JSON.parse(text), null, 2))).toEqual(whole);
    const reader = new GraphFileReader();
    reader.push(JSON.stringify(JSON.parse(text)).slice(0, 100));
    expect(reader.profile).toBeNull();
    const broken = errorOf(
      JSON.stringify(JSON.parse(text), null, 2).replace('"version": 1', '"version": 3'),
    );
    // Read whole: no line is named.
    expect(broken.line).toBe(0);
    expect(broken.message).toBe(
      'g.json: not a coauthor-network graph file: version 3 is not supported (1 expected)',
    );
  });
});
