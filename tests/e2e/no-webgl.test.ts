// In a browser without WebGL2 (Chromium started with --disable-webgl2): the widget says so where
// the canvas would be, and the card, search, details panel and charts still work.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { artifact, launchBrowser, waitForReady, type TestBrowser } from './browser';
import { OWNER, panelPapers, panelTitle } from './network-page';

let browser: TestBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser({ args: ['--disable-webgl2'] });
  page = await browser.open('/');
  await waitForReady(page);
});

afterAll(async () => {
  await browser?.close();
});

describe('<coauthor-network> without WebGL2', () => {
  test('says in place of the canvas that it cannot draw, with no canvas and no error', async () => {
    expect(await page.evaluate(() => !!document.createElement('canvas').getContext('webgl2'))).toBe(
      false,
    );
    const note = page.locator('coauthor-network .stage .undrawable');
    await expect.poll(() => note.textContent()).toContain('no WebGL2');
    expect(await page.locator('coauthor-network .sigma canvas').count()).toBe(0);
    expect(
      await page.evaluate(() =>
        document.querySelector('coauthor-network')!.nodeClientPosition('a:paolo glorioso'),
      ),
    ).toBeNull();
    await page.screenshot({ path: artifact('no-webgl.png') });
    expect(browser.errors).toEqual([]);
  });

  test('the card, the charts, search and the details panel work', async () => {
    await expect
      .poll(() => page.locator('coauthor-network cn-profile-card h2').textContent())
      .toContain('Paolo Glorioso');
    expect(await page.locator('coauthor-network cn-charts g.bin').count()).toBe(3);
    const input = page.locator('coauthor-network cn-search-box input');
    await input.fill('tokpanov');
    await input.press('Enter');
    await expect.poll(() => panelTitle(page).textContent()).toBe('Yury Tokpanov');
    expect(await panelPapers(page).count()).toBe(4);
    await page.evaluate((key) => document.querySelector('coauthor-network')!.select(key), OWNER);
    await expect.poll(() => panelTitle(page).textContent()).toBe('Paolo Glorioso');
    expect(await panelPapers(page).count()).toBe(6);
    // The coauthor view too: its graph is made, nothing is drawn.
    await page.evaluate(() => (document.querySelector('coauthor-network')!.view = 'coauthors'));
    await waitForReady(page);
    expect(
      await page.evaluate(() => document.querySelector('coauthor-network')!.viewGraph?.order),
    ).toBe(9);
    expect(browser.errors).toEqual([]);
  });
});
