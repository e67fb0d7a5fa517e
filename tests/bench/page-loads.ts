// One load of a bench page in headless Chromium: the app, the floor, or a comparison library; times in ms from navigation.
import type { AbstractGraph } from 'graphology-types';
import type { Browser, Page } from 'playwright-core';
import type { NodePositions } from './bench-quality';
import type { FloorResult } from './floor';

export const VIEWPORT = { width: 1280, height: 800 };
/**
 * The floor page's viewport, all of it the graph's: about the app's network stage in VIEWPORT (the
 * element less its header and charts), so that the floor draws no more pixels than the app.
 */
export const FLOOR_VIEWPORT = { width: 880, height: 560 };

/** The quality of a page's final positions (bench-quality.ts: lower is better). */
export type Judge = (positions: NodePositions) => number;

export interface Task {
  start: number;
  duration: number;
}

interface Measure {
  name: string;
  start: number;
  duration: number;
  detail: { iterations?: number; mode?: string; offThread?: boolean } | null;
}

/** One load of the app. Steps it does not measure (no `cn:*` measure) are NaN or null. */
export interface AppRun {
  parse: number;
  /** `worker` when parse and build ran off the main thread. */
  parseWhere: string;
  build: number;
  layout: number | null;
  iterations: number | null;
  /** `cn:layout`'s mode; `–` without one (a graph file has no layout). */
  layoutMode: string;
  /** The end of `cn:first-frame`: the network's first frame, laid out or not. */
  firstFrame: number;
  /** After the frame that follows the element's `ready` (the laid-out network on screen). */
  ready: number;
  /**
   * A build with the 2-D preview: after the frame in which sigma's stage shows the network (null:
   * not within the wait). Otherwise equal to `ready`.
   */
  sigmaOnScreen: number | null;
  /** The longest main-thread task up to the first frame (up to ready without one). */
  longestToFirstFrame: number;
  /** The longest from the first frame to ready (null without a first-frame measure). */
  longestAfterFirstFrame: number | null;
  /** The longest up to ready. */
  longest: number;
  heapMb: number;
  nodes: number;
  edges: number;
  /** The layout quality of the element's `graph` after ready (NaN: not judged). */
  quality: number;
}

export interface FloorRun extends FloorResult {
  longest: number;
  /** The layout quality of the graph it drew. */
  quality: number;
}

export interface CompareRun {
  /** The layout's end, or null when it was not stable within the cap. */
  stable: number | null;
  longest: number;
  /** The layout quality at that end; null when capped. */
  quality: number | null;
}

/** The longest of `tasks` overlapping [from, to]. */
export const longest = (tasks: Task[], from: number, to: number): number =>
  Math.max(
    0,
    ...tasks.filter((t) => t.start < to && t.start + t.duration > from).map((t) => t.duration),
  );

/** Waits for `promise` at most `ms`; then `onTimeout` gives the result, or throws. */
function within<T>(promise: Promise<T>, ms: number, onTimeout: () => T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<T>((resolve, reject) => {
    timer = setTimeout(() => {
      try {
        resolve(onTimeout());
      } catch (error) {
        reject(error);
      }
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A page in a new context that records long tasks from its first script on. */
async function newPage(browser: Browser, viewport = VIEWPORT): Promise<Page> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  // (No named functions in page scripts: tsx would wrap them in a helper the page does not have.)
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { benchTasks: typeof tasks }).benchTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  return page;
}

async function closePage(page: Page): Promise<void> {
  await page
    .context()
    .close()
    .catch(() => undefined);
}

/** The WebGL renderer's name, as the pages see it (SwiftShader: rendered in software). */
export async function webglRenderer(browser: Browser): Promise<string> {
  const page = await newPage(browser);
  try {
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'no WebGL2';
    });
  } finally {
    await closePage(page);
  }
}

export interface AppLoadOptions {
  timeoutMs: number;
  /**
   * The build has the 2-D preview: wait (up to this long after ready) until sigma's stage shows
   * the network, for `sigmaOnScreen`; 0 for a build without one.
   */
  previewWaitMs: number;
  /** Judges the element's positions once it is ready. */
  judge: Judge;
}

/** Opens the app at `url`, waits until its element is ready and reads its long tasks and measures. */
export async function loadApp(
  browser: Browser,
  url: string,
  { timeoutMs, previewWaitMs, judge }: AppLoadOptions,
): Promise<AppRun> {
  const page = await newPage(browser);
  try {
    // Hooked before the app runs: `ready` is read a task after the element is defined, once the
    // page has given it its input, and the time taken a frame after it resolves.
    await page.addInitScript(() => {
      const ready = customElements
        .whenDefined('coauthor-network')
        .then(() => new Promise((resolve) => setTimeout(resolve)))
        .then(() => document.querySelector('coauthor-network')!.ready)
        .then(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))))
        .then(() => performance.now());
      ready.catch(() => undefined);
      (window as unknown as { benchReady: Promise<number> }).benchReady = ready;
    });
    await page.goto(url);
    const ready = await within(
      page.evaluate(() => (window as unknown as { benchReady: Promise<number> }).benchReady),
      timeoutMs,
      () => {
        throw new Error(`bench: ${url}: not ready within ${timeoutMs / 1000} s`);
      },
    );
    const sigmaOnScreen = previewWaitMs > 0 ? await waitForSigmaStage(page, previewWaitMs) : ready;
    const { measures, tasks, heap, nodes, edges, positions } = await page.evaluate(() => {
      const element = document.querySelector('coauthor-network')!;
      return {
        measures: performance.getEntriesByType('measure').map((m) => ({
          name: m.name,
          start: m.startTime,
          duration: m.duration,
          detail: (m as PerformanceMeasure).detail as Measure['detail'],
        })),
        tasks: (window as unknown as { benchTasks: Task[] }).benchTasks,
        heap: (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
          ?.usedJSHeapSize,
        nodes: element.graph?.order ?? 0,
        edges: element.graph?.size ?? 0,
        positions: (element.graph?.mapNodes((key, a) => [key, a.x ?? NaN, a.y ?? NaN]) ??
          []) as NodePositions,
      };
    });
    const last = (name: string): Measure | undefined =>
      measures.filter((m) => m.name === `cn:${name}`).pop();
    const endOf = (m: Measure | undefined): number => (m ? m.start + m.duration : NaN);
    const layout = last('layout');
    const firstFrame = endOf(last('first-frame'));
    const hasFirstFrame = !Number.isNaN(firstFrame);
    return {
      parse: last('parse')?.duration ?? NaN,
      parseWhere: last('parse')?.detail?.offThread ? 'worker' : 'main',
      build: last('build')?.duration ?? NaN,
      layout: layout?.duration ?? null,
      iterations: layout?.detail?.iterations ?? null,
      layoutMode: layout ? (layout.detail?.mode ?? '?') : '–',
      firstFrame,
      ready,
      sigmaOnScreen,
      longestToFirstFrame: longest(tasks, 0, hasFirstFrame ? firstFrame : ready),
      longestAfterFirstFrame: hasFirstFrame ? longest(tasks, firstFrame, ready) : null,
      longest: longest(tasks, 0, ready),
      heapMb: (heap ?? NaN) / 1e6,
      nodes,
      edges,
      quality: judge(positions),
    };
  } finally {
    await closePage(page);
  }
}

/**
 * In a build with the 2-D preview: the time after the frame in which the element's shadow root
 * has a `.sigma-stage` that is not hidden (`opacity` not `'0'`) and no preview canvas with
 * anything drawn on it, or null when that does not happen within `waitMs`.
 */
function waitForSigmaStage(page: Page, waitMs: number): Promise<number | null> {
  return page.evaluate(async (wait) => {
    const root = document.querySelector('coauthor-network')!.shadowRoot!;
    const until = performance.now() + wait;
    for (;;) {
      const stage = root.querySelector<HTMLElement>('.sigma-stage');
      let shown = stage !== null && stage.style.opacity !== '0';
      if (shown) {
        const preview = root.querySelector<HTMLCanvasElement>(
          'canvas[data-layer="layout-preview"]',
        );
        const pixels = preview
          ?.getContext('2d')
          ?.getImageData(0, 0, preview.width, preview.height).data;
        shown = !pixels || pixels.every((value, i) => i % 4 !== 3 || value === 0);
      }
      if (shown) break;
      if (performance.now() > until) return null;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    return performance.now();
  }, waitMs);
}

/**
 * Opens the floor page at `pageUrl`, waits for its first frame of the laid-out graph and judges
 * the positions it drew.
 */
export async function loadFloor(
  browser: Browser,
  pageUrl: string,
  timeoutMs: number,
  judge: Judge,
): Promise<FloorRun> {
  const page = await newPage(browser, FLOOR_VIEWPORT);
  try {
    await page.goto(pageUrl);
    const result = await within(
      page.evaluate(() => (window as unknown as { benchResult: Promise<FloorResult> }).benchResult),
      timeoutMs,
      () => {
        throw new Error(`bench: ${pageUrl}: no frame within ${timeoutMs / 1000} s`);
      },
    );
    const { tasks, positions } = await page.evaluate(() => {
      const bench = window as unknown as { benchTasks: Task[]; benchGraph: AbstractGraph };
      return {
        tasks: bench.benchTasks,
        positions: bench.benchGraph.mapNodes((key, a) => [key, a.x, a.y]) as NodePositions,
      };
    });
    return { ...result, longest: longest(tasks, 0, result.painted), quality: judge(positions) };
  } finally {
    await closePage(page);
  }
}

/**
 * Lays a graph out with a comparison library (compare.html), stopped at `capMs`, and judges its
 * positions at the layout's end.
 */
export async function loadCompare(
  browser: Browser,
  pageUrl: string,
  capMs: number,
  judge: Judge,
): Promise<CompareRun> {
  const page = await newPage(browser);
  try {
    await page.goto(pageUrl);
    // Cytoscape's cose blocks the page until it ends: the cap is timed here, not in the page.
    const result = await within<{ end: number } | null>(
      page.evaluate(
        () =>
          (window as unknown as { benchResult: Promise<{ start: number; end: number }> })
            .benchResult,
      ),
      capMs,
      () => null,
    );
    if (result === null) return { stable: null, longest: NaN, quality: null };
    const { tasks, positions } = await page.evaluate(() => {
      const bench = window as unknown as {
        benchTasks: Task[];
        benchPositions: () => NodePositions;
      };
      return { tasks: bench.benchTasks, positions: bench.benchPositions() };
    });
    return {
      stable: result.end,
      longest: longest(tasks, 0, result.end),
      quality: judge(positions),
    };
  } finally {
    await closePage(page);
  }
}
