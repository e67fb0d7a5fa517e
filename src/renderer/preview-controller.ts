// Runs the layout preview: follows the graph's moving positions and the camera, and hit-tests the pointer.
import type { AbstractGraph, Attributes } from 'graphology-types';
import { createLayoutPreview, type LayoutPreview } from './layout-preview';
import { affineOf, extentOf, nodeAt, type Box } from './preview-geometry';
import {
  buildScene,
  sceneNodes,
  type PreviewScene,
  type PreviewState,
  type SceneNodes,
} from './preview-scene';
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
  setFrame(box: Box): void;
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
  /** Redraws at the next animation frame (camera moved, canvas resized). */
  schedule(): void;
  /** Colours or sizes changed: reads them again and redraws. */
  restyle(): void;
  /** The node drawn under (`x`, `y`), in CSS pixels of the container, or null. */
  nodeAt(x: number, y: number): string | null;
  /** Edges drawn in the last preview frame. */
  drawnEdgeCount(): number;
  /**
   * Draws `practice` (a made-up network on the unit square) `frames` times, then clears: while the
   * page waits for a large network, so that the JIT has compiled the drawing code before its first
   * frames. Ignored while a network is previewed.
   */
  warmUp(practice: AbstractGraph, frames: number): void;
  kill(): void;
}

export function createPreviewController(host: PreviewHost): PreviewController {
  let graph: AbstractGraph | null = null;
  let preview: LayoutPreview | null = null;
  let scene: PreviewScene | null = null;
  let nodes: SceneNodes | null = null;
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
    nodes ??= sceneNodes(graph, host.nodeSize, host.nodeColor);
    scene = buildScene({
      graph,
      nodes,
      state,
      map,
      sizeScale: unit * Math.sqrt(host.cameraRatio()),
    });
    preview.draw(scene);
  };
  const schedule = (): void => {
    if (graph && !frame) frame = requestAnimationFrame(draw);
  };
  const reframe = (): void => {
    if (!graph) return;
    const box = extentOf(graph.mapNodes((_k, a) => ({ x: Number(a.x), y: Number(a.y) })));
    if (box) host.setFrame(box);
    schedule();
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
      nodes = null;
      hovered = null;
      preview ??= createLayoutPreview(host.container, host.theme);
      graph.on('eachNodeAttributesUpdated', reframe);
      reframe();
    },
    stop() {
      graph?.off('eachNodeAttributesUpdated', reframe);
      graph = null;
      scene = null;
      nodes = null;
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
    restyle() {
      nodes = null;
      schedule();
    },
    nodeAt(x, y) {
      if (!scene) return null;
      const i = nodeAt(scene.nodes, x, y);
      return i < 0 ? null : scene.nodes.keys[i]!;
    },
    drawnEdgeCount: () => scene?.edges.length ?? 0,
    warmUp(practice, frames) {
      if (graph) return;
      preview ??= createLayoutPreview(host.container, host.theme);
      const { clientWidth: width, clientHeight: height } = host.container;
      const practiceNodes = sceneNodes(practice, host.nodeSize, host.nodeColor);
      const input = {
        graph: practice,
        nodes: practiceNodes,
        state: { ...state, resting: new Set(practiceNodes.keys.slice(0, 50)) },
        map: { a: width, b: 0, c: 0, d: height, e: 0, f: 0 },
        sizeScale: 0.5,
      };
      for (let i = 0; i < frames; i++) preview.draw(buildScene(input));
      preview.clear();
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
