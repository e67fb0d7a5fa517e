import { describe, expect, it } from 'vitest';
import { CATEGORY_COLORS, OTHER_COLOR, createPalette } from '../../src/charts/palette';

describe('createPalette()', () => {
  it('gives the most frequent category the first colour and ties go by code', () => {
    const palette = createPalette(['LG', 'CL', 'CL', 'AI', null, 'CV']);
    expect(palette.codes).toEqual(['CL', 'AI', 'CV', 'LG']);
    expect(palette.color('CL')).toBe(CATEGORY_COLORS[0]);
    expect(palette.color('LG')).toBe(CATEGORY_COLORS[3]);
  });

  it('uses the neutral colour for a missing or unknown category', () => {
    const palette = createPalette(['CL']);
    expect(palette.color(null)).toBe(OTHER_COLOR);
    expect(palette.color('XX')).toBe(OTHER_COLOR);
  });
});
