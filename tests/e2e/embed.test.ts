// The library file on a page that knows nothing of Vite: one script tag, served by a plain static server.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { parseAst } from 'rollup/parseAst';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadNetwork } from '../../src/pipeline/load-network';
import { OFF_THREAD_FROM_CHARS } from '../../src/pipeline/parse-off-thread';
import { generateProfile } from '../../src/synth/generate-profile';
import { artifact, launchBrowser, waitForReady, type TestBrowser } from './browser';
import { canvasInk, COUNTERS_INIT_SCRIPT, readCounters } from './embed-page';
import { inkUnderOverlays } from './network-page';
import { serveStatic, type StaticServer } from './static-server';

type CoauthorNetwork = HTMLElementTagNameMap['coauthor-network'];

const LIB = '/lib/coauthor-network.js';
const STRICT_CSP = "script-src 'self'; worker-src 'self' blob:";
const NO_WORKER_CSP = "script-src 'self'; worker-src 'none'";
/** Pages served with a Content-Security-Policy header. */
const CSP: Record<string, string> = {
  '/app/embed-example.html': STRICT_CSP,
  '/t/csp-blob.html': STRICT_CSP,
  '/t/csp-none.html': NO_WORKER_CSP,
  '/t/csp-huge.html': STRICT_CSP,
  '/t/csp-none-huge.html': NO_WORKER_CSP,
};
/** The budget for the library file, gzipped (zlib level 9, as `npm run build:lib` reports). */
const GZIP_BUDGET_BYTES = 170_000;
/** A drawn network inks at least this share of its canvas; an empty canvas about none. */
const DRAWN = 0.01;

let root: string;
let server: StaticServer;
let browser: TestBrowser;
let libraryCode: string;
/** A profile large enough to be parsed off the main thread. */
let huge: string;
const consoleLines: string[] = [];

function page(head: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>embed test</title>
<script type="module" src="${LIB}"></script>${head}</head><body style="margin:0">${body}</body></html>`;
}

/** Test pages outside the app: they load only the built file and the profiles next to them. */
const PAGES: Record<string, string> = {
  'inline.html': page(
    '',
    `<coauthor-network id="inline" style="--cn-height:420px"><script type="text/plain">
${'{{GLORIOSO}}'}
</script></coauthor-network>
<coauthor-network id="property" style="--cn-height:420px"></coauthor-network>`,
  ),
  'empty.html': page('', '<main></main>'),
  'hidden.html': page(
    '',
    `<div id="box" style="display:none"><coauthor-network id="late" src="glorioso.txt"></coauthor-network></div>`,
  ),
  'twice.html': page(
    `<script type="module" src="${LIB}?again"></script>`,
    '<coauthor-network src="glorioso.txt"></coauthor-network>',
  ),
  'csp-blob.html': page('', '<coauthor-network src="big.txt"></coauthor-network>'),
  'csp-none.html': page('', '<coauthor-network src="big.txt"></coauthor-network>'),
  'csp-huge.html': page('', '<coauthor-network src="huge.txt"></coauthor-network>'),
  'csp-none-huge.html': page('', '<coauthor-network src="huge.txt"></coauthor-network>'),
};

async function open(path: string): Promise<Page> {
  const p = await browser.context.newPage();
  p.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
  p.on('pageerror', (error) => browser.errors.push(`pageerror: ${error.message}`));
  await p.goto(`${server.origin}${path}`);
  return p;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'coauthor-network-embed-'));
  // The run's one library build (tests/e2e/global-setup.ts), copied: this folder is served as it is.
  await cp(inject('libDir'), join(root, 'lib'), { recursive: true });
  libraryCode = await readFile(join(root, 'lib', 'coauthor-network.js'), 'utf8');
  // The example page as `npm run build` lays it out: dist/app/embed-example.html, dist/lib/….
  await cp('public', join(root, 'app'), { recursive: true });
  const glorioso = await readFile('data/glorioso.txt', 'utf8');
  await mkdir(join(root, 't'));
  await writeFile(join(root, 't', 'glorioso.txt'), glorioso);
  // Over 1,000 nodes: the element lays it out in a ForceAtlas2 worker.
  await writeFile(join(root, 't', 'big.txt'), generateProfile({ papers: 800, seed: 7 }));
  let papers = 3000;
  huge = generateProfile({ papers, seed: 8 });
  while (huge.length < OFF_THREAD_FROM_CHARS)
    huge = generateProfile({ papers: (papers += 500), seed: 8 });
  await writeFile(join(root, 't', 'huge.txt'), huge);
  for (const [name, html] of Object.entries(PAGES)) {
    await writeFile(join(root, 't', name), html.replace('{{GLORIOSO}}', glorioso));
  }
  server = await serveStatic(root, (path): Record<string, string> => {
    const csp = CSP[path];
    return csp ? { 'Content-Security-Policy': csp } : {};
  });
  browser = await launchBrowser();
  await browser.context.addInitScript({ content: COUNTERS_INIT_SCRIPT });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

describe('the library file', () => {
  test('is one ES module with no import or export-from left', () => {
    const ast = parseAst(libraryCode) as unknown as { body: { type: string }[] };
    const kinds = ast.body.map((node) => node.type);
    expect(kinds).not.toContain('ImportDeclaration');
    expect(kinds.filter((k) => k === 'ExportAllDeclaration')).toEqual([]);
    // No dynamic import() anywhere (a method named `import`, as graphology has, is not one).
    const dynamic: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        if ((node as { type?: string }).type === 'ImportExpression') dynamic.push('import()');
        for (const value of Object.values(node)) if (typeof value === 'object') walk(value);
      }
    };
    walk(ast);
    expect(dynamic).toEqual([]);
    // The layout worker's code is inside: ForceAtlas2's supervisor builds it from a Blob.
    expect(libraryCode).toContain('createObjectURL');
    // No web font from a relative URL the host page cannot serve.
    expect(libraryCode).not.toMatch(/\.woff2?\b/);
  });

  test(`is at most ${GZIP_BUDGET_BYTES} bytes gzipped`, () => {
    const gzipped = gzipSync(libraryCode, { level: 9 }).length;
    console.info(`library: ${libraryCode.length} bytes minified, ${gzipped} gzipped`);
    expect(gzipped).toBeLessThanOrEqual(GZIP_BUDGET_BYTES);
  });

  test('loaded twice (two URLs, two module instances), it defines the element once and throws nothing', async () => {
    const errors = browser.errors.length;
    const p = await open('/t/twice.html');
    await waitForReady(p, 'coauthor-network');
    // A third instance, imported by the page itself (a string: vitest rewrites import() in this file).
    expect(await p.evaluate(`import('${LIB}?third').then(() => 'imported')`)).toBe('imported');
    expect(server.requests).toEqual(expect.arrayContaining([LIB, `${LIB}?again`, `${LIB}?third`]));
    expect(browser.errors.slice(errors)).toEqual([]);
    expect(await p.evaluate(() => document.querySelector('coauthor-network')?.profile?.owner)).toBe(
      'Paolo Glorioso',
    );
    await p.close();
  });
});

describe('the example lab page (public/embed-example.html), under a strict CSP', () => {
  test('both widgets draw their own profile; a click reaches the page listener; screenshot', async () => {
    const errors = browser.errors.length;
    const p = await open('/app/embed-example.html');
    await waitForReady(p, '#glorioso');
    await waitForReady(p, '#becker');
    const owners = await p.evaluate(() =>
      [...document.querySelectorAll('coauthor-network')].map((e) => [e.id, e.profile?.owner]),
    );
    expect(owners).toEqual([
      ['glorioso', 'Paolo Glorioso'],
      ['becker', 'Emma S. Becker'],
    ]);
    await p.screenshot({ path: artifact('embed-example.png'), fullPage: true });

    const first = p.locator('#glorioso');
    await first.scrollIntoViewIfNeeded();
    const point = await p.evaluate(
      () =>
        document
          .querySelector<CoauthorNetwork>('#glorioso')
          ?.nodeClientPosition('a:yury tokpanov') ?? null,
    );
    if (!point) throw new Error('Yury Tokpanov is not on the canvas');
    await p.mouse.click(point.x, point.y);
    await expect
      .poll(() => p.locator('#selection').textContent())
      .toBe("In Paolo Glorioso's network: author \u201cYury Tokpanov\u201d");
    // The other widget keeps no selection: its details panel stays closed.
    expect(
      await p.evaluate(() =>
        document
          .querySelector('#becker')
          ?.shadowRoot?.querySelector('.panel')
          ?.hasAttribute('hidden'),
      ),
    ).toBe(true);

    expect(await canvasInk(p, first)).toBeGreaterThan(DRAWN);
    expect(await canvasInk(p, p.locator('#becker'))).toBeGreaterThan(DRAWN);

    // 420 px high (a lab page's size): each network is framed again, clear of toolbar and legend.
    await p.evaluate(() => {
      for (const element of document.querySelectorAll('coauthor-network')) {
        element.setAttribute('height', '420px');
        (element as CoauthorNetwork).select(null);
      }
    });
    await p.waitForTimeout(500);
    await p.screenshot({ path: artifact('embed-example-420.png'), fullPage: true });
    for (const id of ['#glorioso', '#becker']) {
      await p.locator(id).scrollIntoViewIfNeeded();
      expect(await inkUnderOverlays(p, id), id).toEqual({ toolbar: 0, legend: 0 });
    }
    expect(browser.errors.slice(errors)).toEqual([]);
    await p.close();
  });
});

describe('data on the page', () => {
  test('an inline <script type="text/plain"> profile and the profileText property both draw', async () => {
    const p = await open('/t/inline.html');
    const glorioso = await readFile('data/glorioso.txt', 'utf8');
    await p.evaluate((text) => {
      document.querySelector<CoauthorNetwork>('#property')!.profileText = text;
    }, glorioso);
    await waitForReady(p, '#inline');
    await waitForReady(p, '#property');
    const papers = await p.evaluate(() =>
      ['#inline', '#property'].map(
        (s) => document.querySelector<CoauthorNetwork>(s)?.profile?.papers.length ?? null,
      ),
    );
    expect(papers).toEqual([6, 6]);
    // The graph handed out is a whole graphology Graph: the bundled `events` has all of Node's API.
    const events = await p.evaluate(() => {
      const graph = document.querySelector<CoauthorNetwork>('#inline')!.graph as unknown as {
        once(type: string, listener: (n: number) => void): unknown;
        emit(type: string, n: number): boolean;
        listenerCount(type: string): number;
        setMaxListeners(n: number): unknown;
        getMaxListeners(): number;
      };
      const heard: number[] = [];
      graph.setMaxListeners(32);
      graph.once('cn-test', (n) => heard.push(n));
      const counts = [graph.listenerCount('cn-test')];
      graph.emit('cn-test', 1);
      graph.emit('cn-test', 2);
      counts.push(graph.listenerCount('cn-test'));
      return { heard, counts, max: graph.getMaxListeners() };
    });
    expect(events).toEqual({ heard: [1], counts: [1, 0], max: 32 });
    expect(await canvasInk(p, p.locator('#inline'))).toBeGreaterThan(DRAWN);
    expect(await canvasInk(p, p.locator('#property'))).toBeGreaterThan(DRAWN);
    await p.close();
  });

  test('an element that starts hidden draws once it is shown', async () => {
    const p = await open('/t/hidden.html');
    await p.waitForFunction(
      () => document.querySelector<CoauthorNetwork>('#late')?.profile != null,
    );
    await p.evaluate(() => (document.getElementById('box')!.style.display = 'block'));
    await waitForReady(p, '#late');
    await p.screenshot({ path: artifact('embed-hidden-then-shown.png') });
    await expect.poll(() => canvasInk(p, p.locator('#late'))).toBeGreaterThan(DRAWN);
    await p.close();
  });
});

describe('moving an instance', () => {
  test('moving the element in the DOM keeps its canvas (and so its WebGL context)', async () => {
    const p = await open('/t/hidden.html');
    await p.evaluate(() => (document.getElementById('box')!.style.display = 'block'));
    await waitForReady(p, '#late');
    const before = await readCounters(p);
    await p.evaluate(() => {
      const element = document.querySelector('#late')!;
      const canvas = element.shadowRoot!.querySelector('canvas') as HTMLCanvasElement & {
        marked?: boolean;
      };
      canvas.marked = true;
      const holder = document.createElement('section');
      document.body.prepend(holder);
      holder.append(element);
    });
    await p.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    const marked = await p.evaluate(
      () =>
        (
          document.querySelector('section > #late')?.shadowRoot?.querySelector('canvas') as
            (HTMLCanvasElement & { marked?: boolean }) | null
        )?.marked === true,
    );
    expect(marked).toBe(true);
    expect(await readCounters(p)).toEqual(before);
    expect(await canvasInk(p, p.locator('#late'))).toBeGreaterThan(DRAWN);
    await p.close();
  });
});

describe('a large network (a layout worker) under a Content-Security-Policy', () => {
  test(`with "${STRICT_CSP}" it lays out in a worker; removing the element mid-layout stops it`, async () => {
    const p = await open('/t/csp-blob.html');
    await expect
      .poll(async () => (await readCounters(p)).liveWorkers, { timeout: 20_000 })
      .toBeGreaterThan(0);
    await waitForReady(p, 'coauthor-network');
    expect(
      await p.evaluate(() => document.querySelector('coauthor-network')?.graph?.order),
    ).toBeGreaterThan(1000);
    expect(await canvasInk(p, p.locator('coauthor-network'))).toBeGreaterThan(DRAWN);
    // The ForceAtlas2 workers and the overlap removal's (the library file itself) all ran and ended.
    expect(await readCounters(p)).toMatchObject({ liveWorkers: 0, workerErrors: 0 });

    // Again, and remove the element while its worker runs.
    await p.reload();
    await expect
      .poll(async () => (await readCounters(p)).liveWorkers, { timeout: 20_000 })
      .toBeGreaterThan(0);
    await p.evaluate(() => document.querySelector('coauthor-network')!.remove());
    await expect.poll(async () => (await readCounters(p)).liveWorkers, { timeout: 10_000 }).toBe(0);
    await p.close();
  });

  test(`with "${STRICT_CSP}" a profile over ${OFF_THREAD_FROM_CHARS} characters is parsed in a worker running the library file`, async () => {
    const p = await open('/t/csp-huge.html');
    const measures = async (): Promise<Record<string, unknown>> =>
      p.evaluate(() =>
        Object.fromEntries(
          performance
            .getEntriesByType('measure')
            .filter((m) => m.name.startsWith('cn:'))
            .map((m) => [m.name, (m as PerformanceMeasure).detail as unknown]),
        ),
      );
    await expect.poll(measures, { timeout: 60_000 }).toHaveProperty('cn:import');
    expect(await measures()).toMatchObject({
      'cn:parse': { offThread: true },
      'cn:build': { offThread: true },
    });
    await expect
      .poll(() => p.evaluate(() => performance.getEntriesByName('cn:first-frame').length), {
        timeout: 60_000,
      })
      .toBe(1);
    expect(await canvasInk(p, p.locator('coauthor-network'))).toBeGreaterThan(DRAWN);
    const expected = loadNetwork(huge, 'huge.txt').graph;
    const order = await p.evaluate(() => document.querySelector('coauthor-network')?.graph?.order);
    expect(order).toBe(expected.order);
    // The body went to the worker as bytes; its text is still there to read.
    const text = await p.evaluate(() => document.querySelector('coauthor-network')?.profileText);
    expect(text === huge).toBe(true);
    expect(await readCounters(p)).toMatchObject({ workerErrors: 0 });
    // Its layout is long: end it by removing the element, which stops the workers.
    await p.evaluate(() => document.querySelector('coauthor-network')!.remove());
    await expect.poll(async () => (await readCounters(p)).liveWorkers, { timeout: 10_000 }).toBe(0);
    await p.close();
  });

  test(`with "${NO_WORKER_CSP}" it lays out on the main thread and says so`, async () => {
    const p = await open('/t/csp-none.html');
    const note = p.locator('coauthor-network cn-layout-progress .note');
    await expect
      .poll(() => note.textContent().catch(() => null), { timeout: 20_000 })
      .toMatch(/does not allow web workers.*main thread/);
    await waitForReady(p, 'coauthor-network');
    const spread = await p.evaluate(() => {
      const graph = document.querySelector('coauthor-network')!.graph!;
      const xs = graph.mapNodes((_n, a) => a.x as number);
      return Math.max(...xs) - Math.min(...xs);
    });
    expect(spread).toBeGreaterThan(0);
    expect(await canvasInk(p, p.locator('coauthor-network'))).toBeGreaterThan(DRAWN);
    expect(consoleLines.some((l) => /Content Security Policy|worker-src/i.test(l))).toBe(true);
    await p.close();
  });

  test('a body large enough for the parse worker is read on the main thread when workers are refused', async () => {
    const p = await open('/t/csp-none-huge.html');
    // The bytes go to the parse worker only once it says it runs: a refused one keeps them here.
    const expected = loadNetwork(huge, 'huge.txt').graph.order;
    await expect
      .poll(() => p.evaluate(() => document.querySelector('coauthor-network')?.graph?.order), {
        timeout: 60_000,
      })
      .toBe(expected);
    const text = await p.evaluate(() => document.querySelector('coauthor-network')?.profileText);
    expect(text === huge).toBe(true);
    await p.evaluate(() => document.querySelector('coauthor-network')!.remove());
    await p.close();
  });
});
