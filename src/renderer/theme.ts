// Colours and type the renderer draws with, read from the element's CSS custom properties.

export interface RendererTheme {
  /** Stage background (also what dimmed items fade towards). */
  background: string;
  /** Label text. */
  foreground: string;
  /** Secondary text and rest-state authors. */
  author: string;
  /** The profile's owner. */
  owner: string;
  /** Ring around the selected node. */
  accent: string;
  /** Edges at rest. */
  edge: string;
  /** Edges of the hovered or selected node. */
  edgeActive: string;
  /** Label font family (a CSS font-family list). */
  font: string;
}

export const DEFAULT_THEME: RendererTheme = {
  background: '#ffffff',
  foreground: '#1d2430',
  author: '#a2adbb',
  owner: '#1d2430',
  accent: '#e4572e',
  edge: '#d5dae1',
  edgeActive: '#5b6474',
  font: 'Inter, "Helvetica Neue", Arial, sans-serif',
};

const PROPERTIES: Record<keyof RendererTheme, string> = {
  background: '--cn-bg',
  foreground: '--cn-fg',
  author: '--cn-author',
  owner: '--cn-owner',
  accent: '--cn-accent',
  edge: '--cn-edge',
  edgeActive: '--cn-edge-active',
  font: '--cn-font',
};

/** The theme as set by CSS custom properties on `element` (or inherited), defaults elsewhere. */
export function readTheme(element: Element): RendererTheme {
  const style = getComputedStyle(element);
  const theme = { ...DEFAULT_THEME };
  // A 2D context turns any CSS colour (names, hsl(), …) into #rrggbb, which sigma and mixColours read.
  const context = document.createElement('canvas').getContext('2d');
  for (const key of Object.keys(PROPERTIES) as (keyof RendererTheme)[]) {
    const value = style.getPropertyValue(PROPERTIES[key]).trim();
    if (value === '') continue;
    if (key === 'font' || !context) theme[key] = value;
    else {
      context.fillStyle = DEFAULT_THEME[key];
      context.fillStyle = value;
      theme[key] = context.fillStyle;
    }
  }
  return theme;
}

/** `a` mixed with `b`: t = 0 gives `a`, 1 gives `b` (both #rrggbb; anything else returns `a`). */
export function mixColours(a: string, b: string, t: number): string {
  const parse = (hex: string): number[] | null =>
    /^#[0-9a-f]{6}$/i.test(hex) ? [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) : null;
  const from = parse(a);
  const to = parse(b);
  if (!from || !to) return a;
  const mixed = from.map((c, i) => Math.round(c + ((to[i] ?? c) - c) * t));
  return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** `#rrggbb` as `rgba(r,g,b,alpha)` (anything else is returned as it is). */
export function withAlpha(hex: string, alpha: number): string {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) return hex;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r},${g},${b},${alpha})`;
}

/** The first family of a CSS font-family list, unquoted (sigma's SDF labels take one family). */
export function primaryFamily(fontList: string): string {
  const first = fontList.split(',')[0] ?? '';
  return first.trim().replace(/^["']|["']$/g, '') || 'sans-serif';
}
