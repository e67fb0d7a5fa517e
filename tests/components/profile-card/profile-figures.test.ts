import { describe, expect, test } from 'vitest';
import { profileFigures } from '../../../src/components/profile-card/profile-figures';
import { sample } from '../../fixtures/sample';

describe('profileFigures()', () => {
  test('the sample gives all five figures, in reading order', () => {
    expect(profileFigures(sample().profile).map((f) => `${f.label} ${f.value}`)).toEqual([
      'h-index 25',
      'Citations 285',
      'Papers 6',
      'Novelty 43%',
      'AI score 37',
    ]);
  });

  test('figures the profile does not give are left out', () => {
    const { profile } = sample();
    const stats = { hIndex: null, papers: 1234, citations: null, noveltyPct: null, aiScore: 7 };
    expect(profileFigures({ ...profile, stats }).map((f) => `${f.label} ${f.value}`)).toEqual([
      'Papers 1,234',
      'AI score 7',
    ]);
  });
});
