// Loading inputs in a real browser: errors, determinism, ?src=, graph files, large networks in a worker.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { OFF_THREAD_FROM_CHARS } from '../../src/pipeline/parse-off-thread';
import { serializeGraph } from '../../src/graph/graph-json';
import { filed } from '../graph/filed';
import { createRandom } from '../../src/layout/random';
import { nodeSize, runLayout } from '../../src/layout/run-layout';
import { parseProfile } from '../../src/profile/parse-profile';
import { EDGES_ON_DEMAND_FROM, PREVIEW_AT_REST_FROM } from '../../src/renderer/draw-policy';
import { restingLabels } from '../../src/renderer/label-policy';
import { generateProfile } from '../../src/synth/generate-profile';
import { artifact, launchBrowser, waitForReady, type TestBrowser } from './browser';
import { inkedShare } from './network-page';

type Positions = Record<string, { x: number; y: number }>;

const SAMPLE = readFileSync('data/glorioso.txt', 'utf8');
/** A profile whose last paper has a title but no author list. */
const BROKEN = `Paolo Glorioso

CL
h-index25

1 Papers

LGOct 28, 2022
Flatter, faster: scaling momentum

`;
/** ~1,200 nodes: past the worker threshold. */
const LARGE = generateProfile({ papers: 800, seed: 3 });
/** The owner of LARGE: the hub that hover is tried on while the layout runs. */
const LARGE_OWNER = buildGraph(parseProfile(LARGE)).findNode(
  (_key, a) => a.kind === 'author' && a.isOwner,
)!;
/** ~2,600 nodes and ~5,800 edges: past the edges-on-demand threshold. */
const DENSE = generateProfile({ papers: 1800, seed: 3 });
/** ~10,800 nodes: past the threshold from which the preview draws at rest in software WebGL. */
const HUGE = generateProfile({ papers: 8000, seed: 3 });
const CSP_NOTE = /does not allow web workers/;
const BASE = inject('baseUrl');

let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function positions(page: Page): Promise<Positions> {
  return page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    document.querySelector('coauthor-network')!.graph!.forEachNode((key, a) => {
      out[key] = { x: a.x!, y: a.y! };
    });
    return out;
  });
}

/**
 * The network of a profile `text` at made-up positions in a square of `extent` (a graph file's are
 * drawn as they are), its owner in the middle, clear of the legend.
 */
function scattered(text: string, seed: number, extent: number) {
  const profile = parseProfile(text);
  const graph = buildGraph(profile);
  const random = createRandom(seed);
  graph.forEachNode((key) =>
    graph.mergeNodeAttributes(key, { x: random() * extent, y: random() * extent }),
  );
  const owner = graph.findNode((_key, a) => a.kind === 'author' && a.isOwner)!;
  graph.mergeNodeAttributes(owner, { x: extent / 2, y: extent / 2 });
  return { profile, graph, owner };
}

/** Moves the pointer onto a node (from a pixel beside it, so that it enters); returns where. */
async function hoverNode(page: Page, key: string): Promise<{ x: number; y: number }> {
  const at = (await page.evaluate(
    (k) => document.querySelector('coauthor-network')!.nodeClientPosition(k),
    key,
  ))!;
  await page.mouse.move(at.x + 1, at.y);
  await page.mouse.move(at.x, at.y);
  return at;
}

/** Whether the layout's progress bar showed at any point in the next 1.5 s. */
async function progressShown(page: Page): Promise<boolean> {
  const seen = await page.evaluate(() => {
    const states: boolean[] = [];
    const progress = document
      .querySelector('coauthor-network')!
      .shadowRoot!.querySelector('[part=progress]')!;
    new MutationObserver(() => states.push(!progress.hasAttribute('hidden'))).observe(progress, {
      attributes: true,
    });
    return new Promise<boolean[]>((resolve) => setTimeout(() => resolve(states), 1500));
  });
  return seen.includes(true);
}

function load(page: Page, text: string, source: string): Promise<string | null> {
  return page.evaluate(
    ([t, s]) =>
      document
        .querySelector('coauthor-network')!
        .loadText(t!, s)
        .then(
          () => null,
          (error: Error) => error.message,
        ),
    [text, source],
  );
}

describe('loading profiles into <coauthor-network>', () => {
  test('two loads of the sample give identical positions, the ones the command line computes', async () => {
    const first = await browser.open('/');
    await waitForReady(first);
    const second = await browser.open('/');
    await waitForReady(second);
    const a = await positions(first);
    expect(Object.keys(a)).toHaveLength(15);
    expect(await positions(second)).toEqual(a);
    const graph = buildGraph(parseProfile(SAMPLE, { source: 'glorioso.txt' }));
    expect(a).toEqual(runLayout(graph, { seed: 1 }).positions);
    expect(browser.errors).toEqual([]);
    await first.close();
    await second.close();
  });

  test('a broken profile shows its error with the line number, and the graph on screen stays', async () => {
    const page = await browser.open('/');
    await waitForReady(page);
    const before = await positions(page);
    const detail = page.evaluate(
      () =>
        new Promise<unknown>((resolve) =>
          document.addEventListener('coauthor-error', (e) => resolve((e as CustomEvent).detail), {
            once: true,
          }),
        ),
    );
    const message = await load(page, BROKEN, 'broken.txt');
    expect(message).toMatch(/^broken\.txt:11: /);
    expect(await detail).toEqual({ message, line: 11 });
    const readyOutcome = await page.evaluate(() =>
      document.querySelector('coauthor-network')!.ready.then(
        () => 'resolved',
        (error: Error) => error.message,
      ),
    );
    expect(readyOutcome).toBe(message);
    const banner = page.locator('coauthor-network [part=error]');
    const bannerText = page.locator('coauthor-network [part=error] div').first();
    await banner.waitFor({ state: 'visible' });
    expect(await bannerText.textContent()).toContain('line 11');
    expect(await bannerText.textContent()).toContain(message!);
    expect(await positions(page)).toEqual(before);
    expect(await inkedShare(page, [255, 255, 255])).toBeGreaterThan(0.02);
    await page.screenshot({ path: artifact('parse-error.png') });
    // The next good input clears the message and reports what it drew.
    const ready = page.evaluate(
      () =>
        new Promise<unknown>((resolve) =>
          document.addEventListener('coauthor-ready', (e) => resolve((e as CustomEvent).detail), {
            once: true,
          }),
        ),
    );
    expect(await load(page, SAMPLE, 'glorioso.txt')).toBeNull();
    expect(await ready).toEqual({ authors: 9, papers: 6 });
    await banner.waitFor({ state: 'hidden' });
    await page.close();
  });

  test('?src=URL loads that file; a missing one says so', async () => {
    const page = await browser.open('about:blank');
    await page.route(
      (url) => url.pathname.startsWith('/profiles/'),
      (route) =>
        new URL(route.request().url()).pathname === '/profiles/sample.txt'
          ? route.fulfill({ body: SAMPLE, contentType: 'text/plain' })
          : route.fulfill({ status: 404, body: 'not found' }),
    );
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(new URL('/?src=/profiles/sample.txt', BASE).href);
    await waitForReady(page);
    expect(Object.keys(await positions(page))).toHaveLength(15);
    // Fetched once, by the page's preload (before the app's script has run), which the element's
    // fetch() then takes.
    expect(requests.filter((path) => path === '/profiles/sample.txt')).toHaveLength(1);
    expect(
      await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter(({ name }) => name.endsWith('/profiles/sample.txt'))
          .map((entry) => (entry as PerformanceResourceTiming).initiatorType),
      ),
    ).toEqual(['link']);
    await page.goto(new URL('/?src=/profiles/missing.txt', BASE).href);
    const banner = page.locator('coauthor-network [part=error]');
    const bannerText = page.locator('coauthor-network [part=error] div').first();
    await banner.waitFor({ state: 'visible' });
    expect(await bannerText.textContent()).toContain('/profiles/missing.txt: could not load (404');
    await page.close();
  });

  test('a graph file from `cli layout` opens at once, with the positions it holds', async () => {
    const profile = parseProfile(SAMPLE, { source: 'glorioso.txt' });
    const graph = buildGraph(profile);
    runLayout.assign(graph, { seed: 7 }); // another seed than the viewer's: positions must come from the file
    const file = serializeGraph(graph, profile);
    const page = await browser.open('about:blank');
    await page.route(
      (url) => url.pathname === '/graphs/glorioso.json',
      (route) => route.fulfill({ body: file, contentType: 'application/json' }),
    );
    await page.goto(new URL('/?src=/graphs/glorioso.json', BASE).href);
    await waitForReady(page);
    const expected: Positions = {};
    filed(graph).forEachNode((key, a) => (expected[key] = { x: a.x!, y: a.y! }));
    expect(await positions(page)).toEqual(expected);
    await page.close();
  });
});

describe('large networks', () => {
  test('lay out in a worker with progress and stop / resume, and end without overlaps', async () => {
    const errorsBefore = browser.errors.length;
    const page = await browser.open('/');
    await waitForReady(page);
    const done = load(page, LARGE, 'large.txt');
    const progress = page.locator('coauthor-network [part=progress]');
    const progressText = page.locator('coauthor-network [part=progress] .label');
    const progressNote = page.locator('coauthor-network [part=progress] .note');
    await progress.waitFor({ state: 'visible' });
    await page.screenshot({ path: artifact('large-layout-progress.png') });
    await progress.locator('button', { hasText: 'Stop' }).click();
    await expect.poll(() => progressText.textContent()).toContain('Layout paused');
    const paused = await progressText.textContent();
    await page.waitForTimeout(600);
    expect(await progressText.textContent()).toBe(paused);
    await progress.locator('button', { hasText: 'Resume' }).click();
    expect(await done).toBeNull();
    await progress.waitFor({ state: 'hidden' });
    expect(await progressNote.count()).toBe(0);

    // No two nodes closer than their layout radii (what nodeSize() gives the layout).
    const drawn = await positions(page);
    const graph = buildGraph(parseProfile(LARGE, { source: 'large.txt' }));
    const discs = graph.mapNodes((key, a) => ({ ...drawn[key]!, r: nodeSize(a) }));
    let overlaps = 0;
    for (let i = 0; i < discs.length; i++) {
      for (let j = i + 1; j < discs.length; j++) {
        const [a, b] = [discs[i]!, discs[j]!];
        if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r) overlaps += 1;
      }
    }
    expect({ overlaps, order: Object.keys(drawn).length }).toEqual({ overlaps: 0, order: 1219 });
    await page.screenshot({ path: artifact('large-network.png') });
    expect(browser.errors.slice(errorsBefore)).toEqual([]);
    await page.close();
  });

  test("while the layout runs a 2-D preview draws the nodes; hover shows a node's edges, a click selects it; sigma draws all at the end", async () => {
    const page = await browser.open('/');
    await waitForReady(page);
    const done = load(page, LARGE, 'large.txt');
    await page.locator('coauthor-network [part=progress]').waitFor({ state: 'visible' });
    // Read in one task, so the layout cannot end between the status and the counts. `warmUp` first
    // runs the preview's warm-up in that task (a made-up network drawn, then cleared).
    const drawing = (
      warmUp = false,
    ): Promise<{
      running: boolean;
      drawn: number;
      edges: number;
      owner: number;
      previewInk: number;
    }> =>
      page.evaluate(
        ([ownerKey, warmUp]) => {
          const element = document.querySelector('coauthor-network')!;
          const view = (
            element as unknown as {
              graphView: {
                job: { status(): { running: boolean } } | null;
                renderer: {
                  drawnEdgeCount(): number;
                  warmUpPreview(): void;
                  graph: { size: number; degree(key: string): number };
                };
              };
            }
          ).graphView;
          if (warmUp) view.renderer.warmUpPreview();
          const canvas = element.shadowRoot!.querySelector<HTMLCanvasElement>(
            'canvas[data-layer=layout-preview]',
          );
          let previewInk = 0;
          const pixels = canvas
            ?.getContext('2d')!
            .getImageData(0, 0, canvas.width, canvas.height).data;
          for (let i = 3; pixels && i < pixels.length; i += 4) if (pixels[i]! > 0) previewInk += 1;
          return {
            running: view.job?.status().running ?? false,
            drawn: view.renderer.drawnEdgeCount(),
            edges: view.renderer.graph.size,
            owner: view.renderer.graph.degree(ownerKey),
            previewInk,
          };
        },
        [LARGE_OWNER, warmUp] as const,
      );
    const during = await drawing();
    expect({ running: during.running, drawn: during.drawn }).toEqual({ running: true, drawn: 0 });
    expect(during.previewInk).toBeGreaterThan(2000);
    // A warm-up asked for while the preview shows a network is ignored: the network stays drawn.
    expect((await drawing(true)).previewInk).toBeGreaterThan(2000);
    await page.screenshot({ path: artifact('large-layout-preview.png') });
    // Hover the owner while nodes move: its edges are drawn. It moves, so point at where it is now.
    const ownerAt = async (): Promise<{ x: number; y: number }> => {
      const owner = await page.evaluate(
        (key) => document.querySelector('coauthor-network')!.nodeClientPosition(key),
        LARGE_OWNER,
      );
      expect(owner).not.toBeNull();
      return owner!;
    };
    const hoverOwner = async (): Promise<number> => {
      const owner = await ownerAt();
      await page.mouse.move(owner.x + 1, owner.y);
      await page.mouse.move(owner.x, owner.y);
      return (await drawing()).drawn;
    };
    await expect.poll(hoverOwner, { timeout: 15_000 }).toBe(during.owner);
    await page.screenshot({ path: artifact('large-layout-preview-hover.png') });
    // A click on the owner while it moves opens its details.
    await expect
      .poll(
        async () => {
          const owner = await ownerAt();
          await page.mouse.click(owner.x, owner.y);
          return page.locator('coauthor-network .panel').isVisible();
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    expect((await drawing()).running).toBe(true);
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    expect(await done).toBeNull();
    const after = await drawing();
    expect(after).toEqual({ ...after, running: false, drawn: after.edges, previewInk: 0 });
    // Once sigma draws, a warm-up leaves nothing on the preview's canvas and sigma's drawing as it was.
    expect(await drawing(true)).toEqual(after);
    await page.screenshot({ path: artifact('large-layout-done.png') });
    await page.close();
  });

  test('a network laid out once keeps its positions: the other view and back runs no second layout', async () => {
    const page = await browser.open('/');
    await waitForReady(page);
    expect(await load(page, LARGE, 'large.txt')).toBeNull();
    const before = await positions(page);
    const view = (name: string): Promise<void> =>
      page.evaluate((v) => {
        const element = document.querySelector('coauthor-network')!;
        element.view = v as 'network' | 'coauthors';
        return element.ready;
      }, name);
    await view('coauthors');
    const coauthors = await positions(page);
    // Back: the progress bar never shows, the positions are the ones the layout left.
    const statuses = progressShown(page);
    await view('network');
    expect(await statuses).toBe(false);
    expect(await positions(page)).toEqual(before);
    // And again to the coauthors: theirs too.
    await view('coauthors');
    expect(await positions(page)).toEqual(coauthors);
    await page.close();
  });

  test('a large graph file appears without a layout', async () => {
    const profile = parseProfile(LARGE, { source: 'large.txt' });
    const graph = buildGraph(profile);
    runLayout.assign(graph, { seed: 7 }); // not the viewer's seed: positions must come from the file
    const page = await browser.open('/');
    await waitForReady(page);
    const statuses = progressShown(page);
    expect(await load(page, serializeGraph(graph, profile), 'large.json')).toBeNull();
    expect(await statuses).toBe(false);
    const expected: Positions = {};
    filed(graph).forEachNode((key, a) => (expected[key] = { x: a.x!, y: a.y! }));
    expect(await positions(page)).toEqual(expected);
    await page.close();
  });

  /** How many sigma stages (one per sigma instance and WebGL context) the element holds. */
  function sigmaStages(page: Page): Promise<number> {
    return page.evaluate(
      () =>
        document.querySelector('coauthor-network')!.shadowRoot!.querySelectorAll('.sigma-stage')
          .length,
    );
  }

  /** Opens the app on `?src=path`, served `body` as `contentType`: the element's first input. */
  async function openFirst(path: string, body: string, contentType: string): Promise<Page> {
    const page = await browser.open('about:blank');
    await page.route(
      (url) => url.pathname === path,
      (route) => route.fulfill({ body, contentType }),
    );
    await page.goto(new URL(`/?src=${path}`, BASE).href);
    return page;
  }

  test('a large profile opened first gets one renderer, made while the worker parses', async () => {
    const text = generateProfile({ papers: 3700, seed: 3 });
    expect(text.length).toBeGreaterThanOrEqual(OFF_THREAD_FROM_CHARS);
    const errorsBefore = browser.errors.length;
    const page = await openFirst('/profiles/large.txt', text, 'text/plain');
    await waitForReady(page);
    // The renderer made (on an empty graph) while the worker parsed is the one that draws: it
    // threw before (it drew before its handle existed) and a second sigma, with its own WebGL
    // context, was set up beside it.
    expect(await sigmaStages(page)).toBe(1);
    const graph = buildGraph(parseProfile(text));
    expect(Object.keys(await positions(page))).toHaveLength(graph.order);
    expect(browser.errors.slice(errorsBefore)).toEqual([]);
    await page.close();
  }, 120_000);

  test('a large graph file opened first is drawn by one renderer, which answers hover and click', async () => {
    const { profile, graph, owner } = scattered(HUGE, 12, 5000);
    const file = serializeGraph(graph, profile);
    expect(file.length).toBeGreaterThanOrEqual(OFF_THREAD_FROM_CHARS);
    const errorsBefore = browser.errors.length;
    const page = await openFirst('/graphs/huge.json', file, 'application/json');
    // Its first frame comes before its edges are added to the graph (they follow, a part a task):
    // the owner selected then is shown with all its papers once they are in.
    await page.waitForFunction(() => performance.getEntriesByName('cn:first-frame').length > 0);
    const early = await page.evaluate((key) => {
      const element = document.querySelector('coauthor-network')!;
      const size = (element as unknown as { network: { graph: { size: number } } }).network.graph
        .size;
      element.select(key);
      return size;
    }, owner);
    console.log(`huge graph file: ${early} of ${graph.size} edges in at the first frame`);
    await waitForReady(page, 'coauthor-network', { sigma: false });
    expect(Object.keys(await positions(page))).toHaveLength(graph.order);
    expect(
      await page.evaluate(
        () =>
          (
            document.querySelector('coauthor-network') as unknown as {
              network: { graph: { size: number } };
            }
          ).network.graph.size,
      ),
    ).toBe(graph.size);
    const papers = graph.filterNeighbors(owner, (_key, a) => a.kind === 'paper').length;
    await expect
      .poll(() => page.locator('coauthor-network .panel .summary').textContent())
      .toContain(`${papers.toLocaleString('en')} papers on this profile`);
    await page.keyboard.press('Escape');
    const drawn = (): Promise<number> =>
      page.evaluate(() =>
        (
          document.querySelector('coauthor-network') as unknown as {
            graphView: { renderer: { drawnEdgeCount(): number } };
          }
        ).graphView.renderer.drawnEdgeCount(),
      );
    // Hovering the owner draws its edges, a click opens its details.
    const at = await hoverNode(page, owner);
    await expect.poll(drawn, { timeout: 15_000 }).toBe(graph.degree(owner));
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.locator('coauthor-network .panel').isVisible()).toBe(true);
    await page.screenshot({ path: artifact('first-large-selected.png') });
    // Sigma is set up after the first frame (no layout follows): one instance.
    await expect.poll(() => sigmaStages(page)).toBe(1);
    expect(browser.errors.slice(errorsBefore)).toEqual([]);
    await page.close();
  }, 120_000);

  test("from 5,000 edges sigma draws at rest only the focus's and a hovered bar's edges; the toolbar's All edges draws them all", async () => {
    const { profile, graph, owner } = scattered(DENSE, 11, 3000);
    expect(graph.size).toBeGreaterThanOrEqual(EDGES_ON_DEMAND_FROM);
    const page = await browser.open('/');
    await waitForReady(page);
    expect(await load(page, serializeGraph(graph, profile), 'dense.json')).toBeNull();
    const drawn = (): Promise<number> =>
      page.evaluate(() =>
        (
          document.querySelector('coauthor-network') as unknown as {
            graphView: { renderer: { drawnEdgeCount(): number } };
          }
        ).graphView.renderer.drawnEdgeCount(),
      );
    const button = page.locator('coauthor-network [data-edges]');
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false');
    expect(await drawn()).toBe(0);
    // The resting labels reached sigma's label grid: the owner's and frequent coauthors' are drawn.
    const resting = [...restingLabels(graph)];
    expect(resting.length).toBeGreaterThan(2);
    const labelled = await page.evaluate(
      (keys) =>
        keys.filter(
          (key) =>
            (
              document.querySelector('coauthor-network') as unknown as {
                graphView: { renderer: { nodeDisplay(k: string): { labelShown: boolean } | null } };
              }
            ).graphView.renderer.nodeDisplay(key)?.labelShown,
        ),
      resting,
    );
    expect(labelled).toContain(owner);
    expect(labelled.length).toBeGreaterThan(2);
    await page.screenshot({ path: artifact('dense-rest.png') });

    // Hovering the owner draws its edges; leaving it, none again.
    await hoverNode(page, owner);
    await expect.poll(drawn, { timeout: 15_000 }).toBe(graph.degree(owner));
    await page.screenshot({ path: artifact('dense-hover.png') });
    await page.mouse.move(5, 5);
    await expect.poll(drawn, { timeout: 15_000 }).toBe(0);

    // A hovered year bar draws the edges of its papers (their authors are marked with them).
    const year = 2015;
    let papersEdges = 0;
    graph.forEachNode((key, a) => {
      if (a.kind === 'paper' && a.year === year) papersEdges += graph.degree(key);
    });
    expect(papersEdges).toBeGreaterThan(0);
    const bar = (await page
      .locator(`coauthor-network coauthor-charts g.bin[data-bin="${year}"] rect.slot`)
      .boundingBox())!;
    await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height * 0.8);
    await expect.poll(drawn, { timeout: 15_000 }).toBe(papersEdges);
    await page.mouse.move(5, 5);
    await expect.poll(drawn, { timeout: 15_000 }).toBe(0);

    await button.click();
    await expect.poll(drawn, { timeout: 30_000 }).toBe(graph.size);
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: artifact('dense-all-edges.png') });
    await button.click();
    await expect.poll(drawn, { timeout: 30_000 }).toBe(0);
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await page.close();
  });

  test('from 10,000 nodes in software WebGL the 2-D preview draws the network at rest too, and all its edges when asked', async () => {
    const { profile, graph, owner } = scattered(HUGE, 12, 5000);
    expect(graph.order).toBeGreaterThanOrEqual(PREVIEW_AT_REST_FROM);
    const page = await browser.open('/');
    await waitForReady(page);
    expect(await load(page, serializeGraph(graph, profile), 'huge.json')).toBeNull();
    // Which renderer draws, in one task: sigma's node count and edges, the preview's inked pixels.
    const drawing = (): Promise<{ sigmaNodes: number; drawn: number; previewInk: number }> =>
      page.evaluate((key) => {
        const element = document.querySelector('coauthor-network')!;
        const renderer = (
          element as unknown as {
            graphView: {
              renderer: { drawnEdgeCount(): number; nodeDisplay(k: string): object | null };
            };
          }
        ).graphView.renderer;
        const canvas = element.shadowRoot!.querySelector<HTMLCanvasElement>(
          'canvas[data-layer=layout-preview]',
        )!;
        const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        let previewInk = 0;
        for (let i = 3; i < pixels.data.length; i += 4) if (pixels.data[i]! > 0) previewInk += 1;
        return {
          sigmaNodes: renderer.nodeDisplay(key) ? 1 : 0,
          drawn: renderer.drawnEdgeCount(),
          previewInk,
        };
      }, owner);
    const atRest = await drawing();
    expect(atRest.sigmaNodes).toBe(0);
    expect(atRest.drawn).toBe(0);
    expect(atRest.previewInk).toBeGreaterThan(5000);
    await page.screenshot({ path: artifact('huge-rest.png') });

    // Hovering the owner draws its edges in the preview; a click opens its details.
    const at = await hoverNode(page, owner);
    await expect
      .poll(async () => (await drawing()).drawn, { timeout: 15_000 })
      .toBe(graph.degree(owner));
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.locator('coauthor-network .panel').isVisible()).toBe(true);
    await page.screenshot({ path: artifact('huge-selected.png') });
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    await expect.poll(async () => (await drawing()).drawn, { timeout: 15_000 }).toBe(0);

    // All edges: the preview draws every edge (muted, sigma stays empty); then none again.
    const button = page.locator('coauthor-network [data-edges]');
    await button.click();
    await expect.poll(async () => (await drawing()).drawn, { timeout: 30_000 }).toBe(graph.size);
    const all = await drawing();
    expect(all.sigmaNodes).toBe(0);
    expect(all.previewInk).toBeGreaterThan(atRest.previewInk);
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: artifact('huge-all-edges.png') });
    await button.click();
    await expect.poll(async () => (await drawing()).drawn, { timeout: 30_000 }).toBe(0);
    expect((await drawing()).sigmaNodes).toBe(0);
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await page.close();
  }, 180_000);

  test('the worker gives the same positions as the command line', async () => {
    const page = await browser.open('/');
    await waitForReady(page);
    expect(await load(page, LARGE, 'large.txt')).toBeNull();
    const graph = buildGraph(parseProfile(LARGE, { source: 'large.txt' }));
    expect(await positions(page)).toEqual(runLayout(graph, { seed: 1 }).positions);
    await page.close();
  });

  /** Opens the app with a Content-Security-Policy header on the page. */
  async function openWithCsp(policy: string): Promise<Page> {
    const page = await browser.open('about:blank');
    await page.route(
      (url) => url.pathname === '/',
      async (route) => {
        // The preview server may close a kept-alive connection just as Playwright reuses it
        // (seen once in CI: route.fetch failed with ECONNRESET): the page is asked for again.
        const fetchPage = () => route.fetch().catch(() => route.fetch());
        const response = await fetchPage().catch(() => fetchPage());
        await route.fulfill({
          response,
          headers: { ...response.headers(), 'content-security-policy': policy },
        });
      },
    );
    await page.goto(BASE);
    await waitForReady(page);
    return page;
  }

  test("under `worker-src 'self'` (no blob:) the app lays out in its own module workers", async () => {
    const page = await openWithCsp("worker-src 'self'");
    expect(await load(page, LARGE, 'large.txt')).toBeNull();
    const layout = await page.evaluate(() =>
      performance
        .getEntriesByName('cn:layout')
        .map((m) => (m as PerformanceMeasure).detail)
        .pop(),
    );
    expect(layout).toMatchObject({ mode: 'worker' });
    expect(await page.locator('coauthor-network [part=progress] .note').count()).toBe(0);
    await page.close();
  });

  test("under `worker-src 'none'` the layout runs on the main thread and says so", async () => {
    const errorsBefore = browser.errors.length;
    const page = await openWithCsp("worker-src 'none'");
    const done = load(page, LARGE, 'large.txt');
    const progressNote = page.locator('coauthor-network [part=progress] .note');
    await expect.poll(() => progressNote.textContent(), { timeout: 15_000 }).toMatch(CSP_NOTE);
    expect(await done).toBeNull();
    expect(
      await page.evaluate(() => document.querySelector('coauthor-network')!.graph!.order),
    ).toBe(1219);
    // The browser reports the refused worker; nothing else may go wrong.
    const unexpected = browser.errors
      .slice(errorsBefore)
      .filter((e) => !/Content Security Policy/i.test(e));
    expect(unexpected).toEqual([]);
    await page.close();
  });
});
