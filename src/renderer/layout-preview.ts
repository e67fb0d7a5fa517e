// A 2-D canvas over sigma's that draws a large network while its layout runs: a cheap frame per step.
import type { PreviewScene } from './preview-scene';
import type { RendererTheme } from './theme';

/** Opacity of a dimmed node (as in network-styles.ts). */
export const DIMMED = 0.14;
/** Below this radius in pixels a disc is drawn as a square: the same few pixels, far cheaper. */
const TINY = 1.5;

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

  const drawNodes = (scene: PreviewScene, dimmed: 0 | 1): void => {
    if (!g) return;
    const { x, y, r } = scene.nodes;
    // One path per colour: a few fills for thousands of nodes.
    const paths = new Map<string, Path2D>();
    for (let i = 0; i < scene.colors.length; i++) {
      if (scene.dimmed[i] !== dimmed || !Number.isFinite(x[i]!)) continue;
      const color = scene.colors[i]!;
      let path = paths.get(color);
      if (!path) paths.set(color, (path = new Path2D()));
      const [cx, cy, radius] = [x[i]!, y[i]!, Math.max(r[i]!, 0.75)];
      if (scene.squares[i] || radius < TINY) {
        const side = radius * (scene.squares[i] ? 1.6 : 1.8);
        path.rect(cx - side / 2, cy - side / 2, side, side);
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
      const width = g.measureText(label.text).width;
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
      const { width, height } = fit();
      g.clearRect(0, 0, width, height);
      drawNodes(scene, 1);
      if (scene.edges.length > 0) {
        const { x, y } = scene.nodes;
        g.strokeStyle = theme.edgeActive;
        g.lineWidth = 1;
        g.beginPath();
        for (const [s, t] of scene.edges) {
          g.moveTo(x[s]!, y[s]!);
          g.lineTo(x[t]!, y[t]!);
        }
        g.stroke();
      }
      drawNodes(scene, 0);
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
