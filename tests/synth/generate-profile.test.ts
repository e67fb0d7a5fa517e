// generateProfile(): deterministic synthetic profiles that the parser reads back cleanly and whose
// coauthors, dates and categories look like a real researcher's record.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKnownCategory } from '../../src/profile/categories';
import { parseProfile } from '../../src/profile/parse-profile';
import type { Profile } from '../../src/profile/types';
import { SHOWN_AUTHORS, type SyntheticProfile } from '../../src/synth/format-profile';
import {
  createSyntheticProfile,
  generateProfile,
  MAX_GENERATED_PAPERS,
  publicationSpanYears,
} from '../../src/synth/generate-profile';

const END_YEAR = 2025;

function parseGenerated(papers: number, seed: string | number): { text: string; profile: Profile } {
  const text = generateProfile({ papers, seed });
  return { text, profile: parseProfile(text, { source: `synth-${papers}-${seed}.txt` }) };
}

/** Papers per coauthor (the owner left out), most frequent first, over the names the lists show. */
function coauthorCounts(profile: Profile): number[] {
  const counts = new Map<string, number>();
  for (const paper of profile.papers) {
    for (const name of paper.authors) {
      if (name !== profile.owner) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return [...counts.values()].sort((a, b) => b - a);
}

const share = (count: number, total: number): number => count / total;

/** The parsed profile says exactly what the model drew; the text shows three authors at most. */
function expectReadBack(model: SyntheticProfile, profile: Profile): void {
  expect(profile.owner).toBe(model.owner);
  expect(profile.primaryCategory).toBe(model.primaryCategory);
  expect(profile.stats).toEqual(model.stats);
  expect(
    profile.papers.map(
      ({ title, date, categories, category, hasCode, authors, truncated, abstract }) => ({
        title,
        date,
        categories,
        category,
        hasCode,
        authors,
        truncated,
        abstract,
      }),
    ),
  ).toEqual(
    model.papers.map((paper) => ({
      title: paper.title,
      date: paper.date,
      categories: paper.codes,
      category: paper.codes[0] ?? null,
      hasCode: paper.hasCode,
      authors: paper.authors.slice(0, SHOWN_AUTHORS),
      truncated: paper.authors.length > SHOWN_AUTHORS,
      abstract: paper.abstract,
    })),
  );
}

/** The 3,000-paper profile most tests look at, generated and parsed once. */
let big: { text: string; profile: Profile } | undefined;
const bigProfile = () => (big ??= parseGenerated(3000, 2026));

describe('generateProfile()', () => {
  it('gives byte-identical text for the same seed and paper count', () => {
    expect(generateProfile({ papers: 300, seed: 42 })).toBe(
      generateProfile({ papers: 300, seed: 42 }),
    );
    expect(generateProfile({ papers: 300, seed: 42 })).toBe(
      generateProfile({ papers: 300, seed: '42' }),
    );
  });

  it('gives different text for another seed or another paper count', () => {
    const base = generateProfile({ papers: 300, seed: 42 });
    expect(generateProfile({ papers: 300, seed: 43 })).not.toBe(base);
    expect(generateProfile({ papers: 301, seed: 42 })).not.toBe(base);
    expect(generateProfile({ papers: 300, seed: 43 }).split('\n')[0]).not.toBe(base.split('\n')[0]);
  });

  it('rejects paper counts that are not integers in 1..MAX_GENERATED_PAPERS', () => {
    for (const papers of [0, -1, 1.5, Number.NaN, MAX_GENERATED_PAPERS + 1]) {
      expect(() => generateProfile({ papers })).toThrow(RangeError);
    }
  });

  it.each([
    { papers: 1, seed: 1 },
    { papers: 6, seed: 'six' },
    { papers: 250, seed: 7 },
    { papers: 3000, seed: 2026 },
  ])('writes $papers papers (seed $seed) that parse with no warnings', ({ papers, seed }) => {
    const { text, profile } = papers === 3000 ? bigProfile() : parseGenerated(papers, seed);
    expect(profile.warnings).toEqual([]);
    expect(profile.papers).toHaveLength(papers);
    expect(profile.owner).toBe(text.slice(0, text.indexOf('\n')));
    expect(profile.stats.papers).toBe(papers);
    expect(text).toContain(`\n${papers} Papers\n`);
    expect(new Set(profile.papers.map((paper) => paper.id)).size).toBe(papers);
  });

  it('reads back exactly the drawn owner, figures and papers (authors cut to the shown three)', () => {
    expectReadBack(createSyntheticProfile({ papers: 3000, seed: 2026 }), bigProfile().profile);
  });

  it('reads back exactly what was drawn for any seed and 1–60 papers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.string({ maxLength: 8 }), (papers, seed) => {
        const text = generateProfile({ papers, seed });
        const profile = parseProfile(text);
        expect(profile.warnings).toEqual([]);
        expectReadBack(createSyntheticProfile({ papers, seed }), profile);
      }),
      { seed: 20261128, numRuns: 100 },
    );
  });

  it('keeps the header figures consistent with the papers', () => {
    const { profile } = bigProfile();
    const { hIndex, citations, noveltyPct, aiScore } = profile.stats;
    expect(hIndex).toBeGreaterThan(0);
    expect(hIndex).toBeLessThanOrEqual(3000);
    expect(citations).toBeGreaterThanOrEqual((hIndex as number) ** 2);
    expect(noveltyPct).toBeGreaterThanOrEqual(0);
    expect(noveltyPct).toBeLessThanOrEqual(100);
    expect(aiScore).toBeGreaterThanOrEqual(0);
    expect(aiScore).toBeLessThanOrEqual(100);
    // The header's primary code is the most common first code of the papers.
    const firsts = new Map<string, number>();
    for (const { category } of profile.papers) {
      if (category !== null) firsts.set(category, (firsts.get(category) ?? 0) + 1);
    }
    expect(firsts.get(profile.primaryCategory as string)).toBe(Math.max(...firsts.values()));
  });

  it('cuts lists longer than three names to three and "et al.", often hiding the owner', () => {
    const { profile } = bigProfile();
    const truncated = profile.papers.filter((paper) => paper.truncated);
    for (const paper of truncated) expect(paper.authors).toHaveLength(3);
    for (const paper of profile.papers.filter((p) => !p.truncated)) {
      expect(paper.authors.length).toBeGreaterThanOrEqual(1);
      expect(paper.authors.length).toBeLessThanOrEqual(3);
    }
    expect(share(truncated.length, 3000)).toBeGreaterThan(0.6);
    expect(share(truncated.length, 3000)).toBeLessThan(0.85);
    const hidden = truncated.filter((paper) => !paper.authors.includes(profile.owner));
    expect(share(hidden.length, truncated.length)).toBeGreaterThan(0.3);
    expect(share(hidden.length, truncated.length)).toBeLessThan(0.7);
    const shown = profile.papers.filter((paper) => paper.authors.includes(profile.owner));
    expect(share(shown.length, 3000)).toBeGreaterThan(0.5);
  });

  it('draws coauthors with a heavy tail: a few on many papers, most on one or two', () => {
    const { profile } = bigProfile();
    const counts = coauthorCounts(profile);
    const top = counts[0] as number;
    const median = counts[counts.length >> 1] as number;
    const total = counts.reduce((sum, c) => sum + c, 0);
    const topOnePercent = counts
      .slice(0, Math.ceil(counts.length / 100))
      .reduce((s, c) => s + c, 0);
    expect(median).toBeLessThanOrEqual(3);
    expect(top).toBeGreaterThanOrEqual(30 * median);
    expect(share(topOnePercent, total)).toBeGreaterThan(0.15);
    // ...and the pool is sublinear in the paper count (about 3·N^0.8 names, not all shown).
    expect(counts.length).toBeGreaterThan(300);
    expect(counts.length).toBeLessThan(3 * 3000 ** 0.8);
  });

  it('dates papers on real days over the span, recent years more often', () => {
    const papers = 3000;
    const { profile } = bigProfile();
    const span = publicationSpanYears(papers);
    const startMs = Date.UTC(END_YEAR - span, 9, 31);
    const endMs = Date.UTC(END_YEAR, 9, 31);
    let recent = 0;
    for (const { date } of profile.papers) {
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const ms = Date.parse(`${date}T00:00:00Z`);
      expect(new Date(ms).toISOString().slice(0, 10)).toBe(date); // no Feb 30
      expect(ms).toBeGreaterThanOrEqual(startMs);
      expect(ms).toBeLessThanOrEqual(endMs);
      if (ms > (startMs + endMs) / 2) recent++;
    }
    // Density 2t over the span puts three quarters of the papers in its second half.
    expect(share(recent, papers)).toBeGreaterThan(0.68);
    expect(share(recent, papers)).toBeLessThan(0.82);
    expect(publicationSpanYears(6)).toBe(5);
    expect(publicationSpanYears(1)).toBe(2);
    expect(publicationSpanYears(30_000)).toBe(25);
  });

  it('uses known arXiv codes, one to three glued, some papers none, "Code" on about 40%', () => {
    const { profile, text } = bigProfile();
    const byCount = [0, 0, 0, 0];
    for (const paper of profile.papers) {
      byCount[paper.categories.length]! += 1;
      for (const code of paper.categories) expect(isKnownCategory(code), code).toBe(true);
      expect(new Set(paper.categories).size).toBe(paper.categories.length);
    }
    expect(share(byCount[0]!, 3000)).toBeGreaterThan(0.03);
    expect(share(byCount[0]!, 3000)).toBeLessThan(0.1);
    expect(byCount[2]).toBeGreaterThan(300);
    expect(byCount[3]).toBeGreaterThan(100);
    const withCode = profile.papers.filter((paper) => paper.hasCode).length;
    expect(share(withCode, 3000)).toBeGreaterThan(0.36);
    expect(share(withCode, 3000)).toBeLessThan(0.44);
    expect(text).toMatch(/\n(?:[A-Z]{2})*MAMay \d/); // the MA + May case occurs
  });

  it('writes accented names in NFC and abstracts of one to three sentences, some missing', () => {
    const { profile } = bigProfile();
    const names = profile.papers.flatMap((paper) => paper.authors);
    expect(names.some((name) => /[^\x20-\x7e]/.test(name))).toBe(true);
    for (const name of names) expect(name.normalize('NFC')).toBe(name);
    const missing = profile.papers.filter((paper) => paper.abstract === '').length;
    expect(share(missing, 3000)).toBeGreaterThan(0.04);
    expect(share(missing, 3000)).toBeLessThan(0.12);
    for (const { abstract } of profile.papers.filter((paper) => paper.abstract !== '')) {
      const sentences = abstract.split(/(?<=[.?])\s+(?=[A-Z])/).length;
      expect(sentences).toBeGreaterThanOrEqual(1);
      expect(sentences).toBeLessThanOrEqual(3);
    }
  });
});
