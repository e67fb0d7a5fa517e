import { describe, expect, test } from 'vitest';
import { describeError, loadNetwork, sourceName } from '../../src/pipeline/load-network';
import { serializeGraph } from '../../src/graph/graph-json';
import { runLayout } from '../../src/layout/run-layout';
import { SAMPLE_TEXT, sample } from '../fixtures/sample';
import { filed } from '../graph/filed';

describe('loadNetwork()', () => {
  test('reads a profile text into a graph to lay out', () => {
    const loaded = loadNetwork(SAMPLE_TEXT, 'glorioso.txt');
    expect(loaded.laidOut).toBe(false);
    expect(loaded.graph.order).toBe(15);
    expect(loaded.profile.owner).toBe('Paolo Glorioso');
  });

  test('reads a graph file with its positions, nothing to lay out', () => {
    const { profile, graph } = sample();
    runLayout.assign(graph, { seed: 3 });
    const loaded = loadNetwork(serializeGraph(graph, profile), 'g.json');
    expect(loaded.laidOut).toBe(true);
    expect(loaded.graph.export()).toEqual(filed(graph).export());
  });

  test('a broken profile throws an error that names the source and the line', () => {
    const broken = 'Someone\n\nLG\n\n1 Papers\n\nLGOct 28, 2022\nA title\n';
    let caught: unknown;
    try {
      loadNetwork(broken, 'broken.txt');
    } catch (error) {
      caught = error;
    }
    const detail = describeError(caught);
    expect(detail.message).toMatch(/^broken\.txt:\d+: /);
    expect(detail.line).toBe(Number(/^broken\.txt:(\d+):/.exec(detail.message)?.[1]));
  });

  test('a broken graph file has no line', () => {
    let caught: unknown;
    try {
      loadNetwork('{"format": "something else"}', 'g.json');
    } catch (error) {
      caught = error;
    }
    expect(describeError(caught)).toEqual({
      message: expect.stringMatching(/^g\.json: not a coauthor-network graph file/),
      line: null,
    });
  });
});

describe('sourceName()', () => {
  test.each([
    ['https://example.org/data/glorioso.txt', 'glorioso.txt'],
    ['/profiles/a%20b.txt?x=1#top', 'a b.txt'],
    ['profile.json', 'profile.json'],
  ])('%s → %s', (url, name) => {
    expect(sourceName(url)).toBe(name);
  });
});
