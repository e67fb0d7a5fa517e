import { describe, expect, test } from 'vitest';
import { mixColours, primaryFamily, withAlpha } from '../../src/renderer/theme';

describe('mixColours()', () => {
  test.each([
    { a: '#000000', b: '#ffffff', t: 0, expected: '#000000' },
    { a: '#000000', b: '#ffffff', t: 1, expected: '#ffffff' },
    { a: '#000000', b: '#ffffff', t: 0.5, expected: '#808080' },
    { a: '#d5dae1', b: '#5b6474', t: 0.45, expected: '#9ea5b0' },
    { a: 'red', b: '#ffffff', t: 0.5, expected: 'red' },
  ])('$a + $b at $t → $expected', ({ a, b, t, expected }) => {
    expect(mixColours(a, b, t)).toBe(expected);
  });
});

describe('primaryFamily()', () => {
  test.each([
    ["'Inter Variable', Inter, sans-serif", 'Inter Variable'],
    ['"Helvetica Neue", Arial', 'Helvetica Neue'],
    ['system-ui', 'system-ui'],
    ['', 'sans-serif'],
  ])('%s → %s', (list, family) => {
    expect(primaryFamily(list)).toBe(family);
  });
});

describe('withAlpha()', () => {
  test.each([
    ['#ffffff', 0.72, 'rgba(255,255,255,0.72)'],
    ['#141a23', 0.5, 'rgba(20,26,35,0.5)'],
    ['white', 0.5, 'white'],
  ])('%s at %s → %s', (hex, alpha, expected) => {
    expect(withAlpha(hex, alpha)).toBe(expected);
  });
});
