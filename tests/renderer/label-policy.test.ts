import { describe, expect, test } from 'vitest';
import { restingLabels, truncateLabel } from '../../src/renderer/label-policy';
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
