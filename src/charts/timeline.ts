// The timeline chart: papers per year or month stacked by category, with a brush that picks a range.
import { pointer, select } from 'd3-selection';
import { drawAxis } from './axis';
import { bandScale } from './band-scale';
import { countScale } from './count-scale';
import {
  binsInRange,
  binsRange,
  type BinStack,
  type BinUnit,
  type TimeBinDatum,
} from '../state/selectors';
import {
  barLabel,
  barParts,
  ensureTabStop,
  keyTarget,
  moveFocus,
  type BarParts,
} from './bar-parts';
import { layer, sizeChart } from './layer';
import { drawRangeBrush, snapToSlots } from './range-brush';

export interface TimelineOptions {
  width: number;
  height: number;
  unit: BinUnit;
  /** Colour of a category code ('' for papers without one). */
  color: (code: string) => string;
  /** Ids of the papers left by the filters; null when no filter is set. */
  active: ReadonlySet<string> | null;
  /** Ids of the papers of the selected node (drawn outlined). */
  marked: ReadonlySet<string>;
  /** The current time filter, shown as the brush. */
  range: readonly [string, string] | null;
  /** A bin came under the pointer or got the focus (null: none any more). */
  onHover?: (bin: TimeBinDatum | null) => void;
  /** The user picked a range snapped to whole bins, or cleared it (null). */
  onRange?: (range: [string, string] | null) => void;
}

export const TIMELINE_MARGIN = { top: 18, right: 12, bottom: 36, left: 34 } as const;
/** Widest bar, in pixels. */
const MAX_BAND = 56;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** English name of the month of a `YYYY-MM` key; `short` keeps its first three letters. */
function monthName(key: string, short = false): string {
  const name = MONTHS[Number(key.slice(5, 7)) - 1] ?? key;
  return short ? name.slice(0, 3) : name;
}

/** Human name of a bin: `2024`, `March 2024`. */
export function binName(bin: Pick<TimeBinDatum, 'key'>, unit: BinUnit): string {
  return unit === 'year' ? bin.key : `${monthName(bin.key)} ${bin.key.slice(0, 4)}`;
}

/** Keys that get an axis label: round years or months, as many as fit in `width` pixels. */
export function tickKeys(bins: readonly TimeBinDatum[], unit: BinUnit, width: number): string[] {
  if (bins.length === 0) return [];
  const capacity = Math.max(1, Math.floor(width / (unit === 'year' ? 42 : 38)));
  const steps = unit === 'year' ? [1, 2, 5, 10, 20, 50, 100] : [1, 2, 3, 6, 12, 24, 60, 120];
  const step = steps.find((s) => Math.ceil(bins.length / s) <= capacity) ?? 120;
  const index = (key: string): number =>
    unit === 'year' ? Number(key) : Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;
  const keys = bins.map((b) => b.key).filter((k) => index(k) % step === 0);
  return keys.length > 0 ? keys : [bins[0]?.key ?? ''];
}

interface Segment {
  bin: TimeBinDatum;
  code: string;
  base: number;
  parts: BarParts;
}

/**
 * Adjacent stacks of one colour as one (the palette greys out the small categories; dozens of grey
 * segments a bar would look the same and cost thousands of elements): codes joined by spaces.
 */
export function sameColourRuns(
  stacks: readonly BinStack[],
  color: (code: string) => string,
): BinStack[] {
  const runs: (BinStack & { colour: string })[] = [];
  for (const stack of stacks) {
    const colour = color(stack.code);
    const last = runs[runs.length - 1];
    if (last && last.colour === colour) {
      last.code = `${last.code} ${stack.code}`;
      last.count += stack.count;
      last.paperIds.push(...stack.paperIds);
    } else {
      runs.push({ ...stack, paperIds: [...stack.paperIds], colour });
    }
  }
  return runs.map(({ colour: _colour, ...stack }) => stack);
}

/** Draws (or redraws) the timeline into `svgElement`; all its state is in the DOM. */
export function drawTimeline(
  svgElement: SVGSVGElement,
  bins: readonly TimeBinDatum[],
  options: TimelineOptions,
): void {
  const { width, height, unit, active, marked } = options;
  const m = TIMELINE_MARGIN;
  const innerW = Math.max(0, width - m.left - m.right);
  const innerH = Math.max(0, height - m.top - m.bottom);
  const empty = bins.length === 0;
  const svg = sizeChart(svgElement, width, height, empty ? 'Timeline: no papers' : null);
  if (empty) return;
  const first = bins[0] as TimeBinDatum;
  const last = bins[bins.length - 1] as TimeBinDatum;
  svg.attr(
    'aria-label',
    `Papers per ${unit}, ${binName(first, unit)} to ${binName(last, unit)}. ` +
      'Arrow keys move between bars, Enter picks a bar as the time range, Escape clears it.',
  );

  const plot = layer(svgElement, 'g', 'plot').attr('transform', `translate(${m.left},${m.top})`);
  const plotNode = plot.node() as SVGGElement;

  // Equal slots across the whole width; bars are capped in width so a few bins stay bars.
  const step = innerW / bins.length;
  const padding = Math.max(bins.length > 48 ? 0.1 : 0.24, 1 - MAX_BAND / Math.max(1, step));
  const x = bandScale(
    bins.map((b) => b.key),
    [0, innerW],
    padding,
    padding / 2,
  );
  const band = x.bandwidth();
  const maxCount = Math.max(1, ...bins.map((b) => b.count));
  const y = countScale(maxCount, [innerH, 0], { nice: true });
  const yTicks = y
    .ticks(Math.max(2, Math.min(maxCount, Math.floor(innerH / 26))))
    .filter(Number.isInteger);

  drawAxis(layer(plotNode, 'g', 'y-axis'), 'left', {
    position: y,
    range: y.range(),
    values: yTicks,
    format: String,
    tickSize: -innerW,
    tickPadding: 6,
  });
  const ticks = new Set(tickKeys(bins, unit, innerW));
  const yearOnly = unit === 'month' && ![...ticks].some((k) => !k.endsWith('-01'));
  const xAxis = layer(plotNode, 'g', 'x-axis').attr('transform', `translate(0,${innerH})`);
  drawAxis(xAxis, 'bottom', {
    position: (k) => x(k) ?? 0,
    band,
    range: x.range(),
    values: [...ticks],
    tickSizeOuter: 0,
    format: (k) => (unit === 'year' || yearOnly ? k.slice(0, 4) : monthName(k, true)),
  });
  if (unit === 'month' && !yearOnly) {
    // A second line with the year under January and under the first label.
    xAxis.selectAll<SVGTextElement, string>('.tick text').each(function (k, i) {
      if (i === 0 || k.endsWith('-01')) {
        select(this).append('tspan').attr('x', 0).attr('dy', '1.15em').text(k.slice(0, 4));
      }
    });
  }

  const slotAt = (px: number): number => Math.floor(px / step);
  const rangeIs = (bin: TimeBinDatum): boolean =>
    options.range !== null && options.range[0] === bin.start && options.range[1] === bin.end;

  // The brush lies under the bars (which ignore the pointer) so a drag anywhere brushes.
  const brushNode = layer(plotNode, 'g', 'brush').node() as SVGGElement;
  const shown = options.range ? binsInRange(bins, options.range) : null;
  drawRangeBrush(brushNode, {
    width: innerW,
    height: innerH,
    selection: shown ? [step * shown[0], step * (shown[1] + 1)] : null,
    onBrush: (selection) => {
      const [i0, i1] = snapToSlots(selection, step, bins.length);
      options.onRange?.(binsRange(bins, i0, i1));
    },
    onClick: (px) => {
      // Pick the bin under the pointer, or clear (an empty bin, or the one already picked).
      const bin = bins[slotAt(px)];
      options.onRange?.(bin && bin.count > 0 && !rangeIs(bin) ? [bin.start, bin.end] : null);
    },
  });

  const barsNode = layer(plotNode, 'g', 'bars')
    .attr('pointer-events', 'none')
    .node() as SVGGElement;
  const setHover = (key: string | null): void => {
    const groups = select(barsNode).selectAll<SVGGElement, TimeBinDatum>('g.bin');
    const current = groups.filter('.hovered').data()[0];
    if ((current?.key ?? null) === key) return;
    groups.classed('hovered', (d) => d.key === key);
    options.onHover?.(bins.find((b) => b.key === key) ?? null);
  };
  select(brushNode)
    .on('pointermove.hover', (event: PointerEvent) => {
      if (event.buttons) return;
      setHover(bins[slotAt(pointer(event, plotNode)[0])]?.key ?? null);
    })
    .on('pointerleave.hover', (event: PointerEvent) => {
      if (!event.buttons) setHover(null); // a drag keeps its bar lit until it ends
    });

  const groups = select(barsNode)
    .selectAll<SVGGElement, TimeBinDatum>('g.bin')
    .data(bins, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'bin').attr('tabindex', -1).attr('role', 'button');
      g.append('rect').attr('class', 'slot');
      g.append('g').attr('class', 'segments');
      g.append('g').attr('class', 'outlines');
      g.append('text').attr('class', 'total');
      return g;
    });

  groups.each(function (bin) {
    const parts = barParts(bin.paperIds, active, marked);
    const g = select(this)
      .attr('transform', `translate(${x(bin.key) ?? 0},0)`)
      .attr('data-bin', bin.key)
      .attr('data-year', unit === 'year' ? bin.key : null)
      .attr('data-count', bin.count)
      .attr('data-active', parts.active)
      .attr('data-marked', parts.marked)
      .attr('aria-pressed', String(rangeIs(bin)))
      .attr('aria-label', barLabel(binName(bin, unit), parts))
      .classed('empty', bin.count === 0)
      .classed('marked', parts.marked > 0);
    g.select('rect.slot')
      .attr('x', -(step - band) / 2)
      .attr('width', step)
      .attr('y', 0)
      .attr('height', innerH);

    let base = 0;
    const segments: Segment[] = sameColourRuns(bin.stacks, options.color).map((s) => {
      const seg = { bin, code: s.code, base, parts: barParts(s.paperIds, active, marked) };
      base += s.count;
      return seg;
    });
    const segs = g
      .select('g.segments')
      .selectAll<SVGGElement, Segment>('g.segment')
      .data(segments, (d) => d.code)
      .join((enter) => {
        const s = enter.append('g').attr('class', 'segment');
        s.append('rect').attr('class', 'on');
        s.append('rect').attr('class', 'off');
        return s;
      })
      .attr('data-bin', (d) => d.bin.key)
      .attr('data-year', unit === 'year' ? bin.key : null)
      .attr('data-category', (d) => d.code)
      .attr('data-count', (d) => d.parts.count)
      .attr('data-active', (d) => d.parts.active)
      .attr('data-marked', (d) => d.parts.marked)
      .attr('fill', (d) => options.color(d.code));
    segs
      .select('rect.on')
      .attr('width', band)
      .attr('y', (d) => y(d.base + d.parts.active))
      .attr('height', (d) => y(d.base) - y(d.base + d.parts.active));
    segs
      .select('rect.off')
      .attr('width', band)
      .attr('y', (d) => y(d.base + d.parts.count))
      .attr('height', (d) => y(d.base + d.parts.active) - y(d.base + d.parts.count));

    const outlines = segments.flatMap((d) =>
      d.parts.outlines.map(([a, b]) => [d.base + a, d.base + b] as const),
    );
    g.select('g.outlines')
      .selectAll('rect')
      .data(outlines)
      .join('rect')
      .attr('x', 1)
      .attr('width', Math.max(0, band - 2))
      .attr('y', ([, b]) => y(b) + 1)
      .attr('height', ([a, b]) => Math.max(0, y(a) - y(b) - 2));

    g.select('text.total')
      .attr('x', band / 2)
      .attr('y', y(bin.count) - 5)
      .text(bin.count > 0 && band >= 14 ? String(bin.count) : '');
  });

  const items = groups.nodes();
  ensureTabStop(items);
  groups
    .on('keydown', function (event: KeyboardEvent, bin) {
      const index = items.indexOf(this);
      const next = keyTarget(event.key, index, items.length);
      if (next !== null) {
        moveFocus(items, next);
      } else if (event.key === 'Enter' || event.key === ' ') {
        options.onRange?.(rangeIs(bin) ? null : [bin.start, bin.end]);
      } else if (event.key === 'Escape') {
        options.onRange?.(null);
      } else {
        return;
      }
      event.preventDefault();
    })
    .on('focus', (_event: FocusEvent, bin) => setHover(bin.key))
    .on('blur', () => setHover(null));
}
