// The element's life in the page: moved (renderer kept), resized (canvas follows), removed (renderer killed).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, waitForReady, type TestBrowser } from './browser';
import { inkedShare, settle } from './network-page';

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

/** Canvases sigma put in the element's canvas container, and whether the first is the marked one. */
function canvases(p: Page): Promise<{ count: number; marked: boolean }> {
  return p.evaluate(() => {
    const list = document
      .querySelector('coauthor-network')!
      .shadowRoot!.querySelectorAll('.sigma canvas');
    return {
      count: list.length,
      marked: (list[0] as { marked?: boolean } | undefined)?.marked === true,
    };
  });
}

describe('<coauthor-network> in the page', () => {
  test('moving the element in the DOM keeps its renderer', async () => {
    await page.evaluate(() => {
      const element = document.querySelector('coauthor-network')!;
      const canvas = element.shadowRoot!.querySelector('.sigma canvas') as HTMLCanvasElement & {
        marked?: boolean;
      };
      canvas.marked = true;
      const holder = document.createElement('div');
      document.querySelector('main')!.prepend(holder);
      holder.append(element);
    });
    await settle(page);
    const after = await canvases(page);
    expect(after.count).toBeGreaterThan(0);
    expect(after.marked).toBe(true);
  });

  test('the canvas follows the element when it is resized', async () => {
    const sizes = async (): Promise<{ stage: number; canvas: number }> =>
      page.evaluate(() => {
        const root = document.querySelector('coauthor-network')!.shadowRoot!;
        return {
          stage: Math.round(root.querySelector('.stage')!.getBoundingClientRect().height),
          canvas: Math.round(root.querySelector('.sigma canvas')!.getBoundingClientRect().height),
        };
      });
    const before = await sizes();
    expect(before.canvas).toBe(before.stage);
    await page.evaluate(() =>
      document.querySelector('coauthor-network')!.style.setProperty('--cn-height', '420px'),
    );
    await expect
      .poll(async () => {
        const { stage, canvas } = await sizes();
        return stage < before.stage - 100 && canvas === stage;
      })
      .toBe(true);
    expect(await inkedShare(page, [255, 255, 255])).toBeGreaterThan(0.02);
  });

  test('removing the element kills its renderer; adding it back draws again', async () => {
    await page.evaluate(() => {
      (window as { kept?: Element }).kept = document.querySelector('coauthor-network')!;
      (window as { kept?: Element }).kept!.remove();
    });
    await settle(page);
    const gone = await page.evaluate(
      () =>
        (window as { kept?: Element }).kept!.shadowRoot!.querySelector('.sigma')!.childElementCount,
    );
    expect(gone).toBe(0);
    await page.evaluate(() =>
      document.querySelector('main')!.append((window as { kept?: Element }).kept!),
    );
    await expect.poll(async () => (await canvases(page)).count).toBeGreaterThan(0);
    await waitForReady(page);
    expect(browser.errors).toEqual([]);
  });
});
