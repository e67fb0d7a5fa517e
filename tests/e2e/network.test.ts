// The viewer in a real browser on the sample profile: drawing, hover, details, search, views, zoom.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  artifact,
  launchBrowser,
  sigmaWarming,
  waitForReady,
  waitForSigma,
  type TestBrowser,
} from './browser';
import {
  colourAt,
  colourDistance,
  inkedShare,
  nodePoint,
  OWNER,
  panelPapers,
  panelTitle,
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
    // The camera centres him in the part of the canvas left of the details panel.
    const panelBox = (await page.locator('coauthor-network .panel').boundingBox())!;
    const centre = { x: (stageBox.x + panelBox.x) / 2, y: stageBox.y + stageBox.height / 2 };
    await expect
      .poll(async () => {
        const p = await nodePoint(page, TOKPANOV);
        return Math.hypot(p.x - centre.x, p.y - centre.y);
      })
      .toBeLessThan(4);
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

/** What draws the sample now: sigma hidden while it warms up, the preview's inked pixels, sigma's owner. */
function drawnBy(on: Page): Promise<{ hidden: boolean; previewInk: number; sigmaOwner: boolean }> {
  return on.evaluate((owner) => {
    const element = document.querySelector('coauthor-network')!;
    const root = element.shadowRoot!;
    const canvas = root.querySelector<HTMLCanvasElement>('canvas[data-layer=layout-preview]');
    const pixels = canvas?.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let previewInk = 0;
    for (let i = 3; pixels && i < pixels.length; i += 4) if (pixels[i]! > 0) previewInk += 1;
    const renderer = (
      element as unknown as { graphView: { renderer: { nodeDisplay(k: string): object | null } } }
    ).graphView.renderer;
    return {
      hidden: (root.querySelector<HTMLElement>('.sigma-stage')?.style.opacity ?? '0') === '0',
      previewInk,
      sigmaOwner: renderer.nodeDisplay(owner) !== null,
    };
  }, OWNER);
}

interface InkProbe {
  holdGpu: boolean;
  /** The preview canvas's inked pixels (their count and centre), and whether sigma is set up. */
  previewInk(): { count: number; x: number; y: number; sigma: boolean };
  /** previewInk() when `coauthor-ready` fired (the element's `ready` settled then). */
  atReady?: { count: number; x: number; y: number; sigma: boolean };
}

describe('sigma warmed up unseen (software WebGL)', () => {
  test('the sample is ready, drawn by the 2-D preview, before sigma is set up; sigma then takes it over', async () => {
    // The GPU is held busy (its fences unsignalled) until the test lets it go, so that what
    // happens before sigma's frame is checked whatever the machine's speed.
    const fresh = await browser.open('/', () => {
      const w = window as unknown as InkProbe;
      w.holdGpu = true;
      const proto = WebGL2RenderingContext.prototype;
      const query = proto.getSyncParameter;
      proto.getSyncParameter = function (this: WebGL2RenderingContext, sync, name) {
        return w.holdGpu ? this.UNSIGNALED : query.call(this, sync, name);
      };
      w.previewInk = () => {
        const root = document.querySelector('coauthor-network')!.shadowRoot!;
        const canvas = root.querySelector<HTMLCanvasElement>('canvas[data-layer=layout-preview]')!;
        const { data, width } = canvas
          .getContext('2d')!
          .getImageData(0, 0, canvas.width, canvas.height);
        let [count, x, y] = [0, 0, 0];
        for (let i = 3; i < data.length; i += 4) {
          if (data[i]! === 0) continue;
          count += 1;
          x += (i >> 2) % width;
          y += Math.floor((i >> 2) / width);
        }
        const sigma = root.querySelector('.sigma-stage') !== null;
        return { count, x: x / count, y: y / count, sigma };
      };
      // Dispatched in the task where `ready` settles.
      document.addEventListener('coauthor-ready', () => (w.atReady = w.previewInk()), {
        once: true,
      });
    });
    await waitForReady(fresh, 'coauthor-network', { sigma: false });
    // At ready sigma is not set up yet (no WebGL context): the preview alone has drawn the network.
    const atReady = await fresh.evaluate(() => (window as unknown as InkProbe).atReady!);
    expect(atReady.sigma).toBe(false);
    expect(atReady.count).toBeGreaterThan(2000);
    // Then sigma is set up, its stage hidden while its first frame is drawn unseen; the preview
    // draws the same picture with sigma's camera maths as it did with its own before.
    await fresh.waitForFunction(() =>
      document.querySelector('coauthor-network')!.shadowRoot!.querySelector('.sigma-stage'),
    );
    await settle(fresh);
    const setUp = await fresh.evaluate(() => (window as unknown as InkProbe).previewInk());
    expect(setUp).toEqual({ ...atReady, sigma: true });
    expect(await drawnBy(fresh)).toEqual({
      hidden: true,
      previewInk: expect.any(Number),
      sigmaOwner: false,
    });
    expect((await drawnBy(fresh)).previewInk).toBeGreaterThan(2000);
    expect(await inkedShare(fresh, WHITE)).toBeGreaterThan(0.02);
    await fresh.screenshot({ path: artifact('warm-up-preview.png') });
    // The network answers meanwhile: hovering Yury Tokpanov outlines his 4 papers in the timeline,
    // a click on the owner opens its details.
    const marked = () =>
      fresh
        .locator('coauthor-network coauthor-charts g.bin[data-bin="2024"]')
        .getAttribute('data-marked');
    const tokpanov = await nodePoint(fresh, TOKPANOV);
    await fresh.mouse.move(tokpanov.x, tokpanov.y);
    await expect.poll(marked).toBe('4');
    await fresh.mouse.move(2, 2);
    await expect.poll(marked).toBe('0');
    const point = await nodePoint(fresh, OWNER);
    await fresh.mouse.click(point.x, point.y);
    expect(await panelTitle(fresh).textContent()).toContain('Paolo Glorioso');
    expect(await sigmaWarming(fresh)).toBe(true);
    await fresh.waitForTimeout(500);
    expect(await drawnBy(fresh)).toEqual({
      hidden: true,
      previewInk: expect.any(Number),
      sigmaOwner: false,
    });
    await fresh.evaluate(() => ((window as unknown as InkProbe).holdGpu = false));

    // Once the GPU has drawn it, sigma shows the network with the selection, the preview is cleared.
    await waitForSigma(fresh);
    await settle(fresh);
    expect(await drawnBy(fresh)).toEqual({ hidden: false, previewInk: 0, sigmaOwner: true });
    expect(await inkedShare(fresh, WHITE)).toBeGreaterThan(0.02);
    const selected = await fresh.evaluate(
      (key) =>
        (
          document.querySelector('coauthor-network') as unknown as {
            graphView: { renderer: { nodeDisplay(k: string): { size: number } | null } };
          }
        ).graphView.renderer.nodeDisplay(key),
      OWNER,
    );
    expect(selected).not.toBeNull();
    expect(await panelPapers(fresh).count()).toBe(6);
    await fresh.screenshot({ path: artifact('warm-up-sigma.png') });
    expect(browser.errors).toEqual([]);
    await fresh.close();
  });
});
