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
import { generateProfile } from '../../src/synth/generate-profile';
import { artifact, launchBrowser, waitForReady, type TestBrowser } from './browser';
import { distancesFromWhite, inkedShare } from './network-page';

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
/** ~2,600 nodes and ~5,800 edges. */
const DENSE = generateProfile({ papers: 1800, seed: 3 });
/** ~10,800 nodes: a file large enough for the parse worker. */
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

  test("while the layout runs sigma draws the moving network: hover marks a node's papers, a click selects it", async () => {
    const page = await browser.open('/');
    await waitForReady(page);
    const done = load(page, LARGE, 'large.txt');
    await page.locator('coauthor-network [part=progress]').waitFor({ state: 'visible' });
    await page.screenshot({ path: artifact('large-layout-running.png') });
    const layoutRunning = (): Promise<boolean> =>
      page.locator('coauthor-network [part=progress]').isVisible();
    // The owner moves: point at where it is now. Hovering it outlines its papers in the timeline.
    const marked = (): Promise<number> =>
      page.evaluate(() =>
        [
          ...document
            .querySelector('coauthor-network')!
            .shadowRoot!.querySelector('cn-charts')!
            .shadowRoot!.querySelectorAll('g.bin[data-marked]'),
        ].reduce((sum, bin) => sum + Number(bin.getAttribute('data-marked')), 0),
      );
    const papers = buildGraph(parseProfile(LARGE)).filterNeighbors(
      LARGE_OWNER,
      (_key, a) => a.kind === 'paper',
    ).length;
    await expect
      .poll(
        async () => {
          await hoverNode(page, LARGE_OWNER);
          return marked();
        },
        { timeout: 15_000 },
      )
      .toBe(papers);
    await expect
      .poll(
        async () => {
          const owner = await hoverNode(page, LARGE_OWNER);
          await page.mouse.click(owner.x, owner.y);
          return page.locator('coauthor-network .panel').isVisible();
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    expect(await layoutRunning()).toBe(true);
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    expect(await done).toBeNull();
    expect(await layoutRunning()).toBe(false);
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

  test('a large profile opened first is parsed in a worker and drawn by one renderer', async () => {
    const text = generateProfile({ papers: 3700, seed: 3 });
    expect(text.length).toBeGreaterThanOrEqual(OFF_THREAD_FROM_CHARS);
    const errorsBefore = browser.errors.length;
    const page = await openFirst('/profiles/large.txt', text, 'text/plain');
    await waitForReady(page);
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
    await waitForReady(page);
    expect(await positions(page)).toEqual(
      Object.fromEntries(filed(graph).mapNodes((key, a) => [key, { x: a.x!, y: a.y! }])),
    );
    expect(await page.evaluate(() => document.querySelector('coauthor-network')!.graph!.size)).toBe(
      graph.size,
    );
    const at = await hoverNode(page, owner);
    await page.mouse.click(at.x, at.y);
    const papers = graph.filterNeighbors(owner, (_key, a) => a.kind === 'paper').length;
    await expect
      .poll(() => page.locator('coauthor-network .panel .summary').textContent(), {
        timeout: 15_000,
      })
      .toContain(`${papers.toLocaleString('en')} papers on this profile`);
    await page.screenshot({ path: artifact('first-large-selected.png') });
    expect(await sigmaStages(page)).toBe(1);
    expect(browser.errors.slice(errorsBefore)).toEqual([]);
    await page.close();
  }, 120_000);

  test('a network of thousands of edges has every edge drawn at rest', async () => {
    const profile = parseProfile(DENSE, { source: 'dense.txt' });
    const graph = buildGraph(profile);
    expect(graph.size).toBeGreaterThanOrEqual(5000);
    runLayout.assign(graph);
    const page = await browser.open('/');
    await waitForReady(page);
    expect(await load(page, serializeGraph(graph, profile), 'dense.json')).toBeNull();
    // Where edges are drawn, the middle of an edge is inked far more often than a pixel taken at
    // random; drawn without edges, both would be inked as often (by nodes alone).
    const edges = graph.edges().filter((_e, i) => i % 50 === 0);
    const ends = await page.evaluate(
      (pairs) => {
        const element = document.querySelector('coauthor-network')!;
        return pairs.map(([a, b]) => [
          element.nodeClientPosition(a)!,
          element.nodeClientPosition(b)!,
        ]);
      },
      edges.map((e) => [graph.source(e), graph.target(e)] as [string, string]),
    );
    const box = (await page.locator('coauthor-network .sigma').boundingBox())!;
    const random = createRandom(5);
    const points = {
      middles: ends.map(([a, b]) => ({ x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2 })),
      random: edges.map(() => ({
        x: box.x + random() * box.width,
        y: box.y + random() * box.height,
      })),
    };
    const share = async (list: { x: number; y: number }[]): Promise<number> =>
      (await distancesFromWhite(page, list)).filter((d) => d > 6).length / list.length;
    const inked = { middles: await share(points.middles), random: await share(points.random) };
    await page.screenshot({ path: artifact('dense-rest.png') });
    expect(inked.middles).toBeGreaterThan(0.9);
    expect(inked.middles - inked.random).toBeGreaterThan(0.2);
    await page.close();
  });

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

  test.each(["worker-src 'self'", "worker-src 'none'"])(
    'under `%s` (no blob:) the layout runs on the main thread and says so',
    async (policy) => {
      const errorsBefore = browser.errors.length;
      const page = await openWithCsp(policy);
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
    },
  );
});
