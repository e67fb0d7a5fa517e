// A 2-D canvas over sigma's that draws a large network while its layout runs: a cheap frame per step.
import { DIMMED } from './network-styles';
import type { PreviewScene } from './preview-scene';
import type { RendererTheme } from './theme';

/**
 * From this radius in CSS pixels a node is drawn as a shape; smaller ones are written as pixels,
 * under everything. With all edges drawn every node is a shape, so that nodes cover the edges as
 * sigma draws them.
 */
const BIG = 5;

export interface LayoutPreview {
  readonly canvas: HTMLCanvasElement;
  /** Clears the canvas and draws `scene`. */
  draw(scene: PreviewScene): void;
  /** Empties the canvas (the WebGL renderer has taken over). */
  clear(): void;
  kill(): void;
}

export function createLayoutPreview(container: HTMLElement, theme: RendererTheme): LayoutPreview {
  const canvas = document.createElement('canvas');
  canvas.setAttribute('aria-hidden', 'true');
  canvas.dataset.layer = 'layout-preview';
  Object.assign(canvas.style, {
    position: 'absolute',
    inset: '0',
    width: '100%',
    height: '100%',
    pointerEvents: 'none',
    // Over sigma's layers, also those made after it (sigma is set up after the first preview).
    zIndex: '1',
  });
  container.append(canvas);
  const g = canvas.getContext('2d');

  const fit = (): { width: number; height: number } => {
    const width = container.clientWidth;
    const height = container.clientHeight;
    const ratio = globalThis.devicePixelRatio || 1;
    const [w, h] = [Math.round(width * ratio), Math.round(height * ratio)];
    if (canvas.width !== w || canvas.height !== h) [canvas.width, canvas.height] = [w, h];
    g?.setTransform(ratio, 0, 0, ratio, 0, 0);
    return { width, height };
  };

  const colors = colorParser();
  /** Label widths by font and text: measuring text is slow and the labels are the same each step. */
  const textWidths = new Map<string, number>();
  let pixels: ImageData | null = null;

  /**
   * Small nodes (most of a large network) are written straight into pixels: no path to record and
   * rasterise, a few milliseconds for thousands of dots. Dimmed ones first, so lit ones cover them.
   */
  const drawDots = (scene: PreviewScene): void => {
    if (!g) return;
    const [w, h] = [canvas.width, canvas.height];
    if (pixels?.width !== w || pixels.height !== h) pixels = g.createImageData(w, h);
    const buffer = new Uint32Array(pixels.data.buffer);
    buffer.fill(0);
    const ratio = w / Math.max(1, container.clientWidth);
    const { x, y, r } = scene.nodes;
    for (const dimmed of [1, 0]) {
      for (let i = 0; i < scene.colors.length; i++) {
        if (
          scene.dimmed[i] !== dimmed ||
          r[i]! >= (scene.muted ? 0 : BIG) ||
          !Number.isFinite(x[i]!)
        )
          continue;
        const value = colors.pixel(scene.colors[i]!, dimmed ? DIMMED : 1);
        const radius = Math.max(r[i]! * ratio * (scene.squares[i] ? 0.8 : 1), 0.7);
        const [cx, cy] = [x[i]! * ratio, y[i]! * ratio];
        const square = scene.squares[i] === 1 || radius < 1.5;
        // Row by row: each row of a dot is one native fill.
        for (
          let py = Math.max(0, Math.round(cy - radius));
          py < Math.min(h, Math.round(cy + radius));
          py++
        ) {
          const dy = py + 0.5 - cy;
          const half = square ? radius : Math.sqrt(Math.max(0, radius * radius - dy * dy));
          const from = Math.max(0, Math.round(cx - half));
          const to = Math.min(w, Math.round(cx + half));
          if (to > from) buffer.fill(value, py * w + from, py * w + to);
        }
      }
    }
    g.putImageData(pixels, 0, 0);
  };

  /** Nodes of BIG pixels or more (a few: the owner, prolific coauthors), as antialiased shapes. */
  const drawShapes = (scene: PreviewScene, dimmed: 0 | 1): void => {
    if (!g) return;
    const { x, y, r } = scene.nodes;
    // One path per colour: a few fills.
    const paths = new Map<string, Path2D>();
    for (let i = 0; i < scene.colors.length; i++) {
      if (scene.dimmed[i] !== dimmed || r[i]! < (scene.muted ? 0 : BIG) || !Number.isFinite(x[i]!))
        continue;
      const color = scene.colors[i]!;
      let path = paths.get(color);
      if (!path) paths.set(color, (path = new Path2D()));
      const [cx, cy, radius] = [x[i]!, y[i]!, r[i]!];
      if (scene.squares[i]) {
        path.rect(cx - radius * 0.8, cy - radius * 0.8, radius * 1.6, radius * 1.6);
      } else {
        path.moveTo(cx + radius, cy);
        path.arc(cx, cy, radius, 0, 2 * Math.PI);
      }
    }
    g.globalAlpha = dimmed ? DIMMED : 1;
    for (const [color, path] of paths) {
      g.fillStyle = color;
      g.fill(path);
    }
    g.globalAlpha = 1;
  };

  /**
   * Draws the labels that fit: hovered and selected first, then the resting ones in order (the
   * owner first); a label that would overlap one already placed is left out, as sigma culls them.
   */
  const drawLabels = (scene: PreviewScene): void => {
    if (!g) return;
    const { x, y, r } = scene.nodes;
    const placed: { left: number; top: number; right: number; bottom: number }[] = [];
    const ordered = [
      ...scene.labels.filter((l) => l.strong),
      ...scene.labels.filter((l) => !l.strong),
    ];
    const drawn: (() => void)[] = [];
    for (const label of ordered) {
      const [cx, cy] = [x[label.index]!, y[label.index]!];
      if (!Number.isFinite(cx)) continue;
      const size = label.strong ? 13 : 12;
      const font = `${label.strong ? 600 : 400} ${size}px ${theme.font}`;
      g.font = font;
      const left = cx + r[label.index]! + 4;
      const measured = `${font}|${label.text}`;
      let width = textWidths.get(measured);
      if (width === undefined) textWidths.set(measured, (width = g.measureText(label.text).width));
      const box = {
        left: left - 2,
        top: cy - size / 2 - 2,
        right: left + width + 2,
        bottom: cy + size / 2 + 2,
      };
      const overlaps = placed.some(
        (o) => box.left < o.right && o.left < box.right && box.top < o.bottom && o.top < box.bottom,
      );
      if (overlaps && !label.strong) continue;
      placed.push(box);
      drawn.push(() => {
        g.font = font;
        g.fillStyle = theme.background;
        g.globalAlpha = label.strong ? 0.9 : 0.72;
        g.fillRect(box.left, box.top, box.right - box.left, box.bottom - box.top);
        g.globalAlpha = 1;
        g.fillStyle = theme.foreground;
        g.textBaseline = 'middle';
        // fillText draws the string as text: nothing in it is ever read as markup.
        g.fillText(label.text, left, cy);
      });
    }
    // Highest priority last, so on top.
    for (const draw of drawn.reverse()) draw();
  };

  return {
    canvas,
    draw(scene) {
      if (!g) return;
      fit();
      drawDots(scene);
      drawShapes(scene, 1);
      if (scene.edges.length > 0) {
        const { x, y } = scene.nodes;
        g.strokeStyle = scene.muted ? theme.edge : theme.edgeActive;
        g.lineWidth = scene.muted ? 0.5 : 1;
        g.beginPath();
        for (const [s, t] of scene.edges) {
          g.moveTo(x[s]!, y[s]!);
          g.lineTo(x[t]!, y[t]!);
        }
        g.stroke();
      }
      drawShapes(scene, 0);
      if (scene.selected >= 0 && Number.isFinite(scene.nodes.x[scene.selected]!)) {
        const i = scene.selected;
        g.strokeStyle = theme.accent;
        g.lineWidth = 3;
        g.beginPath();
        g.arc(
          scene.nodes.x[i]!,
          scene.nodes.y[i]!,
          Math.max(scene.nodes.r[i]!, 4) + 1.5,
          0,
          2 * Math.PI,
        );
        g.stroke();
      }
      drawLabels(scene);
    },
    clear() {
      if (!g) return;
      const { width, height } = fit();
      g.clearRect(0, 0, width, height);
    },
    kill() {
      canvas.remove();
    },
  };
}

/** CSS colours as 32-bit pixels in this machine's byte order, read once each from a 1×1 canvas. */
function colorParser(): { pixel(color: string, alpha: number): number } {
  const scratch = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  const caches = new Map<number, Map<string, number>>();
  return {
    pixel(color, alpha) {
      let cache = caches.get(alpha);
      if (!cache) caches.set(alpha, (cache = new Map()));
      let value = cache.get(color);
      if (value === undefined && scratch) {
        // Any CSS colour syntax: the canvas resolves it, its pixel gives the bytes.
        scratch.clearRect(0, 0, 1, 1);
        scratch.globalAlpha = alpha;
        scratch.fillStyle = color;
        scratch.fillRect(0, 0, 1, 1);
        const [r, g, b, a] = scratch.getImageData(0, 0, 1, 1).data;
        // Unpremultiplied bytes in ImageData order, as the preview's pixel buffer holds them.
        value = new Uint32Array(Uint8ClampedArray.of(r!, g!, b!, a!).buffer)[0]!;
        cache.set(color, value);
      }
      return value ?? 0;
    },
  };
}
