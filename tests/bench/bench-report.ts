// The bench's tables: the app by step, each contender's time to the laid-out network over the floor's and its layout quality, and longest tasks.
import { median } from 'd3-array';
import type { Input } from './bench-inputs';
import type { AppRun, CompareRun, FloorRun } from './page-loads';

/** The runs of every contender on one input. */
export interface Results {
  input: Input;
  floor: FloorRun[];
  /** The floor page run for the reference's iterations (none for a graph file). */
  reference: FloorRun[];
  app: AppRun[];
  before: AppRun[];
  cytoscape: CompareRun[];
  vis: CompareRun[];
}

export interface ReportOptions {
  /** The machine line. */
  machine: string;
  runs: number;
  compareRuns: number;
  capMs: number;
  previewWaitMs: number;
  /** ForceAtlas2 iterations of the reference contender. */
  referenceIterations: number;
  /** An older build was measured as "app (before)". */
  withBefore: boolean;
  loadAtStart: string;
  loadAtEnd: string;
}

/** Median of the numbers present (NaN and null are skipped), or null when none is. */
function medianOf(values: (number | null)[]): number | null {
  return median(values.filter((v): v is number => v !== null && !Number.isNaN(v))) ?? null;
}

/** Milliseconds, rounded; `–` for none. */
const ms = (v: number | null): string =>
  v === null || Number.isNaN(v) ? '–' : Math.round(v).toLocaleString('en');

/** `value` and its ratio to `floor`: `2,345 (1.9×)`. */
function overFloor(value: number | null, floor: number | null): string {
  if (value === null) return '–';
  if (floor === null || floor === 0) return ms(value);
  return `${ms(value)} (${(value / floor).toFixed(1)}×)`;
}

/** A layout quality: `q 0.123`; `q –` for none. */
const q = (v: number | null): string => `q ${v === null || Number.isNaN(v) ? '–' : v.toFixed(3)}`;

/** A time and its layout quality: `2,345 (1.9×) · q 0.123`. */
const withQuality = (time: string, quality: number | null): string => `${time} · ${q(quality)}`;

/** The ratio `a ÷ b` to `digits` decimals: `0.45×`; `–` without both. */
function ratio(a: number | null, b: number | null, digits: number): string {
  if (a === null || b === null || Number.isNaN(a) || Number.isNaN(b) || b === 0) return '–';
  return `${(a / b).toFixed(digits)}×`;
}

/** A Markdown table: the first column left-aligned, the others right-aligned. */
function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`));
  return [line(head), `|${rule.join('|')}|`, ...rows.map(line)].join('\n');
}

/** The app's steps: `cn:*` measures (`–` where the build records none), ready, long tasks, heap. */
function stepsRow({ input, app }: Results): string[] {
  const m = (pick: (r: AppRun) => number | null): number | null => medianOf(app.map(pick));
  const first = app[0]!;
  const layout = m((r) => r.layout);
  return [
    input.name,
    `${first.nodes.toLocaleString('en')} / ${first.edges.toLocaleString('en')}`,
    `${ms(m((r) => r.parse))} (${first.parseWhere})`,
    ms(m((r) => r.build)),
    layout === null
      ? first.layoutMode
      : `${ms(layout)} (${ms(m((r) => r.iterations))} it, ${first.layoutMode})`,
    ms(m((r) => r.firstFrame)),
    ms(m((r) => r.ready)),
    ms(m((r) => r.longestToFirstFrame)),
    ms(m((r) => r.longestAfterFirstFrame)),
    ms(m((r) => r.heapMb)),
  ];
}

/**
 * A comparison library's time to a stable layout over the floor's and its quality, or that it
 * was capped (no quality: its layout had not ended).
 */
function compareCell(runs: CompareRun[], floor: number | null, capMs: number): string {
  if (runs.length === 0) return '–';
  if (runs.some((r) => r.stable === null)) return withQuality(`> ${ms(capMs)} (capped)`, null);
  return withQuality(
    overFloor(medianOf(runs.map((r) => r.stable)), floor),
    medianOf(runs.map((r) => r.quality)),
  );
}

/**
 * Each contender's time to the laid-out network on screen with its ratio to the floor's and its
 * layout quality, and the app's time and quality over the reference's.
 */
function speedRow(r: Results, { withBefore, capMs, previewWaitMs }: ReportOptions): string[] {
  const quality = (runs: { quality: number }[]): number | null =>
    medianOf(runs.map((x) => x.quality));
  const floor = medianOf(r.floor.map((f) => f.painted));
  const reference = medianOf(r.reference.map((f) => f.painted));
  const app = medianOf(r.app.map((a) => a.ready));
  const cells = [
    r.input.name,
    q(r.input.startQuality),
    withQuality(
      `${ms(floor)} (${r.floor[0]!.layout}, ${r.floor[0]!.iterations} it)`,
      quality(r.floor),
    ),
    r.reference.length === 0 ? '–' : withQuality(overFloor(reference, floor), quality(r.reference)),
    withQuality(overFloor(app, floor), quality(r.app)),
    ratio(app, reference, 2),
    ratio(quality(r.app), quality(r.reference), 3),
  ];
  if (withBefore) {
    const missing = r.before.some((b) => b.sigmaOnScreen === null);
    cells.push(
      withQuality(overFloor(medianOf(r.before.map((b) => b.ready)), floor), quality(r.before)),
    );
    cells.push(
      missing
        ? `not within ${ms(previewWaitMs)}`
        : overFloor(medianOf(r.before.map((b) => b.sigmaOnScreen)), floor),
    );
  }
  cells.push(compareCell(r.cytoscape, floor, capMs), compareCell(r.vis, floor, capMs));
  return cells;
}

/** Each contender's longest main-thread task up to that time. */
function longestRow(r: Results, withBefore: boolean): string[] {
  const longestOf = (runs: { longest: number }[]): string =>
    runs.length === 0 ? '–' : ms(medianOf(runs.map((x) => x.longest)));
  const capped = (runs: CompareRun[]): string =>
    runs.some((x) => x.stable === null) ? '–' : longestOf(runs);
  const cells = [r.input.name, longestOf(r.floor), longestOf(r.reference), longestOf(r.app)];
  if (withBefore) cells.push(longestOf(r.before));
  cells.push(capped(r.cytoscape), capped(r.vis));
  return cells;
}

export function printTables(all: Results[], options: ReportOptions): void {
  const { withBefore } = options;
  console.log(
    `\n${options.machine}\nmedians of ${options.runs} runs (comparisons: ${options.compareRuns}); ms from navigation; load average at start: ${options.loadAtStart}, at end: ${options.loadAtEnd}`,
  );
  console.log('\nThe app, by step\n');
  console.log(
    table(
      [
        'input',
        'nodes / edges',
        'parse',
        'build',
        'layout (iterations, mode)',
        'first frame',
        'ready',
        'longest task: to first frame',
        'longest task: first frame to ready',
        'JS heap MB',
      ],
      all.map(stepsRow),
    ),
  );
  const before = withBefore ? ['app (before): ready', 'app (before): sigma on screen'] : [];
  const reference = `FA2 ${options.referenceIterations} it`;
  console.log(
    `\nThe laid-out network on screen (× = over the floor; q = layout quality, lower is better, a random scatter about 1; Cytoscape.js and vis-network: stable layout, capped at ${ms(options.capMs)})\n`,
  );
  console.log(
    table(
      [
        'input',
        'start',
        'floor: first frame (layout)',
        `${reference}: first frame`,
        'app: ready',
        `app ÷ ${reference}: time`,
        `app ÷ ${reference}: q`,
        ...before,
        'Cytoscape.js cose',
        'vis-network',
      ],
      all.map((r) => speedRow(r, options)),
    ),
  );
  console.log('\nThe longest main-thread task until then\n');
  console.log(
    table(
      [
        'input',
        'floor',
        reference,
        'app',
        ...(withBefore ? ['app (before)'] : []),
        'Cytoscape.js cose',
        'vis-network',
      ],
      all.map((r) => longestRow(r, withBefore)),
    ),
  );
}
