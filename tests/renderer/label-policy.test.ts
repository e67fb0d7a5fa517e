import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { parseProfile } from '../../src/profile/parse-profile';
import { restingLabels, restingLabelTest, truncateLabel } from '../../src/renderer/label-policy';
import { generateProfile } from '../../src/synth/generate-profile';
import { sample } from '../fixtures/sample';

describe('restingLabels()', () => {
  test('labels the owner and the coauthors with two papers or more on the sample', () => {
    expect([...restingLabels(sample().graph)].sort()).toEqual([
      'a:paolo glorioso',
      'a:quentin anthony',
      'a:yury tokpanov',
    ]);
  });

  test('keeps at most `max` coauthors, most papers first', () => {
    expect([...restingLabels(sample().graph, 1)].sort()).toEqual([
      'a:paolo glorioso',
      'a:yury tokpanov',
    ]);
  });
});

describe('truncateLabel()', () => {
  test.each([
    { text: 'Short title', max: 20, expected: 'Short title' },
    {
      text: 'Flatter, faster: scaling momentum for optimal speedup of SGD',
      max: 30,
      expected: 'Flatter, faster: scaling…',
    },
    { text: 'Averyveryverylongsingleword', max: 10, expected: 'Averyvery…' },
  ])('$text ($max) → $expected', ({ text, max, expected }) => {
    const cut = truncateLabel(text, max);
    expect(cut).toBe(expected);
    expect(cut.length).toBeLessThanOrEqual(max);
  });
});

describe('restingLabelTest()', () => {
  test.each([
    { name: 'the sample', graph: () => sample().graph, max: 12 },
    { name: 'the sample, one coauthor', graph: () => sample().graph, max: 1 },
    {
      name: '400 generated papers',
      graph: () => buildGraph(parseProfile(generateProfile({ papers: 400, seed: 3 }))),
      max: 12,
    },
  ])('holds for exactly the nodes restingLabels() gives: $name (max $max)', ({ graph, max }) => {
    const g = graph();
    const test = restingLabelTest(g, max);
    const passing = g.filterNodes((_key, attributes) => test(attributes));
    expect(new Set(passing)).toEqual(restingLabels(g, max));
    expect(passing.length).toBeGreaterThan(1);
  });
});
