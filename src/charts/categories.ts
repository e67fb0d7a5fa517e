// The categories chart: one labelled bar per primary category, clicked or keyed to toggle a filter.
import { select } from 'd3-selection';
import { countScale } from './count-scale';
import type { CategoryCount } from '../state/selectors';
import {
  barLabel,
  barParts,
  ensureTabStop,
  keyTarget,
  moveFocus,
  type BarParts,
} from './bar-parts';
import { layer, sizeChart } from './layer';

export interface CategoriesOptions {
  width: number;
  /** Colour of a category code ('' for papers without one). */
  color: (code: string) => string;
  /** Ids of the papers left by the filters; null when no filter is set. */
  active: ReadonlySet<string> | null;
  /** Ids of the papers of the selected node (drawn outlined). */
  marked: ReadonlySet<string>;
  /** Codes kept by the category filter (empty: all). */
  selected: readonly string[];
  /** A bar came under the pointer or got the focus (null: none any more). */
  onHover?: (category: CategoryCount | null) => void;
  /** The user clicked a bar or pressed Enter/Space on it. */
  onToggle?: (code: string) => void;
  /** The user pressed Escape: clear the category filter. */
  onClear?: () => void;
}

/** Height of one row: a label line, then the bar. */
export const CATEGORY_ROW = 40;
export const CATEGORIES_MARGIN = { top: 4, right: 8, bottom: 4, left: 2 } as const;
const LABEL_X = 18;
const COUNT_SPACE = 56;
/** Longest bar, in pixels: a wide element does not get bars that run off the eye. */
const MAX_BAR = 560;

/** Height the chart takes for `rows` categories. */
export function categoriesHeight(rows: number): number {
  return CATEGORIES_MARGIN.top + rows * CATEGORY_ROW + CATEGORIES_MARGIN.bottom;
}

interface Row {
  category: CategoryCount;
  parts: BarParts;
}

/** Shortens a text element with an ellipsis until it fits `max` pixels (needs layout; else a no-op). */
function fitText(text: SVGTextElement, full: string, max: number): void {
  text.textContent = full;
  if (max <= 0 || text.getComputedTextLength() <= max) return;
  let lo = 0;
  let hi = full.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    text.textContent = `${full.slice(0, mid).trimEnd()}…`;
    if (text.getComputedTextLength() <= max) lo = mid;
    else hi = mid - 1;
  }
  text.textContent = `${full.slice(0, lo).trimEnd()}…`;
}

/** Draws (or redraws) the categories chart into `svgElement`; all its state is in the DOM. */
export function drawCategories(
  svgElement: SVGSVGElement,
  counts: readonly CategoryCount[],
  options: CategoriesOptions,
): void {
  const { width, active, marked, selected } = options;
  const m = CATEGORIES_MARGIN;
  const height = categoriesHeight(counts.length);
  const innerW = Math.max(0, width - m.left - m.right);
  const empty = counts.length === 0;
  const svg = sizeChart(svgElement, width, height, empty ? 'Categories: no papers' : null);
  if (empty) return;
  svg.attr(
    'aria-label',
    `Papers per category, ${counts.length} ${counts.length === 1 ? 'category' : 'categories'}. ` +
      'Arrow keys move between bars, Enter toggles a category filter, Escape clears it.',
  );
  const plotNode = layer(svgElement, 'g', 'plot')
    .attr('transform', `translate(${m.left},${m.top})`)
    .node() as SVGGElement;
  const maxCount = Math.max(1, ...counts.map((c) => c.count));
  const barW = Math.max(0, Math.min(MAX_BAR, innerW - LABEL_X - COUNT_SPACE));
  const x = countScale(maxCount, [0, barW]);
  const w = (n: number): number => (n > 0 ? Math.max(2, x(n)) : 0);

  const rows: Row[] = counts.map((category) => ({
    category,
    parts: barParts(category.paperIds, active, marked),
  }));
  const groups = select(plotNode)
    .selectAll<SVGGElement, Row>('g.category')
    .data(rows, (d) => d.category.code)
    .join((enter) => {
      const g = enter
        .append('g')
        .attr('class', 'category')
        .attr('tabindex', -1)
        .attr('role', 'button');
      g.append('title');
      g.append('rect').attr('class', 'hit');
      g.append('rect').attr('class', 'swatch');
      g.append('path').attr('class', 'check');
      const label = g.append('text').attr('class', 'label');
      label.append('tspan').attr('class', 'name');
      label.append('tspan').attr('class', 'code');
      g.append('rect').attr('class', 'on');
      g.append('rect').attr('class', 'off');
      g.append('g').attr('class', 'outlines');
      g.append('text').attr('class', 'count');
      return g;
    });

  groups.each(function (row, i) {
    const { category, parts } = row;
    const isSelected = selected.includes(category.code);
    const g = select(this)
      .attr('transform', `translate(0,${i * CATEGORY_ROW})`)
      .attr('data-category', category.code)
      .attr('data-count', category.count)
      .attr('data-active', parts.active)
      .attr('data-marked', parts.marked)
      .attr('aria-pressed', String(isSelected))
      .attr('aria-label', barLabel(`${category.name} (${category.code || 'none'})`, parts))
      .classed('selected', isSelected)
      .classed('marked', parts.marked > 0)
      .classed('excluded', selected.length > 0 && !isSelected);
    const color = options.color(category.code);
    g.select('title').text(`${category.name}${category.code ? ` (${category.code})` : ''}`);
    g.select('rect.hit')
      .attr('x', 0)
      .attr('y', 0)
      .attr('width', innerW)
      .attr('height', CATEGORY_ROW - 2);
    g.select('rect.swatch')
      .attr('x', 1)
      .attr('y', 4)
      .attr('width', 12)
      .attr('height', 12)
      .attr('rx', 2)
      .attr('fill', color);
    g.select('path.check').attr('d', isSelected ? 'M3.5 10 l3 3 l5 -6' : null);

    const label = g.select<SVGTextElement>('text.label').attr('x', LABEL_X).attr('y', 14);
    const codeText = category.code && category.code !== category.name ? category.code : '';
    label.select('tspan.code').text(codeText ? ` ${codeText}` : '');
    const nameNode = label.select<SVGTSpanElement>('tspan.name').node();
    if (nameNode) {
      const codeWidth = codeText ? 8 * (codeText.length + 1) : 0;
      fitText(nameNode as unknown as SVGTextElement, category.name, innerW - LABEL_X - codeWidth);
    }

    const barY = 21;
    const barH = 13;
    g.select('rect.on')
      .attr('x', LABEL_X)
      .attr('y', barY)
      .attr('width', w(parts.active))
      .attr('height', barH)
      .attr('fill', color);
    g.select('rect.off')
      .attr('x', LABEL_X + (parts.active > 0 ? w(parts.active) : 0))
      .attr('y', barY)
      .attr('width', Math.max(0, w(parts.count) - w(parts.active)))
      .attr('height', barH)
      .attr('fill', color);
    g.select('g.outlines')
      .selectAll('rect')
      .data(parts.outlines)
      .join('rect')
      .attr('x', ([a]) => LABEL_X + x(a) + 1)
      .attr('y', barY + 1)
      .attr('width', ([a, b]) => Math.max(0, x(b) - x(a) - 2))
      .attr('height', barH - 2);
    g.select('text.count')
      .attr('x', LABEL_X + w(parts.count) + 6)
      .attr('y', barY + barH - 2)
      .text(
        parts.active === parts.count ? String(parts.count) : `${parts.active} of ${parts.count}`,
      );
  });

  const items = groups.nodes();
  ensureTabStop(items);
  const setHover = (code: string | null): void => {
    const current = groups.filter('.hovered').data()[0];
    if ((current?.category.code ?? null) === code) return;
    groups.classed('hovered', (d) => d.category.code === code);
    options.onHover?.(counts.find((c) => c.code === code) ?? null);
  };
  groups
    .on('click', (_event: MouseEvent, row) => options.onToggle?.(row.category.code))
    .on('pointerenter', (_event: PointerEvent, row) => setHover(row.category.code))
    .on('pointerleave', () => setHover(null))
    .on('focus', (_event: FocusEvent, row) => setHover(row.category.code))
    .on('blur', () => setHover(null))
    .on('keydown', function (event: KeyboardEvent, row) {
      const next = keyTarget(event.key, items.indexOf(this), items.length);
      if (next !== null) moveFocus(items, next);
      else if (event.key === 'Enter' || event.key === ' ') options.onToggle?.(row.category.code);
      else if (event.key === 'Escape') options.onClear?.();
      else return;
      event.preventDefault();
    });
}
