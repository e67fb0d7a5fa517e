// Chart scaffolding: the sized root <svg>, and one child element of a given class, created on first draw and reused after.
import { select, type Selection } from 'd3-selection';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The parent's single `<tag class="name">` child, appended when missing (so layers keep draw order). */
export function layer<E extends SVGElement = SVGGElement>(
  parent: Element,
  tag: 'g' | 'text' | 'rect',
  name: string,
): Selection<E, unknown, null, undefined> {
  let child = [...parent.children].find((c) => c.tagName === tag && c.classList.contains(name));
  if (!child) {
    child = parent.ownerDocument.createElementNS(SVG_NS, tag);
    child.setAttribute('class', name);
    parent.appendChild(child);
  }
  return select(child as E);
}

/**
 * Sizes a chart's root `<svg>` (width, height, matching viewBox, role group) and, when `label` is
 * given (the chart has nothing to draw), names it and empties it. Returns the root's selection.
 */
export function sizeChart(
  svgElement: SVGSVGElement,
  width: number,
  height: number,
  emptyLabel: string | null,
): Selection<SVGSVGElement, unknown, null, undefined> {
  const svg = select(svgElement)
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'group');
  if (emptyLabel !== null) svg.attr('aria-label', emptyLabel).selectAll('*').remove();
  return svg;
}
