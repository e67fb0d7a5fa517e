// Helpers that read the viewer from a test: node positions on screen, pixels of the canvas, the panel.
import type { Locator, Page } from 'playwright-core';

export const OWNER = 'a:paolo glorioso';
export const TOKPANOV = 'a:yury tokpanov';

/** Where a node is drawn, in page pixels. */
export async function nodePoint(page: Page, key: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (k) => document.querySelector('coauthor-network')?.nodeClientPosition(k) ?? null,
    key,
  );
  if (!point) throw new Error(`node ${key} is not on the canvas`);
  return point;
}

export function stage(page: Page, element = 'coauthor-network'): Locator {
  return page.locator(`${element} .stage`);
}

/**
 * Share of the canvas area whose colour is further than `threshold` from `background`, measured on
 * a real screenshot decoded in the page.
 */
export async function inkedShare(
  page: Page,
  background: readonly number[],
  threshold = 60,
  element = 'coauthor-network',
): Promise<number> {
  const box = await stage(page, element).boundingBox();
  if (!box) throw new Error('the stage is not visible');
  return pngInkedShare(page, await page.screenshot({ clip: box }), background, threshold);
}

/** Share of the pixels of a PNG screenshot further than `threshold` from `background`, decoded in `page`. */
export function pngInkedShare(
  page: Page,
  png: Buffer,
  background: readonly number[],
  threshold = 60,
): Promise<number> {
  return page.evaluate(
    async ({ base64, bg, limit }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2D context');
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) {
        const d = Math.hypot(data[i]! - bg[0]!, data[i + 1]! - bg[1]!, data[i + 2]! - bg[2]!);
        if (d > limit) inked += 1;
      }
      return inked / (data.length / 4);
    },
    { base64: png.toString('base64'), bg: [...background], limit: threshold },
  );
}

/** Colour of the screen at a page point (averaged over a 3×3 square). */
export async function colourAt(
  page: Page,
  point: { x: number; y: number },
): Promise<[number, number, number]> {
  const png = await page.screenshot({
    clip: { x: point.x - 1, y: point.y - 1, width: 3, height: 3 },
  });
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D context');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    const sum = [0, 0, 0];
    for (let i = 0; i < data.length; i += 4) {
      for (let c = 0; c < 3; c++) sum[c] = (sum[c] ?? 0) + (data[i + c] ?? 0);
    }
    const n = data.length / 4;
    return [sum[0]! / n, sum[1]! / n, sum[2]! / n] as [number, number, number];
  }, png.toString('base64'));
}

/**
 * How far from white the page is at each of `points` (page pixels), read off one full-page
 * screenshot decoded in the page: 0 for white, about 441 for black.
 */
export async function distancesFromWhite(
  page: Page,
  points: readonly { x: number; y: number }[],
): Promise<number[]> {
  const png = await page.screenshot();
  return page.evaluate(
    async ({ base64, at }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [image.width, image.height];
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return at.map(({ x, y }) => {
        const d = context.getImageData(Math.round(x), Math.round(y), 1, 1).data;
        return Math.hypot(255 - d[0]!, 255 - d[1]!, 255 - d[2]!);
      });
    },
    { base64: png.toString('base64'), at: points },
  );
}

/** Euclidean distance between two RGB colours. */
export function colourDistance(a: readonly number[], b: readonly number[]): number {
  return Math.hypot(
    (a[0] ?? 0) - (b[0] ?? 0),
    (a[1] ?? 0) - (b[1] ?? 0),
    (a[2] ?? 0) - (b[2] ?? 0),
  );
}

/** Waits until sigma has drawn a frame after a change (two animation frames). */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}

/** Waits until the camera has stopped moving: the owner drawn at the same place 100 ms apart. */
export async function cameraAtRest(page: Page): Promise<void> {
  let last = await nodePoint(page, OWNER);
  for (;;) {
    await page.waitForTimeout(100);
    const now = await nodePoint(page, OWNER);
    if (Math.hypot(now.x - last.x, now.y - last.y) < 0.01) return;
    last = now;
  }
}

/** The details panel's titles of listed papers. */
export function panelPapers(page: Page): Locator {
  return page.locator('coauthor-network cn-details-panel .papers li .title');
}

export function panelTitle(page: Page): Locator {
  return page.locator('coauthor-network cn-details-panel h2');
}

/** The graph on screen: order and size. */
export async function viewGraphSize(page: Page): Promise<{ order: number; size: number }> {
  return page.evaluate(() => {
    const graph = document.querySelector('coauthor-network')?.viewGraph;
    return { order: graph?.order ?? -1, size: graph?.size ?? -1 };
  });
}

/**
 * Share of inked pixels of the canvas under the toolbar and under the legend of the element
 * `selector` finds, each read with that overlay hidden: 0 when the network keeps clear of them.
 */
export async function inkUnderOverlays(
  page: Page,
  selector = 'coauthor-network',
): Promise<Record<'toolbar' | 'legend', number>> {
  const names = { toolbar: 'cn-network-toolbar', legend: 'cn-network-legend' } as const;
  const setHidden = (hidden: boolean): Promise<void> =>
    page.evaluate(
      ([s, h, tags]) => {
        const root = document.querySelector(s!)!.shadowRoot!;
        for (const tag of tags as string[]) {
          root.querySelector<HTMLElement>(tag)!.style.visibility = h ? 'hidden' : '';
        }
      },
      [selector, hidden, Object.values(names)] as const,
    );
  const boxes = await page.evaluate(
    ([s, tags]) => {
      const root = document.querySelector(s!)!.shadowRoot!;
      return (tags as string[]).map((tag) =>
        root.querySelector(tag)!.getBoundingClientRect().toJSON(),
      );
    },
    [selector, Object.values(names)] as const,
  );
  await setHidden(true);
  try {
    const [toolbar, legend] = await Promise.all(
      (boxes as DOMRect[]).map(async (box) =>
        pngInkedShare(
          page,
          await page.screenshot({
            clip: { x: box.x, y: box.y, width: box.width, height: box.height },
          }),
          [255, 255, 255],
          30,
        ),
      ),
    );
    return { toolbar: toolbar!, legend: legend! };
  } finally {
    await setHidden(false);
  }
}
