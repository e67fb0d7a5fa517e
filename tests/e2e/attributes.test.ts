// The element's attributes for embedding, in a real browser: view, charts, theme, focus, height,
// inline profile data, and a tap on a touch screen.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { artifact, launchBrowser, waitForReady, withTouchPage, type TestBrowser } from './browser';
import { colourAt, colourDistance, panelTitle, TOKPANOV } from './network-page';

let browser: TestBrowser;
let page: Page;
/** The sample profile's text, read from the app page's element. */
let sampleText: string;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.open('/');
  await waitForReady(page);
  sampleText = await page.evaluate(() => document.querySelector('coauthor-network')!.profileText!);
  // The app's own element is not under test: take it away so the page holds one element at a time.
  await page.evaluate(() => document.querySelector('coauthor-network')!.remove());
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  await page.evaluate(() => document.getElementById('mount')?.remove());
});

interface MountOptions {
  attributes: Record<string, string>;
  /** Give the profile as an inline <script type="text/plain"> child instead of `profileText`. */
  inline?: boolean;
  /** Width of the box the element sits in, in CSS pixels. */
  width?: number;
}

/** Puts a <coauthor-network> with `attributes` on the page, gives it the sample, waits until drawn. */
async function mount({ attributes, inline = false, width = 1100 }: MountOptions): Promise<void> {
  await page.evaluate(
    async ({ attributes, inline, width, text }) => {
      const box = document.createElement('div');
      box.id = 'mount';
      box.style.width = `${width}px`;
      const element = document.createElement('coauthor-network');
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      const events: string[] = [];
      element.addEventListener('coauthor-select', (e) => events.push(String(e.detail.key)));
      (window as unknown as { selectEvents: string[] }).selectEvents = events;
      if (inline) {
        const script = document.createElement('script');
        script.type = 'text/plain';
        script.textContent = text;
        element.append(script);
      }
      box.append(element);
      document.body.prepend(box);
      if (!inline) element.profileText = text;
      await element.ready;
    },
    { attributes, inline, width, text: sampleText },
  );
}

const host = (p: Page = page) => p.locator('#mount coauthor-network');

async function box(
  selector: string,
): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return page.locator(`#mount coauthor-network ${selector}`).boundingBox();
}

describe('<coauthor-network> attributes', () => {
  test('view="coauthors" draws the 9 authors only; the toolbar switch reflects back to the attribute', async () => {
    await mount({ attributes: { view: 'coauthors' } });
    const order = () =>
      page.evaluate(
        () => document.getElementById('mount')!.querySelector('coauthor-network')!.viewGraph!.order,
      );
    expect(await order()).toBe(9);
    await host().getByRole('radio', { name: 'Authors & papers' }).click();
    await expect.poll(() => host().getAttribute('view')).toBe('network');
    await page.evaluate(
      () => document.getElementById('mount')!.querySelector('coauthor-network')!.ready,
    );
    expect(await order()).toBe(15);
    await page.evaluate(() =>
      document
        .getElementById('mount')!
        .querySelector('coauthor-network')!
        .setAttribute('view', 'coauthors'),
    );
    await page.evaluate(
      () => document.getElementById('mount')!.querySelector('coauthor-network')!.ready,
    );
    expect(await order()).toBe(9);
    await page.evaluate(() => {
      document.getElementById('mount')!.querySelector('coauthor-network')!.view = 'network';
    });
    await expect.poll(() => host().getAttribute('view')).toBe('network');
  });

  test('charts="none" hides the charts and gives the graph the width', async () => {
    await mount({ attributes: { charts: 'none' } });
    expect(await box('.charts')).toBeNull();
    const stage = await box('.stage');
    const element = await host().boundingBox();
    expect(Math.abs(stage!.width - (element!.width - 2))).toBeLessThan(2); // less the 1px borders
  });

  test('charts="below" puts the charts under the graph in a wide element; "side" beside it', async () => {
    await mount({ attributes: { charts: 'below' } });
    let stage = await box('.stage');
    let charts = await box('.charts');
    expect(charts!.y).toBeGreaterThanOrEqual(stage!.y + stage!.height - 1);
    expect(Math.abs(charts!.width - stage!.width)).toBeLessThan(2);
    await page.screenshot({ path: artifact('attributes-charts-below.png') });
    await page.evaluate(() =>
      document
        .getElementById('mount')!
        .querySelector('coauthor-network')!
        .setAttribute('charts', 'side'),
    );
    await expect
      .poll(async () => {
        stage = await box('.stage');
        charts = await box('.charts');
        return charts!.x >= stage!.x + stage!.width - 1 && Math.abs(charts!.y - stage!.y) < 2;
      })
      .toBe(true);
  });

  test('theme="dark" draws on a dark background; removing it goes back to white', async () => {
    await mount({ attributes: { theme: 'dark', charts: 'none' } });
    const stage = (await box('.stage'))!;
    // Right edge, half-way down: background only (nodes are framed inside, the legend is bottom-left).
    const point = { x: stage.x + stage.width - 6, y: stage.y + stage.height / 2 };
    expect(colourDistance(await colourAt(page, point), [0x12, 0x16, 0x1d])).toBeLessThan(6);
    await page.screenshot({ path: artifact('attributes-dark.png') });
    await page.evaluate(() =>
      document.getElementById('mount')!.querySelector('coauthor-network')!.removeAttribute('theme'),
    );
    await expect
      .poll(async () => colourDistance(await colourAt(page, point), [255, 255, 255]))
      .toBeLessThan(6);
  });

  test('theme="auto" follows the system colour scheme, also when it changes', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      await mount({ attributes: { theme: 'auto', charts: 'none' } });
      const stage = (await box('.stage'))!;
      const point = { x: stage.x + stage.width - 6, y: stage.y + stage.height / 2 };
      expect(colourDistance(await colourAt(page, point), [0x12, 0x16, 0x1d])).toBeLessThan(6);
      await page.emulateMedia({ colorScheme: 'light' });
      await expect
        .poll(async () => colourDistance(await colourAt(page, point), [255, 255, 255]))
        .toBeLessThan(6);
    } finally {
      await page.emulateMedia({ colorScheme: null });
    }
  });

  test('focus="Yury Tokpanov" selects him once loaded', async () => {
    await mount({ attributes: { focus: 'Yury Tokpanov' } });
    expect(
      await page.evaluate(() => (window as unknown as { selectEvents: string[] }).selectEvents),
    ).toEqual([TOKPANOV]);
    await expect.poll(() => panelTitle(page).first().textContent()).toBe('Yury Tokpanov');
    // A later focus, by key, moves the selection.
    await page.evaluate(() =>
      document
        .getElementById('mount')!
        .querySelector('coauthor-network')!
        .setAttribute('focus', 'a:quentin anthony'),
    );
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { selectEvents: string[] }).selectEvents.at(-1)),
      )
      .toBe('a:quentin anthony');
  });

  test('height="420px" sizes the element', async () => {
    await mount({ attributes: { height: '420px' } });
    expect((await host().boundingBox())!.height).toBe(420);
    await page.evaluate(() =>
      document
        .getElementById('mount')!
        .querySelector('coauthor-network')!
        .removeAttribute('height'),
    );
    // Back to the page's own --cn-height: max(560px, 100vh - 9.5rem) = 800 - 152 in this viewport.
    await expect.poll(async () => (await host().boundingBox())!.height).toBe(648);
  });

  test('an inline <script type="text/plain"> child is read as the profile', async () => {
    await mount({ attributes: {}, inline: true });
    const read = await page.evaluate(() => {
      const element = document.getElementById('mount')!.querySelector('coauthor-network')!;
      return { order: element.graph?.order, owner: element.profile?.owner };
    });
    expect(read).toEqual({ order: 15, owner: 'Paolo Glorioso' });
  });
});

describe('<coauthor-network> on a touch screen', () => {
  test('a tap on a node selects it', async () => {
    await withTouchPage(browser.browser, page.url(), async (touch) => {
      const point = await touch.evaluate(
        (key) => document.querySelector('coauthor-network')!.nodeClientPosition(key),
        TOKPANOV,
      );
      expect(point).not.toBeNull();
      await touch.touchscreen.tap(point!.x, point!.y);
      await expect
        .poll(() => touch.locator('coauthor-network cn-details-panel h2').first().textContent())
        .toBe('Yury Tokpanov');
      await touch.screenshot({ path: artifact('attributes-touch-tap.png') });
    });
    expect(browser.errors).toEqual([]);
  });

  test('two fingers pinch the graph larger, one finger pans it', async () => {
    await withTouchPage(browser.browser, page.url(), async (touch, context) => {
      const at = (key: string) =>
        touch.evaluate(
          (k) => document.querySelector('coauthor-network')!.nodeClientPosition(k)!,
          key,
        );
      const owner = 'a:paolo glorioso';
      const cdp = await context.newCDPSession(touch);
      const send = (type: string, points: { x: number; y: number; id?: number }[]) =>
        cdp.send('Input.dispatchTouchEvent', { type: type as 'touchStart', touchPoints: points });
      // Pinch: two fingers move apart; the owner and Tokpanov end up further apart on screen.
      const span = async (): Promise<number> => {
        const [a, b] = [await at(owner), await at(TOKPANOV)];
        return Math.hypot(a.x - b.x, a.y - b.y);
      };
      const spanBefore = await span();
      const centre = await at(owner);
      const fingers = (d: number) => [
        { x: centre.x - d, y: centre.y + 60, id: 0 },
        { x: centre.x + d, y: centre.y + 60, id: 1 },
      ];
      await send('touchStart', fingers(20));
      for (let d = 30; d <= 80; d += 10) await send('touchMove', fingers(d));
      await send('touchEnd', []);
      await expect.poll(span).toBeGreaterThan(spanBefore * 1.5);
      // Pan: one finger from where the pinch was, 60 px right and 40 px down.
      const before = await at(owner);
      const start = { x: centre.x, y: centre.y + 60 };
      await send('touchStart', [start]);
      for (let i = 1; i <= 6; i += 1)
        await send('touchMove', [{ x: start.x + 10 * i, y: start.y + (40 / 6) * i }]);
      await send('touchEnd', []);
      await expect
        .poll(async () => {
          const after = await at(owner);
          return [Math.round(after.x - before.x), Math.round(after.y - before.y)];
        })
        .toEqual([60, 40]);
    });
    expect(browser.errors).toEqual([]);
  });
});
