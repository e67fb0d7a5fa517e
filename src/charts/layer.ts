// One child element of a given class under a parent, created on first draw and reused after.
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
