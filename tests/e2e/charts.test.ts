// The linked charts in a real browser on the sample profile: brush, category, code switch, hover and
// selection, both ways between the charts and the graph, and the coauthor-filter event.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { artifact, launchBrowser, waitForReady, withTouchPage, type TestBrowser } from './browser';
import { cameraAtRest, distancesFromWhite, settle, TOKPANOV } from './network-page';

let browser: TestBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.open('/');
  await waitForReady(page);
  // Every coauthor-filter event, in order.
  await page.evaluate(() => {
    const w = window as unknown as { filterEvents: unknown[] };
    w.filterEvents = [];
    document
      .querySelector('coauthor-network')!
      .addEventListener('coauthor-filter', (e) => w.filterEvents.push(e.detail));
  });
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  await page.mouse.move(2, 2);
  await page.evaluate(() => {
    const el = document.querySelector('coauthor-network')!;
    el.select(null);
    const reset = el
      .shadowRoot!.querySelector('cn-charts')!
      .shadowRoot!.querySelector('button.reset') as HTMLButtonElement;
    if (!reset.disabled) reset.click();
    (window as unknown as { filterEvents: unknown[] }).filterEvents = [];
  });
  // The whole network in view again, the camera at rest (a selection may have zoomed in).
  await page.locator('coauthor-network [data-zoom=fit]').click();
  await page.mouse.move(2, 2);
  await cameraAtRest(page);
});

/**
 * Whether each node of the graph on screen is drawn at full strength (true) or dimmed (false), read
 * off a screenshot at its centre: a dimmed node is drawn at 14 % and stays near the background.
 */
async function drawnFull(): Promise<Record<string, boolean>> {
  // Sigma draws a state change at the next frame; the camera does not move.
  await settle(page);
  const points = await page.evaluate(() => {
    const element = document.querySelector('coauthor-network')!;
    return Object.fromEntries(
      element.viewGraph!.mapNodes((key) => [key, element.nodeClientPosition(key)!]),
    );
  });
  const keys = Object.keys(points);
  const distances = await distancesFromWhite(page, Object.values(points));
  return Object.fromEntries(keys.map((key, i) => [key, distances[i]! > 80]));
}

/** Keys of the nodes drawn at full strength, of one kind (`p:` papers, `a:` authors). */
async function shown(prefix: 'p:' | 'a:'): Promise<string[]> {
  const all = await drawnFull();
  return Object.keys(all)
    .filter((k) => k.startsWith(prefix) && all[k])
    .sort();
}

interface PaperQuery {
  from?: string;
  to?: string;
  category?: string;
  hasCode?: boolean;
  titleStart?: string;
}

/** Keys of the sample's papers that match every given field, from the element's graph, sorted. */
async function papersWhere(query: PaperQuery): Promise<string[]> {
  return page.evaluate((q) => {
    const graph = document.querySelector('coauthor-network')!.graph!;
    return graph
      .filterNodes((_k, a) => {
        if (a.kind !== 'paper') return false;
        if (q.from !== undefined && a.date < q.from) return false;
        if (q.to !== undefined && a.date > q.to) return false;
        if (q.category !== undefined && a.category !== q.category) return false;
        if (q.hasCode !== undefined && a.hasCode !== q.hasCode) return false;
        return q.titleStart === undefined || a.label.startsWith(q.titleStart);
      })
      .sort();
  }, query);
}

const charts = (page: Page) => page.locator('coauthor-network cn-charts');

async function filterEvents(): Promise<
  {
    filters: { range: [string, string] | null; categories: string[]; codeOnly: boolean };
    paperKeys: string[];
  }[]
> {
  return page.evaluate(() => (window as unknown as { filterEvents: never[] }).filterEvents);
}

describe('<coauthor-network> charts linked with the graph', () => {
  test('the charts sit beside the graph in a wide element', async () => {
    const stageBox = await page.locator('coauthor-network .stage').boundingBox();
    const chartsBox = await page.locator('coauthor-network .charts').boundingBox();
    expect(stageBox && chartsBox).toBeTruthy();
    expect(chartsBox!.x).toBeGreaterThanOrEqual(stageBox!.x + stageBox!.width - 1);
    expect(Math.abs(chartsBox!.y - stageBox!.y)).toBeLessThan(2);
    expect(await charts(page).locator('g.bin').count()).toBe(3); // 2022, 2023 (a gap), 2024
    await page.screenshot({ path: artifact('charts-wide.png') });
  });

  test('brushing 2024 on the timeline leaves only 2024 papers, and their authors, active in the graph', async () => {
    const bar = await charts(page).locator('g.bin[data-bin="2024"] rect.slot').boundingBox();
    expect(bar).toBeTruthy();
    const y = bar!.y + bar!.height / 2;
    await page.mouse.move(bar!.x + 3, y);
    await page.mouse.down();
    await page.mouse.move(bar!.x + bar!.width * 0.7, y, { steps: 6 });
    await page.mouse.up();
    await page.mouse.move(2, 2);
    await settle(page);

    const in2024 = await papersWhere({ from: '2024-01-01', to: '2024-12-31' });
    expect(in2024).toHaveLength(5);
    expect(await shown('p:')).toEqual(in2024);
    const flatter = (await papersWhere({ titleStart: 'Flatter' }))[0]!;
    const all = await drawnFull();
    expect(all[flatter]).toBe(false);
    // Authors only on the 2022 paper are dimmed; the owner and Yury Tokpanov stay.
    expect(all['a:aditya cowsik']).toBe(false);
    expect(all['a:tankut can']).toBe(false);
    expect(all['a:paolo glorioso']).toBe(true);
    expect(all[TOKPANOV]).toBe(true);

    const events = await filterEvents();
    expect(events.at(-1)).toEqual({
      filters: { range: ['2024-01-01', '2024-12-31'], categories: [], codeOnly: false },
      paperKeys: expect.arrayContaining(in2024) as unknown as string[],
    });
    expect(events.at(-1)!.paperKeys).toHaveLength(5);
    await page.screenshot({ path: artifact('charts-brushed-2024.png') });
  });

  test('a click on the timeline picks the year under it, a second click clears it', async () => {
    const slot = charts(page).locator('g.bin[data-bin="2022"] rect.slot');
    const bar = (await slot.boundingBox())!;
    const ranges = async () => (await filterEvents()).map((e) => e.filters.range);
    await page.mouse.click(bar.x + bar.width / 2, bar.y + bar.height * 0.8);
    await settle(page);
    expect(await ranges()).toEqual([['2022-01-01', '2022-12-31']]);
    const selection = charts(page).locator('g.brush rect.selection');
    const shownBox = (await selection.boundingBox())!;
    expect(Math.abs(shownBox.x - bar.x)).toBeLessThan(1.5);
    expect(Math.abs(shownBox.width - bar.width)).toBeLessThan(1.5);
    await page.mouse.click(bar.x + bar.width / 2, bar.y + bar.height * 0.8);
    await settle(page);
    expect(await ranges()).toEqual([['2022-01-01', '2022-12-31'], null]);
    expect(await selection.isVisible()).toBe(false);
  });

  test('dragging the brushed range moves it, snapped to whole years', async () => {
    const box = async (year: string) =>
      (await charts(page).locator(`g.bin[data-bin="${year}"] rect.slot`).boundingBox())!;
    const [b2023, b2024] = [await box('2023'), await box('2024')];
    const y = b2024.y + b2024.height / 2;
    await page.mouse.click(b2024.x + b2024.width / 2, y);
    await settle(page);
    // Press inside the shown range and drag it most of a year to the left: 2023 is under it.
    await page.mouse.move(b2024.x + b2024.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(b2023.x + b2023.width * 0.6, y, { steps: 5 });
    await page.mouse.up();
    await page.mouse.move(2, 2);
    await settle(page);
    expect((await filterEvents()).map((e) => e.filters.range)).toEqual([
      ['2024-01-01', '2024-12-31'],
      ['2023-01-01', '2023-12-31'],
    ]);
    const shownBox = (await charts(page).locator('g.brush rect.selection').boundingBox())!;
    expect(Math.abs(shownBox.x - b2023.x)).toBeLessThan(1.5);
  });

  test('a touch drag on the timeline brushes a range', async () => {
    await withTouchPage(browser.browser, page.url(), async (touch, context) => {
      const slot = (year: string) => charts(touch).locator(`g.bin[data-bin="${year}"] rect.slot`);
      await slot('2022').scrollIntoViewIfNeeded();
      const [from, to] = [(await slot('2022').boundingBox())!, (await slot('2023').boundingBox())!];
      const y = from.y + from.height / 2;
      const cdp = await context.newCDPSession(touch);
      const touchAt = (type: string, x: number) =>
        cdp.send('Input.dispatchTouchEvent', {
          type: type as 'touchStart',
          touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
        });
      const x0 = from.x + from.width * 0.3;
      const x1 = to.x + to.width * 0.7;
      await touchAt('touchStart', x0);
      for (let i = 1; i <= 6; i += 1) await touchAt('touchMove', x0 + ((x1 - x0) * i) / 6);
      await touchAt('touchEnd', x1);
      await expect
        .poll(() => touch.locator('coauthor-network cn-charts .summary').textContent())
        .toMatch(/1 of 6 papers/);
      await touch.screenshot({ path: artifact('charts-touch-brushed.png') });
    });
  });

  test('clicking CL leaves its 4 papers active, in the graph and in the event', async () => {
    await charts(page).locator('g.category[data-category="CL"]').click();
    await settle(page);
    const cl = await papersWhere({ category: 'CL' });
    expect(cl).toHaveLength(4);
    expect(await shown('p:')).toEqual(cl);
    const events = await filterEvents();
    expect(events).toHaveLength(1);
    expect(events[0]!.filters).toEqual({ range: null, categories: ['CL'], codeOnly: false });
    expect([...events[0]!.paperKeys].sort()).toEqual(cl);
    // The coauthor view dims the same authors.
    const authorsShown = await shown('a:');
    await page.evaluate(() => {
      document.querySelector('coauthor-network')!.view = 'coauthors';
    });
    await page.evaluate(() => document.querySelector('coauthor-network')!.ready);
    expect(await shown('a:')).toEqual(authorsShown);
    expect(authorsShown).not.toContain('a:aditya cowsik');
    await page.evaluate(() => {
      document.querySelector('coauthor-network')!.view = 'network';
    });
    await page.evaluate(() => document.querySelector('coauthor-network')!.ready);
  });

  test('filters combine: CL and with code leaves 3 papers', async () => {
    await charts(page).locator('g.category[data-category="CL"]').click();
    await charts(page).getByRole('switch', { name: 'With code only' }).check();
    await settle(page);
    expect(await shown('p:')).toEqual(await papersWhere({ category: 'CL', hasCode: true }));
    expect(await shown('p:')).toHaveLength(3);
    expect((await filterEvents()).at(-1)!.filters).toEqual({
      range: null,
      categories: ['CL'],
      codeOnly: true,
    });
  });

  test('the search finds only what the filters leave', async () => {
    const input = page.locator('coauthor-network cn-search-box input');
    const options = page.locator('coauthor-network cn-search-box [role=option]');
    await input.fill('cowsik');
    await expect.poll(() => options.count()).toBe(1);
    await charts(page).locator('g.category[data-category="CL"]').click();
    await input.fill('');
    await input.fill('cowsik');
    await expect.poll(() => options.count()).toBe(0);
    await input.fill('zyda');
    await expect.poll(() => options.count()).toBe(2);
    await input.fill('');
    await page.keyboard.press('Escape');
  });

  test('selecting Yury Tokpanov marks his 4 papers in the timeline and in the categories', async () => {
    await page.evaluate((k) => document.querySelector('coauthor-network')!.select(k), TOKPANOV);
    await settle(page);
    const marked = await charts(page)
      .locator('g.bin')
      .evaluateAll((gs) =>
        gs.map((g) => [g.getAttribute('data-bin'), g.getAttribute('data-marked')]),
      );
    expect(marked).toEqual([
      ['2022', '0'],
      ['2023', '0'],
      ['2024', '4'],
    ]);
    const categories = await charts(page)
      .locator('g.category')
      .evaluateAll((gs) =>
        gs.map((g) => [g.getAttribute('data-category'), g.getAttribute('data-marked')]),
      );
    expect(categories).toEqual([
      ['CL', '3'],
      ['LG', '1'],
    ]);
  });

  test("hovering the 2022 bar brings its paper and that paper's authors forward in the graph", async () => {
    // The brush overlay takes the pointer over the bars (bars ignore it): move there by coordinates.
    const bar = await charts(page).locator('g.bin[data-bin="2022"] rect.slot').boundingBox();
    await page.mouse.move(bar!.x + bar!.width / 2, bar!.y + bar!.height * 0.8);
    await settle(page);
    const flatter = (await papersWhere({ titleStart: 'Flatter' }))[0]!;
    expect(await shown('p:')).toEqual([flatter]);
    expect(await shown('a:')).toEqual(['a:aditya cowsik', 'a:paolo glorioso', 'a:tankut can']);
    await page.screenshot({ path: artifact('charts-hover-2022.png') });
    await page.mouse.move(2, 2);
    await settle(page);
    expect(Object.values(await drawnFull()).every(Boolean)).toBe(true);
  });

  test('hovering Yury Tokpanov in the graph outlines his 4 papers in the timeline', async () => {
    const point = await page.evaluate(
      (k) => document.querySelector('coauthor-network')!.nodeClientPosition(k),
      TOKPANOV,
    );
    await page.mouse.move(point!.x, point!.y);
    await expect
      .poll(() => charts(page).locator('g.bin[data-bin="2024"]').getAttribute('data-marked'))
      .toBe('4');
    await page.mouse.move(2, 2);
    await expect
      .poll(() => charts(page).locator('g.bin[data-bin="2024"]').getAttribute('data-marked'))
      .toBe('0');
  });

  test("the charts' parts are reachable from the page with ::part()", async () => {
    await page.addStyleTag({
      content:
        'coauthor-network::part(timeline) { outline: 3px solid rgb(1, 2, 3); } ' +
        'coauthor-network::part(categories) { outline: 3px solid rgb(4, 5, 6); }',
    });
    const outlines = await page.evaluate(() => {
      const root = document
        .querySelector('coauthor-network')!
        .shadowRoot!.querySelector('cn-charts')!.shadowRoot!;
      const outline = (part: string): string =>
        getComputedStyle(root.querySelector(`[part="${part}"]`)!).outlineColor;
      return [outline('timeline'), outline('categories')];
    });
    expect(outlines).toEqual(['rgb(1, 2, 3)', 'rgb(4, 5, 6)']);
  });

  test('in a narrow page the charts go below the graph', async () => {
    await page.setViewportSize({ width: 560, height: 900 });
    await settle(page);
    await expect
      .poll(async () => {
        const stageBox = await page.locator('coauthor-network .stage').boundingBox();
        const chartsBox = await page.locator('coauthor-network .charts').boundingBox();
        return (
          chartsBox!.y >= stageBox!.y + stageBox!.height - 1 && chartsBox!.x <= stageBox!.x + 1
        );
      })
      .toBe(true);
    await page.screenshot({ path: artifact('charts-narrow.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(browser.errors).toEqual([]);
  });
});
