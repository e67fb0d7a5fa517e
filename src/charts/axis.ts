// The timeline's two axes, drawn as d3-axis draws them (the same elements, classes and attributes)
// for the little the charts use of it: explicit tick values, a format, sizes, no transitions.
import type { Selection } from 'd3-selection';

export interface AxisOptions<T> {
  /** Where each tick goes, in pixels along the axis (the start of its band, with `band`). */
  position(value: T): number;
  /** Width of a band scale's bands: ticks then go to their middle. */
  band?: number;
  /** The axis's extent along its direction, in pixels. */
  range: [number, number];
  values: readonly T[];
  format(value: T): string;
  /** Length of the tick lines (negative: across the plot, as grid lines). Default 6. */
  tickSize?: number;
  /** Length of the end marks of the domain line. Default: tickSize (as d3-axis sets both). */
  tickSizeOuter?: number;
  /** Gap between a tick line and its label. Default 3. */
  tickPadding?: number;
}

/**
 * Draws (or redraws) an axis into `g`: a `path.domain` and one `g.tick` (a line and a text) per
 * value, labels below the axis (`bottom`) or to its left (`left`).
 */
export function drawAxis<T>(
  g: Selection<SVGGElement, unknown, null, undefined>,
  orient: 'bottom' | 'left',
  options: AxisOptions<T>,
): void {
  const inner = options.tickSize ?? 6;
  const outer = options.tickSizeOuter ?? inner;
  const spacing = Math.max(inner, 0) + (options.tickPadding ?? 3);
  // Half a pixel puts one-pixel lines on pixel centres (d3-axis does so at a device ratio of 1).
  const offset = globalThis.devicePixelRatio > 1 ? 0 : 0.5;
  const [r0, r1] = [options.range[0] + offset, options.range[1] + offset];
  const left = orient === 'left';
  const [k, across] = left ? [-1, 'x'] : [1, 'y'];
  const centre = options.band === undefined ? 0 : Math.max(0, options.band - offset * 2) / 2;
  g.attr('fill', 'none')
    .attr('font-size', 10)
    .attr('font-family', 'sans-serif')
    .attr('text-anchor', left ? 'end' : 'middle');
  g.selectAll('path.domain')
    .data([null])
    .join('path')
    .attr('class', 'domain')
    .attr('stroke', 'currentColor')
    .attr(
      'd',
      left
        ? outer
          ? `M${k * outer},${r0}H${offset}V${r1}H${k * outer}`
          : `M${offset},${r0}V${r1}`
        : outer
          ? `M${r0},${k * outer}V${offset}H${r1}V${k * outer}`
          : `M${r0},${offset}H${r1}`,
    );
  const ticks = g
    .selectAll<SVGGElement, T>('g.tick')
    .data(options.values)
    .join((enter) => {
      const tick = enter.append('g').attr('class', 'tick');
      tick.append('line').attr('stroke', 'currentColor');
      tick.append('text').attr('fill', 'currentColor');
      return tick;
    })
    .attr('opacity', 1)
    .attr('transform', (d) => {
      const p = options.position(d) + centre + offset;
      return left ? `translate(0,${p})` : `translate(${p},0)`;
    });
  ticks.select('line').attr(`${across}2`, k * inner);
  ticks
    .select('text')
    .attr(across, k * spacing)
    .attr('dy', left ? '0.32em' : '0.71em')
    .text((d) => options.format(d));
}
