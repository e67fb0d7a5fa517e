// Runs the layout preview: follows the graph's moving positions and the camera, and hit-tests the pointer.
import type { AbstractGraph, Attributes } from 'graphology-types';
import { createLayoutPreview, DIMMED, type LayoutPreview } from './layout-preview';
import { affineOf, extentOf, nodeAt } from './preview-geometry';
import { buildScene, type PreviewScene, type PreviewState } from './preview-scene';
import type { RendererTheme } from './theme';

interface Point {
  x: number;
  y: number;
}

/** What the preview needs from the WebGL renderer (kept out of this module: it never imports sigma). */
export interface PreviewHost {
  container: HTMLElement;
  theme: RendererTheme;
  /** Graph coordinates to CSS pixels of the container, with the camera as it is now. */
  project(point: Point): Point;
  /** The camera's zoom ratio (1: the whole network). */
  cameraRatio(): number;
  /** Frames `box` (graph coordinates) as the renderer would frame a network of that extent. */
  setFrame(box: { x: [number, number]; y: [number, number] }): void;
  nodeSize(attributes: Attributes): number;
  nodeColor(attributes: Attributes): string;
  onEnterNode?(key: string): void;
  onLeaveNode?(key: string): void;
}

export interface PreviewController {
  /** True between start() and stop(). */
  readonly active: boolean;
  /** Draws `graph` in the preview from now on, again whenever its positions change. */
  start(graph: AbstractGraph): void;
  /** Ends the preview and clears its canvas. */
  stop(): void;
  /** Updates what is highlighted and redraws (ignored while inactive). */
  setState(state: Partial<PreviewState>): void;
  /** Redraws at the next animation frame (camera moved, canvas resized, palette changed). */
  schedule(): void;
  /** The node drawn under (`x`, `y`), in CSS pixels of the container, or null. */
  nodeAt(x: number, y: number): string | null;
  /** Edges drawn in the last preview frame. */
  drawnEdgeCount(): number;
  /** What the last preview frame drew for a node. */
  display(key: string): { color: string; opacity: number; size: number; visible: boolean } | null;
  kill(): void;
}

export function createPreviewController(host: PreviewHost): PreviewController {
  let graph: AbstractGraph | null = null;
  let preview: LayoutPreview | null = null;
  let scene: PreviewScene | null = null;
  let index = new Map<string, number>();
  let frame = 0;
  let hovered: string | null = null;
  const state: PreviewState = {
    hover: null,
    selection: null,
    kept: null,
    marked: null,
    resting: new Set(),
  };

  const draw = (): void => {
    frame = 0;
    if (!graph || !preview) return;
    const map = affineOf(host.project);
    // sigma's node sizes are in graph units, drawn larger as the camera zooms in (by 1/√ratio).
    const unit = Math.hypot(map.a + map.c, map.b + map.d) / Math.SQRT2;
    scene = buildScene({
      graph,
      state,
      map,
      sizeScale: unit * Math.sqrt(host.cameraRatio()),
      nodeSize: host.nodeSize,
      nodeColor: host.nodeColor,
    });
    index = new Map(scene.nodes.keys.map((key, i) => [key, i]));
    preview.draw(scene);
  };
  const schedule = (): void => {
    if (graph && !frame) frame = requestAnimationFrame(draw);
  };
  const reframe = (): void => {
    if (!graph) return;
    const box = extentOf(graph.mapNodes((_k, a) => ({ x: Number(a.x), y: Number(a.y) })));
    if (box) host.setFrame(box);
    // The layout published new positions: draw them in this task, the layout's step is cheap.
    if (frame) cancelAnimationFrame(frame);
    draw();
  };

  const hoverAt = (event: PointerEvent): void => {
    if (!graph) return;
    const box = host.container.getBoundingClientRect();
    const key = controller.nodeAt(event.clientX - box.left, event.clientY - box.top);
    if (key === hovered) return;
    if (hovered !== null) host.onLeaveNode?.(hovered);
    hovered = key;
    host.container.style.cursor = key === null ? '' : 'pointer';
    if (key !== null) host.onEnterNode?.(key);
  };
  const leave = (): void => {
    if (hovered === null) return;
    const key = hovered;
    hovered = null;
    host.container.style.cursor = '';
    host.onLeaveNode?.(key);
  };
  host.container.addEventListener('pointermove', hoverAt);
  host.container.addEventListener('pointerleave', leave);

  const controller: PreviewController = {
    get active() {
      return graph !== null;
    },
    start(next) {
      if (graph === next) return;
      graph?.off('eachNodeAttributesUpdated', reframe);
      graph = next;
      hovered = null;
      preview ??= createLayoutPreview(host.container, host.theme);
      graph.on('eachNodeAttributesUpdated', reframe);
      reframe();
    },
    stop() {
      graph?.off('eachNodeAttributesUpdated', reframe);
      graph = null;
      scene = null;
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      if (hovered !== null) host.container.style.cursor = '';
      hovered = null;
      preview?.clear();
    },
    setState(next) {
      Object.assign(state, next);
      schedule();
    },
    schedule,
    nodeAt(x, y) {
      if (!scene) return null;
      const i = nodeAt(scene.nodes, x, y);
      return i < 0 ? null : scene.nodes.keys[i]!;
    },
    drawnEdgeCount: () => scene?.edges.length ?? 0,
    display(key) {
      const i = index.get(key);
      if (!scene || i === undefined) return null;
      return {
        color: scene.colors[i]!,
        opacity: scene.dimmed[i] ? DIMMED : 1,
        size: scene.nodes.r[i]!,
        visible: Number.isFinite(scene.nodes.x[i]!),
      };
    },
    kill() {
      controller.stop();
      host.container.removeEventListener('pointermove', hoverAt);
      host.container.removeEventListener('pointerleave', leave);
      preview?.kill();
      preview = null;
    },
  };
  return controller;
}
