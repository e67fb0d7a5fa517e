// Browser benchmark (`npm run bench`): the built app in headless Chromium on the sample and generated profiles, beside Cytoscape.js and vis-network.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { median } from 'd3-array';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { buildGraph } from '../../src/graph/build-graph';
import { serializeGraph } from '../../src/graph/graph-json';
import { runLayout } from '../../src/layout/run-layout';
import { parseProfile } from '../../src/profile/parse-profile';
import { generateProfile } from '../../src/synth/generate-profile';
import { loadWithoutDevTools, reportingPlugin } from './no-devtools';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
/** Sizes of the generated profiles (papers); BENCH_SIZES=100,1000 for a quick run. */
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000,30000')
  .split(',')
  .filter(Boolean)
  .map(Number);
/** Each comparison library gets this long to reach a stable layout, then is stopped. */
const CAP_MS = Number(process.env.BENCH_CAP_MS ?? 120_000);
/** Runs of the comparison libraries per size (they are slow on big graphs). */
const COMPARE_RUNS = Math.max(1, Number(process.env.BENCH_COMPARE_RUNS ?? RUNS));
const LOAD_TIMEOUT_MS = 15 * 60_000;
/**
 * Loads per input in a browser with no DevTools attached (the sample, the graph file and profiles
 * of up to 10,000 papers); 0 for none.
 */
const NO_DEVTOOLS_RUNS = Math.max(0, Number(process.env.BENCH_NO_DEVTOOLS_RUNS ?? RUNS));
const NO_DEVTOOLS_MAX_PAPERS = 10_000;
const VIEWPORT = { width: 1280, height: 800 };
const root = new URL('../../', import.meta.url);

interface Task {
  start: number;
  duration: number;
}

interface Measure {
  name: string;
  start: number;
  duration: number;
  detail: { iterations?: number; mode?: string; offThread?: boolean } | null;
}

/** One load of the widget: times in ms from navigation. */
interface WidgetRun {
  parse: number;
  /** `worker` when parse and build ran off the main thread. */
  parseWhere: string;
  build: number;
  layout: number | null;
  iterations: number | null;
  layoutMode: string;
  firstFrame: number;
  ready: number;
  longestLoad: number;
  longestLayout: number | null;
  /** After a worker layout: from its end to ready (sigma takes the network over from the preview). */
  longestHandOver: number | null;
  /**
   * The 2-D preview shows a network drawn at once at ready, while sigma is set up and (in software
   * WebGL) its first frame drawn unseen: when sigma shows it (null: it already did at ready).
   */
  sigmaShown: number | null;
  /** The longest task from ready until sigma shows the network. */
  longestUntilSigma: number | null;
  heapMb: number;
  nodes: number;
  edges: number;
}

interface CompareRun {
  stable: number | null;
  longest: number;
}

const loadAverage = (): string =>
  os
    .loadavg()
    .map((v) => v.toFixed(2))
    .join(', ');

/** Median of the numbers present (d3's median skips nulls), or null when none is. */
function medianOf(values: (number | null)[]): number | null {
  return median(values) ?? null;
}

const longest = (tasks: Task[], from: number, to: number): number =>
  Math.max(
    0,
    ...tasks.filter((t) => t.start < to && t.start + t.duration > from).map((t) => t.duration),
  );

/** The last of `measures` named `cn:` and `name`. */
function lastMeasure<M extends { name: string }>(measures: M[], name: string): M | undefined {
  return measures.filter((m) => m.name === `cn:${name}`).pop();
}

/** Where a measure ends, in ms from navigation; NaN for none. */
function endOf(m: { start: number; duration: number } | undefined): number {
  return m ? m.start + m.duration : NaN;
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
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

/** Opens the app on `path`, waits until the element is ready and reads its measures. */
async function loadWidget(browser: Browser, base: string, input: Input): Promise<WidgetRun> {
  const page = await newPage(browser);
  try {
    await page.goto(new URL(input.path, base).href);
    await page.waitForFunction(() => customElements.get('coauthor-network') !== undefined);
    await page.evaluate(
      (timeout) =>
        Promise.race([
          document.querySelector('coauthor-network')!.ready,
          new Promise((_r, reject) => setTimeout(() => reject(new Error('not ready')), timeout)),
        ]),
      LOAD_TIMEOUT_MS,
    );
    // (No named functions inside: tsx would wrap them in a helper the page does not have.)
    const sigmaShown = await page.evaluate(async () => {
      const root = document.querySelector('coauthor-network')!.shadowRoot!;
      // Sigma is set up a frame after ready (no stage yet), then warmed up unseen (opacity 0).
      if (root.querySelector<HTMLElement>('.sigma-stage')?.style.opacity === '') return null;
      while (root.querySelector<HTMLElement>('.sigma-stage')?.style.opacity !== '') {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      // The frame that shows it: a task queued from its animation callbacks runs after it.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      return performance.now();
    });
    const { measures, tasks, heap, nodes, edges } = await page.evaluate(() => {
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
      };
    });
    // Times count from navigation.
    const last = (name: string): Measure | undefined => lastMeasure(measures, name);
    const layout = last('layout');
    const firstFrame = last('first-frame');
    const ready = endOf(last('ready'));
    const layoutRunsAfterFrame = layout && layout.detail?.mode !== 'sync';
    return {
      parse: last('parse')?.duration ?? NaN,
      parseWhere: last('parse')?.detail?.offThread ? 'worker' : 'main',
      build: last('build')?.duration ?? 0,
      layout: layout?.duration ?? null,
      iterations: layout?.detail?.iterations ?? null,
      layoutMode: layout ? (layout.detail?.mode ?? '?') : 'none (graph file)',
      firstFrame: endOf(firstFrame),
      ready,
      // During load: up to the first frame (and the sync layout, when there is one).
      longestLoad: longest(tasks, 0, layoutRunsAfterFrame || !layout ? endOf(firstFrame) : ready),
      // While a worker layout runs: from the first frame to its end.
      longestLayout: layoutRunsAfterFrame ? longest(tasks, endOf(firstFrame), endOf(layout)) : null,
      // Sigma taking the network over from the preview: after the layout, or (a graph file) after
      // the preview's first frame.
      longestHandOver: layoutRunsAfterFrame
        ? longest(tasks, endOf(layout), ready)
        : layout
          ? null
          : longest(tasks, endOf(firstFrame), ready),
      sigmaShown,
      longestUntilSigma: sigmaShown === null ? null : longest(tasks, ready, sigmaShown),
      heapMb: (heap ?? NaN) / 1e6,
      nodes,
      edges,
    };
  } finally {
    await page.context().close();
  }
}

/** Lays the graph out with a comparison library; null when it was not stable within CAP_MS. */
async function loadCompare(
  browser: Browser,
  base: string,
  lib: 'cytoscape' | 'vis',
  graphUrl: string,
): Promise<CompareRun> {
  const page = await newPage(browser);
  try {
    await page.goto(new URL(`/bench/compare.html?lib=${lib}&graph=${graphUrl}`, base).href);
    // Cytoscape's cose blocks the page until it ends: time the cap out here, not in the page.
    const result = await Promise.race([
      page.evaluate(
        () =>
          (window as unknown as { benchResult: Promise<{ start: number; end: number }> })
            .benchResult,
      ),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), CAP_MS)),
    ]);
    if (result === null) return { stable: null, longest: NaN };
    const tasks = await page.evaluate(
      () => (window as unknown as { benchTasks: Task[] }).benchTasks,
    );
    return { stable: result.end, longest: longest(tasks, 0, result.end) };
  } finally {
    await page
      .context()
      .close()
      .catch(() => undefined);
  }
}

interface Input {
  name: string;
  /** Papers of a generated profile; null for the sample and the graph file. */
  papers: number | null;
  /** Path of the widget page for this input. */
  path: string;
  /** URL of the { nodes, edges } JSON for the comparisons, or null. */
  graph: string | null;
}

/** Writes the bench inputs into the served folder: profiles, precomputed layout, plain graphs. */
function writeInputs(outDir: string): Input[] {
  const dir = join(outDir, 'bench');
  mkdirSync(dir, { recursive: true });
  copyFileSync(new URL('tests/bench/compare.html', root), join(dir, 'compare.html'));
  copyFileSync(
    new URL('node_modules/cytoscape/dist/cytoscape.min.js', root),
    join(dir, 'cytoscape.min.js'),
  );
  copyFileSync(
    new URL('node_modules/vis-network/standalone/umd/vis-network.min.js', root),
    join(dir, 'vis-network.min.js'),
  );
  const plainGraph = (name: string, text: string): string => {
    const graph = buildGraph(parseProfile(text));
    const file = `${name}.graph.json`;
    writeFileSync(
      join(dir, file),
      JSON.stringify({ nodes: graph.nodes(), edges: graph.mapEdges((_e, _a, s, t) => [s, t]) }),
    );
    return `/bench/${file}`;
  };
  const sample = new URL('data/glorioso.txt', root);
  const inputs: Input[] = [
    { name: 'sample', papers: null, path: '/', graph: plainGraph('sample', readText(sample)) },
  ];
  for (const papers of SIZES) {
    const text = generateProfile({ papers, seed: 1 });
    writeFileSync(join(dir, `gen-${papers}.txt`), text);
    inputs.push({
      name: `${papers.toLocaleString('en')} papers`,
      papers,
      path: `/?src=/bench/gen-${papers}.txt`,
      graph: plainGraph(`gen-${papers}`, text),
    });
  }
  const precomputed = Number(process.env.BENCH_PRECOMPUTED ?? Math.max(0, ...SIZES));
  // A graph file written before by `npm run cli -- layout` of the same profile saves minutes.
  const cached = process.env.BENCH_PRECOMPUTED_FILE;
  if (precomputed > 0 && cached) {
    copyFileSync(cached, join(dir, `gen-${precomputed}.json`));
  } else if (precomputed > 0) {
    const text = generateProfile({ papers: precomputed, seed: 1 });
    const profile = parseProfile(text);
    const graph = buildGraph(profile);
    const started = performance.now();
    runLayout.assign(graph);
    const ms = performance.now() - started;
    console.log(
      `cli-equivalent layout of ${precomputed} papers (Node): ${(ms / 1000).toFixed(1)} s`,
    );
    writeFileSync(join(dir, `gen-${precomputed}.json`), serializeGraph(graph, profile));
  }
  // Opened as a lab page embeds it: the element's `src` (graph files may be up to 64 MiB).
  if (precomputed > 0) {
    inputs.push({
      name: `${precomputed.toLocaleString('en')} laid out (graph file)`,
      papers: null,
      path: `/?src=/bench/gen-${precomputed}.json`,
      graph: null,
    });
  }
  return inputs;
}

function readText(url: URL): string {
  return readFileSync(url, 'utf8');
}

const fmt = (v: number | null, digits = 0): string =>
  v === null || Number.isNaN(v) ? '–' : v.toFixed(digits);
const ms = (v: number | null): string => (v === null ? '–' : fmt(v));

function ratio(theirs: number | null, ours: number | null, capped: boolean): string {
  if (capped) return `> ${(CAP_MS / 1000).toFixed(0)} s (capped)`;
  if (theirs === null || ours === null || ours === 0) return '–';
  return `${(theirs / 1000).toFixed(1)} s (${(theirs / ours).toFixed(1)}×)`;
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

/**
 * Median first frame and ready of NO_DEVTOOLS_RUNS loads of `input` with no DevTools attached
 * (ready: for the sample and the graph file; a profile's layout is not waited for).
 */
async function withoutDevTools(base: string, input: Input): Promise<string[]> {
  const untilReady = input.papers === null;
  const runs: { firstFrame: number; ready: number | null }[] = [];
  for (let i = 0; i < NO_DEVTOOLS_RUNS; i++) {
    const mark = untilReady ? 'cn:ready' : 'cn:first-frame';
    const measures = await loadWithoutDevTools(base, input.path, mark, VIEWPORT, LOAD_TIMEOUT_MS);
    if (measures === null) throw new Error(`bench: ${input.name}: no ${mark} without DevTools`);
    const run = {
      firstFrame: endOf(lastMeasure(measures, 'first-frame')),
      ready: untilReady ? endOf(lastMeasure(measures, 'ready')) : null,
    };
    runs.push(run);
    console.log(
      `${input.name} without DevTools run ${i + 1}: ${JSON.stringify(run)} (load ${loadAverage()})`,
    );
  }
  return [
    ms(medianOf(runs.map((r) => r.firstFrame))),
    untilReady ? ms(medianOf(runs.map((r) => r.ready))) : '–',
  ];
}

async function main(): Promise<void> {
  const cpus = os.cpus();
  console.log(
    `machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, headless Chromium (/usr/bin/chromium, software WebGL), viewport ${VIEWPORT.width}×${VIEWPORT.height}`,
  );
  console.log(`load average at start: ${loadAverage()} (other work on the machine skews timings)`);
  const outDir = await mkdtemp(join(os.tmpdir(), 'coauthor-network-bench-'));
  await build({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  const inputs = writeInputs(outDir);
  const server = await preview({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    plugins: [reportingPlugin(outDir)],
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('bench: no server address');
  const base = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    // The flags of the browser tests, and precise heap figures.
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--enable-precise-memory-info',
    ],
  });
  console.log(
    `Chromium ${browser.version()}; ${RUNS} runs a size (comparisons: ${COMPARE_RUNS}, capped at ${CAP_MS / 1000} s)\n`,
  );

  const ours: string[][] = [];
  const versus: string[][] = [];
  const bare: string[][] = [];
  try {
    for (const input of inputs) {
      const runs: WidgetRun[] = [];
      for (let i = 0; i < RUNS; i++) {
        const run = await loadWidget(browser, base, input);
        runs.push(run);
        console.log(`${input.name} run ${i + 1}: ${JSON.stringify(run)} (load ${loadAverage()})`);
      }
      const m = (pick: (r: WidgetRun) => number | null): number | null => medianOf(runs.map(pick));
      const first = runs[0]!;
      ours.push([
        input.name,
        `${first.nodes.toLocaleString('en')} / ${first.edges.toLocaleString('en')}`,
        `${ms(m((r) => r.parse))} (${first.parseWhere})`,
        ms(m((r) => r.build)),
        m((r) => r.layout) === null
          ? first.layoutMode
          : `${ms(m((r) => r.layout))} (${fmt(m((r) => r.iterations))} it, ${first.layoutMode})`,
        ms(m((r) => r.firstFrame)),
        ms(m((r) => r.ready)),
        ms(m((r) => r.longestLoad)),
        ms(m((r) => r.longestLayout)),
        ms(m((r) => r.longestHandOver)),
        ms(m((r) => r.sigmaShown)),
        ms(m((r) => r.longestUntilSigma)),
        fmt(m((r) => r.heapMb)),
      ]);
      if (input.graph) {
        const ourStable = m((r) => r.ready);
        const ourLongest = m((r) =>
          Math.max(
            r.longestLoad,
            r.longestLayout ?? 0,
            r.longestHandOver ?? 0,
            r.longestUntilSigma ?? 0,
          ),
        );
        const cells: string[] = [input.name, `${ms(ourStable)} / ${ms(ourLongest)}`];
        for (const lib of ['cytoscape', 'vis'] as const) {
          const results: CompareRun[] = [];
          for (let i = 0; i < COMPARE_RUNS; i++) {
            const result = await loadCompare(browser, base, lib, input.graph);
            results.push(result);
            console.log(`${input.name} ${lib} run ${i + 1}: ${JSON.stringify(result)}`);
            if (result.stable === null) break; // one capped run says enough
          }
          const capped = results.some((r) => r.stable === null);
          const stable = medianOf(results.map((r) => r.stable));
          const long = medianOf(results.map((r) => r.longest));
          cells.push(ratio(stable, ourStable, capped));
          cells.push(
            capped
              ? '–'
              : `${ms(long)} (${fmt(long !== null && ourLongest ? long / ourLongest : null, 1)}×)`,
          );
        }
        versus.push(cells);
      }
      if (NO_DEVTOOLS_RUNS > 0 && (input.papers ?? 0) <= NO_DEVTOOLS_MAX_PAPERS) {
        bare.push([
          input.name,
          ms(m((r) => r.firstFrame)),
          ms(m((r) => r.ready)),
          ...(await withoutDevTools(base, input)),
        ]);
      }
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  }
  console.log(
    `\nmedians of ${RUNS} runs; times in ms from navigation unless said; load average at end: ${loadAverage()}\n`,
  );
  console.log(
    table(
      [
        'input',
        'nodes / edges',
        'parse',
        'build',
        'layout ms (iterations, where)',
        'first frame',
        'ready',
        'longest task: load',
        'longest task: layout',
        'longest task: hand-over',
        'sigma shown',
        'longest task: until sigma',
        'JS heap MB',
      ],
      ours,
    ),
  );
  console.log(
    '\nsame graph, stable layout (time from navigation; ratio = theirs / ours) and longest main-thread task (ratio = theirs / ours)\n',
  );
  console.log(
    table(
      [
        'input',
        'ours: ready / longest task',
        'Cytoscape.js cose: stable',
        'cose: longest task',
        'vis-network: stable',
        'vis: longest task',
      ],
      versus,
    ),
  );
  if (bare.length === 0) return;
  console.log(
    `\nthe same loads in a Chromium with no DevTools attached (launched with the same flags, no remote debugging; ${NO_DEVTOOLS_RUNS} loads each, medians, ms from navigation): Playwright attaches DevTools, whose network agent keeps a copy of every response body, on the main thread\n`,
  );
  console.log(
    table(
      [
        'input',
        'first frame (DevTools)',
        'ready (DevTools)',
        'first frame (no DevTools)',
        'ready (no DevTools)',
      ],
      bare,
    ),
  );
}

await main();
