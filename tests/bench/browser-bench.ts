// Browser benchmark (`npm run bench`): the built app against a floor (bare graphology + sigma) on the same graphs, beside an older build, Cytoscape.js and vis-network.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import os from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build, preview, type Plugin, type PreviewServer } from 'vite';
import { qualityOf, type NodePositions } from './bench-quality';
import { printTables, type Results } from './bench-report';
import { writeInputs, type Input } from './bench-inputs';
import {
  loadApp,
  loadCompare,
  loadFloor,
  FLOOR_VIEWPORT,
  VIEWPORT,
  webglRenderer,
} from './page-loads';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
/** Papers of the generated profiles; BENCH_SIZES=1000 for a quick run. */
const SIZES = (process.env.BENCH_SIZES ?? '1000,5000,10000').split(',').filter(Boolean).map(Number);
/** Papers of the precomputed graph file: the largest size unless set (0: none). */
const PRECOMPUTED = Number(process.env.BENCH_PRECOMPUTED ?? Math.max(0, ...SIZES));
/** Each comparison library gets this long to reach a stable layout, then is stopped. */
const CAP_MS = Number(process.env.BENCH_CAP_MS ?? 120_000);
/** Runs of the comparison libraries per input (they are slow on big graphs). */
const COMPARE_RUNS = Math.max(1, Number(process.env.BENCH_COMPARE_RUNS ?? RUNS));
/** A `dist/app` folder built from another commit, measured as "app (before)". */
const BEFORE = process.env.BENCH_BEFORE;
/** How long after ready the old build's sigma stage may take to show the network. */
const PREVIEW_WAIT_MS = Number(process.env.BENCH_PREVIEW_WAIT_MS ?? 20_000);
const LOAD_TIMEOUT_MS = 15 * 60_000;
/** ForceAtlas2 iterations of the reference contender: the floor page run for this many. */
const REFERENCE_ITERATIONS = 300;
const projectDir = fileURLToPath(new URL('../../', import.meta.url));

const loadAverage = (): string =>
  os
    .loadavg()
    .map((v) => v.toFixed(2))
    .join(', ');

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves the files of `dir` at `/bench/` (the inputs, for a server of another build). */
function benchInputs(dir: string): Plugin {
  return {
    name: 'bench-inputs',
    configurePreviewServer(server) {
      server.middlewares.use('/bench', (req: IncomingMessage, res: ServerResponse, next) => {
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://bench').pathname);
        const file = resolve(dir, `.${path}`);
        if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
          next();
          return;
        }
        res.setHeader('content-type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
  };
}

/** The app and the floor page (tests/bench/floor.html, at the same path) built into `outDir`. */
async function buildPages(outDir: string): Promise<void> {
  const common = {
    configFile: join(projectDir, 'vite.config.ts'),
    root: projectDir,
    logLevel: 'warn',
  } as const;
  // The bench reports times, not chunk sizes.
  const quiet = { chunkSizeWarningLimit: Number.POSITIVE_INFINITY };
  await build({ ...common, build: { ...quiet, outDir, emptyOutDir: true } });
  await build({
    ...common,
    build: {
      ...quiet,
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      rollupOptions: { input: join(projectDir, 'tests/bench/floor.html') },
    },
  });
}

async function serve(outDir: string, plugins: Plugin[] = []): Promise<PreviewServer> {
  return preview({
    configFile: false,
    root: projectDir,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    plugins,
  });
}

function baseOf(server: PreviewServer): string {
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('bench: no server address');
  return `http://127.0.0.1:${address.port}`;
}

const log = (what: string, run: object): void =>
  console.log(`${what}: ${JSON.stringify(run)} (load ${loadAverage()})`);

async function measure(
  browser: Browser,
  input: Input,
  base: string,
  beforeBase: string | null,
): Promise<Results> {
  const results: Results = {
    input,
    floor: [],
    reference: [],
    app: [],
    before: [],
    cytoscape: [],
    vis: [],
  };
  const judge = (what: string) => (positions: NodePositions) =>
    qualityOf(input.network, positions, `${input.name} ${what}`);
  const floorPage = `${base}/tests/bench/floor.html?data=${input.floor}`;
  // Interleaved, so that a change in the machine's load falls on every contender alike.
  for (let i = 1; i <= RUNS; i++) {
    const floor = await loadFloor(browser, floorPage, LOAD_TIMEOUT_MS, judge('floor'));
    results.floor.push(floor);
    log(`${input.name} floor run ${i}`, floor);
    // A graph file (no comparison graph) has no layout to run.
    if (input.graph !== null) {
      const reference = await loadFloor(
        browser,
        `${floorPage}&iterations=${REFERENCE_ITERATIONS}`,
        LOAD_TIMEOUT_MS,
        judge('FA2 reference'),
      );
      results.reference.push(reference);
      log(`${input.name} FA2 ${REFERENCE_ITERATIONS} it run ${i}`, reference);
    }
    const app = await loadApp(browser, base + input.app, {
      timeoutMs: LOAD_TIMEOUT_MS,
      previewWaitMs: 0,
      judge: judge('app'),
    });
    results.app.push(app);
    log(`${input.name} app run ${i}`, app);
    if (beforeBase !== null) {
      const before = await loadApp(browser, beforeBase + input.app, {
        timeoutMs: LOAD_TIMEOUT_MS,
        previewWaitMs: PREVIEW_WAIT_MS,
        judge: judge('app (before)'),
      });
      results.before.push(before);
      log(`${input.name} app (before) run ${i}`, before);
    }
  }
  if (input.graph === null) return results;
  for (const lib of ['cytoscape', 'vis'] as const) {
    for (let i = 1; i <= COMPARE_RUNS; i++) {
      const url = `${base}/bench/compare.html?lib=${lib}&graph=${input.graph}`;
      const run = await loadCompare(browser, url, CAP_MS, judge(lib));
      results[lib].push(run);
      log(`${input.name} ${lib} run ${i}`, run);
      if (run.stable === null) break; // one capped run says enough
    }
  }
  return results;
}

async function main(): Promise<void> {
  if (BEFORE && !existsSync(join(BEFORE, 'index.html'))) {
    throw new Error(`bench: BENCH_BEFORE=${BEFORE} has no index.html (a built dist/app folder?)`);
  }
  const loadAtStart = loadAverage();
  console.log(`load average at start: ${loadAtStart} (other work on the machine skews timings)`);
  const outDir = await mkdtemp(join(os.tmpdir(), 'coauthor-network-bench-'));
  const servers: PreviewServer[] = [];
  let browser: Browser | undefined;
  try {
    await buildPages(outDir);
    const inputs = writeInputs(outDir, {
      sizes: SIZES,
      precomputed: PRECOMPUTED,
      precomputedFile: process.env.BENCH_PRECOMPUTED_FILE,
    });
    servers.push(await serve(outDir));
    if (BEFORE) servers.push(await serve(resolve(BEFORE), [benchInputs(join(outDir, 'bench'))]));
    const [base, beforeBase] = servers.map(baseOf);
    browser = await chromium.launch({
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
    const cpus = os.cpus();
    const machine = `machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, headless Chromium ${browser.version()} (WebGL: ${await webglRenderer(browser)}), viewport ${VIEWPORT.width}×${VIEWPORT.height} (floor ${FLOOR_VIEWPORT.width}×${FLOOR_VIEWPORT.height})`;
    console.log(machine);
    if (BEFORE) console.log(`app (before): ${resolve(BEFORE)}`);
    const all: Results[] = [];
    for (const input of inputs) all.push(await measure(browser, input, base!, beforeBase ?? null));
    printTables(all, {
      machine,
      runs: RUNS,
      compareRuns: COMPARE_RUNS,
      capMs: CAP_MS,
      previewWaitMs: PREVIEW_WAIT_MS,
      referenceIterations: REFERENCE_ITERATIONS,
      withBefore: beforeBase !== undefined,
      loadAtStart,
      loadAtEnd: loadAverage(),
    });
  } finally {
    await browser?.close();
    for (const server of servers) await server.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

await main();
