// @vitest-environment jsdom
// drawAxis() draws what d3-axis draws for the same scale, values, format and sizes.
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleBand, scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { describe, expect, test } from 'vitest';
import { drawAxis } from '../../src/charts/axis';
import { bandScale } from '../../src/charts/band-scale';

const g = (): SVGGElement => document.createElementNS('http://www.w3.org/2000/svg', 'g');
const markup = (node: Node): string => new XMLSerializer().serializeToString(node);

describe('drawAxis()', () => {
  test('a bottom axis of bands, ticks in their middles, no outer ticks', () => {
    const keys = ['2019', '2020', '2021', '2022'];
    const ours = g();
    const theirs = g();
    const band = bandScale(keys, [0, 400], 0.24, 0.12);
    drawAxis(select(ours), 'bottom', {
      position: (k) => band(k) ?? 0,
      band: band.bandwidth(),
      range: band.range(),
      values: ['2019', '2021'],
      tickSizeOuter: 0,
      format: (k) => `’${k.slice(2)}`,
    });
    const d3 = scaleBand<string>()
      .domain(keys)
      .range([0, 400])
      .paddingInner(0.24)
      .paddingOuter(0.12);
    select(theirs).call(
      axisBottom(d3)
        .tickValues(['2019', '2021'])
        .tickSizeOuter(0)
        .tickFormat((k) => `’${k.slice(2)}`),
    );
    expect(markup(ours)).toBe(markup(theirs));
  });

  test('a left axis of counts with grid lines across the plot, drawn twice', () => {
    const ours = g();
    const theirs = g();
    const y = scaleLinear().domain([0, 80]).range([150, 0]);
    for (const values of [
      [0, 20, 40, 60, 80],
      [0, 40, 80],
    ]) {
      drawAxis(select(ours), 'left', {
        position: y,
        range: [150, 0],
        values,
        format: String,
        tickSize: -300,
        tickPadding: 6,
      });
      select(theirs).call(
        axisLeft(y)
          .tickValues(values)
          .tickFormat((d) => String(d))
          .tickSize(-300)
          .tickPadding(6),
      );
      expect(markup(ours)).toBe(markup(theirs));
    }
  });
});
