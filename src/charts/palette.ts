// The one colour palette for categories, shared by the graph renderer and the charts.

/** Colour-blind-friendly categorical colours (Okabe–Ito order, then Tableau extras). */
export const CATEGORY_COLORS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#D55E00',
  '#56B4E9',
  '#8C6D31',
  '#7F3C8D',
  '#3969AC',
  '#F2B701',
  '#11A579',
  '#E73F74',
] as const;

/** Colour of papers whose category is unknown or missing, and of codes past the palette's end. */
export const OTHER_COLOR = '#8A8F98';

export interface Palette {
  /** Colour of a primary category code (null: no category). */
  color(code: string | null): string;
  /** Codes in palette order. */
  readonly codes: readonly string[];
}

/**
 * A palette for a profile: codes are given colours in order of how many papers they have
 * (most first, ties by code), so the largest categories get the most distinct colours.
 */
export function createPalette(categoryOfEachPaper: readonly (string | null)[]): Palette {
  const counts = new Map<string, number>();
  for (const code of categoryOfEachPaper) {
    if (code !== null) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const codes = [...counts.keys()].sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b),
  );
  const byCode = new Map(codes.map((code, i) => [code, CATEGORY_COLORS[i] ?? OTHER_COLOR]));
  return {
    codes,
    color: (code) => (code === null ? OTHER_COLOR : (byCode.get(code) ?? OTHER_COLOR)),
  };
}
