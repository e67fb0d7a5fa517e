// The viewer in a real browser on the sample profile: drawing, hover, details, search, views, zoom.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { artifact, launchBrowser, waitForReady, type TestBrowser } from './browser';
import {
  colourAt,
  colourDistance,
  inkedShare,
  nodePoint,
  OWNER,
  panelPapers,
  panelTitle,
  inkUnderOverlays,
  settle,
  TOKPANOV,
  viewGraphSize,
} from './network-page';

const WHITE = [255, 255, 255];
let browser: TestBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.open('/');
  await waitForReady(page);
});

afterAll(async () => {
  await browser?.close();
});

async function clearSelection(): Promise<void> {
  await page.evaluate(() => document.querySelector('coauthor-network')?.select(null));
  await page.mouse.move(2, 2);
  await settle(page);
}

describe('<coauthor-network> on the sample profile', () => {
  test('draws the 15 nodes of the sample: the canvas has pixels other than the background', async () => {
    const order = await page.evaluate(
      () => document.querySelector('coauthor-network')?.graph?.order,
    );
    expect(order).toBe(15);
    expect(await viewGraphSize(page)).toEqual({ order: 15, size: 19 });

    // Nodes, edges and labels cover a few per cent of the stage; an empty canvas covers none.
    expect(await inkedShare(page, WHITE)).toBeGreaterThan(0.02);
    // The owner is drawn in ink at its position.
    expect(
      colourDistance(await colourAt(page, await nodePoint(page, OWNER)), [29, 36, 48]),
    ).toBeLessThan(40);
    await page.screenshot({ path: artifact('default-view.png') });
    expect(browser.errors).toEqual([]);
  });

  test('hovering a node dims the nodes outside its neighbourhood, and only those', async () => {
    // A neighbour far from the hovered node (so no label drawn over it) and a node outside.
    const [paper, stranger] = await page.evaluate((key) => {
      const graph = document.querySelector('coauthor-network')!.graph!;
      const at = graph.getNodeAttributes(key);
      const distance = (n: string): number =>
        Math.hypot(
          graph.getNodeAttribute(n, 'x')! - at.x!,
          graph.getNodeAttribute(n, 'y')! - at.y!,
        );
      const neighbour = graph.neighbors(key).sort((a, b) => distance(b) - distance(a))[0]!;
      const outside = graph.filterNodes((n) => n !== key && !graph.areNeighbors(n, key))[0]!;
      return [neighbour, outside];
    }, TOKPANOV);
    const before = {
      paper: await colourAt(page, await nodePoint(page, paper)),
      stranger: await colourAt(page, await nodePoint(page, stranger)),
    };
    await page.mouse.move(...(Object.values(await nodePoint(page, TOKPANOV)) as [number, number]));
    await expect
      .poll(async () =>
        colourDistance(await colourAt(page, await nodePoint(page, stranger)), WHITE),
      )
      .toBeLessThan(colourDistance(before.stranger, WHITE) * 0.5);
    await page.screenshot({ path: artifact('hovered-node.png') });
    expect(
      colourDistance(await colourAt(page, await nodePoint(page, paper)), before.paper),
    ).toBeLessThan(12);

    await page.mouse.move(2, 2);
    await expect
      .poll(async () =>
        colourDistance(await colourAt(page, await nodePoint(page, stranger)), before.stranger),
      )
      .toBeLessThan(12);
  });

  test("clicking the owner's node opens a panel listing all 6 papers", async () => {
    const selected = page.evaluate(
      () =>
        new Promise<unknown>((resolve) =>
          document.addEventListener('coauthor-select', (e) => resolve((e as CustomEvent).detail), {
            once: true,
          }),
        ),
    );
    const { x, y } = await nodePoint(page, OWNER);
    await page.mouse.click(x, y);
    expect(await selected).toEqual({ key: OWNER, kind: 'author', label: 'Paolo Glorioso' });
    await expect.poll(() => panelTitle(page).textContent()).toBe('Paolo Glorioso');
    expect(await panelPapers(page).count()).toBe(6);
    await page.locator('coauthor-network .panel').waitFor({ state: 'visible' });
    await page.screenshot({ path: artifact('owner-panel.png') });
  });

  test('clicking Yury Tokpanov lists his 4 papers; a coauthor link moves the selection', async () => {
    await clearSelection();
    const { x, y } = await nodePoint(page, TOKPANOV);
    await page.mouse.click(x, y);
    await expect.poll(() => panelTitle(page).textContent()).toBe('Yury Tokpanov');
    expect(await panelPapers(page).count()).toBe(4);
    await page
      .locator('coauthor-network cn-details-panel .coauthors button', {
        hasText: 'Quentin Anthony',
      })
      .click();
    await expect.poll(() => panelTitle(page).textContent()).toBe('Quentin Anthony');
    await page.locator('coauthor-network cn-details-panel .papers .title').first().click();
    await expect
      .poll(() => page.locator('coauthor-network cn-details-panel .kicker').textContent())
      .toContain('Paper');
    await page.screenshot({ path: artifact('paper-panel.png') });
  });

  test('Escape and a click on the background clear the selection', async () => {
    await page.evaluate((key) => document.querySelector('coauthor-network')?.select(key), TOKPANOV);
    await page.locator('coauthor-network .panel').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await page.locator('coauthor-network .panel').waitFor({ state: 'hidden' });

    await page.evaluate((key) => document.querySelector('coauthor-network')?.select(key), TOKPANOV);
    await page.locator('coauthor-network .panel').waitFor({ state: 'visible' });
    const box = (await page.locator('coauthor-network .stage').boundingBox())!;
    await page.mouse.click(box.x + 30, box.y + box.height - 120);
    await page.locator('coauthor-network .panel').waitFor({ state: 'hidden' });
  });

  test('two quick clicks on two nodes select one, then the other; a double click zooms in', async () => {
    await clearSelection();
    await page.locator('coauthor-network [data-zoom=fit]').click();
    await page.waitForTimeout(400);
    const spread = async (): Promise<number> => {
      const [a, b] = [await nodePoint(page, OWNER), await nodePoint(page, TOKPANOV)];
      return Math.hypot(a.x - b.x, a.y - b.y);
    };
    const before = await spread();
    const [owner, tokpanov] = [await nodePoint(page, OWNER), await nodePoint(page, TOKPANOV)];
    await page.mouse.click(owner.x, owner.y);
    await page.mouse.click(tokpanov.x, tokpanov.y);
    await expect.poll(() => panelTitle(page).textContent()).toBe('Yury Tokpanov');
    await page.waitForTimeout(500);
    expect(await spread()).toBeCloseTo(before, 3);
    await clearSelection();
    const box = (await page.locator('coauthor-network .stage').boundingBox())!;
    await page.mouse.dblclick(box.x + 120, box.y + box.height / 2);
    await expect.poll(spread).toBeGreaterThan(before * 1.2);
    await page.locator('coauthor-network [data-zoom=fit]').click();
    await page.waitForTimeout(400);
  });

  test('a link pointed at in the panel stops being previewed when the panel closes', async () => {
    await page.evaluate((key) => document.querySelector('coauthor-network')?.select(key), OWNER);
    const link = page.locator('coauthor-network cn-details-panel .papers .title').first();
    await link.hover();
    const summary = page.locator('coauthor-network cn-charts .summary');
    await expect.poll(() => summary.textContent()).toContain('Outlined');
    await page.keyboard.press('Escape');
    await page.locator('coauthor-network .panel').waitFor({ state: 'hidden' });
    await expect.poll(() => summary.textContent()).not.toContain('Outlined');
  });

  test('searching "tokpanov" and choosing the result selects him and moves the camera to him', async () => {
    await clearSelection();
    const stageBox = (await page.locator('coauthor-network .stage').boundingBox())!;
    const input = page.locator('coauthor-network cn-search-box input');
    await input.fill('tokpanov');
    await expect(
      page.locator('coauthor-network cn-search-box [role=option]').first().textContent(),
    ).resolves.toContain('Yury Tokpanov');
    await input.press('Enter');
    await expect.poll(() => panelTitle(page).textContent()).toBe('Yury Tokpanov');
    // The camera centres him in the part of the canvas the panel, the toolbar and the legend
    // leave free, his coauthors and papers in view with him.
    await page.waitForTimeout(500);
    const {
      '.panel': panel,
      'cn-network-toolbar': toolbar,
      'cn-network-legend': legend,
    } = await overlays(page);
    const free = { left: stageBox.x, right: panel!.x, top: toolbar!.bottom, bottom: legend!.top };
    const keys = await page.evaluate(
      (key) => [key, ...document.querySelector('coauthor-network')!.graph!.neighbors(key)],
      TOKPANOV,
    );
    for (const key of keys) {
      const p = await nodePoint(page, key);
      expect(p.x, key).toBeGreaterThan(free.left);
      expect(p.x, key).toBeLessThan(free.right);
      expect(p.y, key).toBeGreaterThan(free.top);
      expect(p.y, key).toBeLessThan(free.bottom);
    }
    const p = await nodePoint(page, TOKPANOV);
    expect(Math.abs(p.x - (free.left + free.right) / 2)).toBeLessThan(12);
    expect(Math.abs(p.y - (free.top + free.bottom) / 2)).toBeLessThan(12);
  });

  test('the view switch shows the 9 authors and their 14 coauthor links, and back', async () => {
    await clearSelection();
    await page.locator('coauthor-network cn-network-toolbar [data-view=coauthors]').click();
    await expect.poll(() => viewGraphSize(page)).toEqual({ order: 9, size: 14 });
    await waitForReady(page);
    await page.screenshot({ path: artifact('coauthor-view.png') });
    await page.locator('coauthor-network cn-network-toolbar [data-view=network]').click();
    await expect.poll(() => viewGraphSize(page)).toEqual({ order: 15, size: 19 });
    await waitForReady(page);
  });

  test('zoom in, zoom out and fit move the camera', async () => {
    const spread = async (): Promise<number> => {
      const a = await nodePoint(page, OWNER);
      const b = await nodePoint(page, TOKPANOV);
      return Math.hypot(a.x - b.x, a.y - b.y);
    };
    // The distance between two nodes once the camera has stopped moving.
    const settled = async (): Promise<number> => {
      let last = await spread();
      for (;;) {
        await page.waitForTimeout(120);
        const now = await spread();
        if (Math.abs(now - last) < 0.01) return now;
        last = now;
      }
    };
    const click = async (zoom: 'in' | 'out' | 'fit'): Promise<number> => {
      await page.locator(`coauthor-network [data-zoom=${zoom}]`).click();
      return settled();
    };
    const fitted = await click('fit');
    expect(await click('in')).toBeGreaterThan(fitted * 1.3);
    await click('out');
    expect(await click('out')).toBeLessThan(fitted * 0.9);
    expect(Math.abs((await click('fit')) / fitted - 1)).toBeLessThan(0.01);
    expect(browser.errors).toEqual([]);
  });

  test('the wheel zooms and a drag pans', async () => {
    await page.locator('coauthor-network [data-zoom=fit]').click();
    await page.waitForTimeout(400);
    const box = (await page.locator('coauthor-network .stage').boundingBox())!;
    const before = await nodePoint(page, OWNER);
    const other = await nodePoint(page, TOKPANOV);
    const spread = Math.hypot(before.x - other.x, before.y - other.y);
    await page.mouse.move(box.x + 60, box.y + box.height - 140);
    await page.mouse.wheel(0, -400);
    await expect
      .poll(async () => {
        const [a, b] = [await nodePoint(page, OWNER), await nodePoint(page, TOKPANOV)];
        return Math.hypot(a.x - b.x, a.y - b.y);
      })
      .toBeGreaterThan(spread * 1.2);
    const start = await nodePoint(page, OWNER);
    await page.mouse.move(box.x + 60, box.y + box.height - 140);
    await page.mouse.down();
    await page.mouse.move(box.x + 160, box.y + box.height - 100, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => (await nodePoint(page, OWNER)).x - start.x).toBeGreaterThan(60);
    await page.locator('coauthor-network [data-zoom=fit]').click();
    expect(browser.errors).toEqual([]);
  });
});

/** Rectangles of what floats over the canvas, in page pixels. */
function overlays(on: Page, selector = 'coauthor-network'): Promise<Record<string, DOMRect>> {
  return on.evaluate((s) => {
    const root = document.querySelector(s)!.shadowRoot!;
    const out: Record<string, DOMRect> = {};
    for (const name of ['cn-network-toolbar', 'cn-network-legend', '.panel']) {
      const element = root.querySelector<HTMLElement>(name);
      if (element && !element.hidden) out[name] = element.getBoundingClientRect().toJSON();
    }
    return out;
  }, selector);
}

describe('ready means drawn, and the picture then stays', () => {
  test('at coauthor-ready sigma has drawn the laid-out network, and nothing moves afterwards', async () => {
    const fresh = await browser.open('/', () => {
      const w = window as unknown as { atReady: Record<string, { x: number; y: number }> | null };
      w.atReady = null;
      document.addEventListener('coauthor-ready', (event) => {
        const element = event.target as HTMLElementTagNameMap['coauthor-network'];
        const at: Record<string, { x: number; y: number }> = {};
        element.graph!.forEachNode((key) => (at[key] = element.nodeClientPosition(key)!));
        w.atReady = at;
      });
    });
    await waitForReady(fresh);
    const atReady = await fresh.evaluate(
      () => (window as unknown as { atReady: Record<string, { x: number; y: number }> }).atReady,
    );
    expect(Object.keys(atReady)).toHaveLength(15);
    // The owner is drawn in ink where the element says, at once.
    expect(colourDistance(await colourAt(fresh, atReady[OWNER]!), [29, 36, 48])).toBeLessThan(40);
    await fresh.waitForTimeout(1500);
    const later = await fresh.evaluate(() => {
      const element = document.querySelector('coauthor-network')!;
      const at: Record<string, { x: number; y: number }> = {};
      element.graph!.forEachNode((key) => (at[key] = element.nodeClientPosition(key)!));
      return at;
    });
    expect(later).toEqual(atReady);
    await fresh.close();
  });

  test('the fit keeps every node and label clear of the toolbar and the legend', async () => {
    await page.locator('coauthor-network [data-zoom=fit]').click();
    await page.waitForTimeout(500);
    expect(await inkUnderOverlays(page)).toEqual({ toolbar: 0, legend: 0 });
  });

  test('with a panel open, fit keeps the network clear of it too', async () => {
    await page.evaluate((key) => document.querySelector('coauthor-network')?.select(key), OWNER);
    await page.locator('coauthor-network .panel').waitFor({ state: 'visible' });
    await page.locator('coauthor-network [data-zoom=fit]').click();
    await page.waitForTimeout(500);
    const { '.panel': panel } = await overlays(page);
    const points = await page.evaluate(() => {
      const element = document.querySelector('coauthor-network')!;
      return element.graph!.mapNodes((key) => element.nodeClientPosition(key)!);
    });
    for (const p of points) expect(p.x).toBeLessThan(panel!.x);
    await page.screenshot({ path: artifact('fit-with-panel.png') });
    await clearSelection();
  });
});
