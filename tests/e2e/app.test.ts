// The app page's ways in, in a real browser: file picker, paste box, drag and drop, all into the element.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { artifact, launchBrowser, waitForReady, type TestBrowser } from './browser';

/** A tiny profile: the owner and one coauthor on one paper (3 nodes). */
const TINY = `Zoë Durand

LG

1 Papers

LGJan 5, 2023Code
Élan vital: a study of things

Zoë Durand, Łukasz Nowak

An abstract.
`;

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

async function shown(): Promise<{ owner: string | undefined; order: number | undefined }> {
  return page.evaluate(() => {
    const element = document.querySelector('coauthor-network');
    return { owner: element?.profile?.owner, order: element?.graph?.order };
  });
}

async function backToSample(): Promise<void> {
  await page.reload();
  await waitForReady(page);
  expect(await shown()).toEqual({ owner: 'Paolo Glorioso', order: 15 });
}

describe('the app page', () => {
  test('opens on the sample profile, with its owner in the card', async () => {
    expect(await shown()).toEqual({ owner: 'Paolo Glorioso', order: 15 });
    await expect
      .poll(() => page.locator('coauthor-network cn-profile-card h2').textContent())
      .toBe('Paolo Glorioso');
  });

  test('the file picker loads a profile', async () => {
    await page.locator('#file').setInputFiles({
      name: 'tiny.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(TINY),
    });
    await expect.poll(shown).toEqual({ owner: 'Zoë Durand', order: 3 });
    await waitForReady(page);
    await backToSample();
  });

  test('the paste box loads a profile; a broken one shows its error', async () => {
    await page.locator('#paste-toggle').click();
    await page.locator('#paste-text').fill(TINY);
    await page.locator('#paste-box button[type=submit]').click();
    await expect.poll(shown).toEqual({ owner: 'Zoë Durand', order: 3 });
    await expect(page.locator('#paste-box').isHidden()).resolves.toBe(true);

    await page.locator('#paste-toggle').click();
    await page
      .locator('#paste-text')
      .fill('Someone\n\nLG\n\n1 Papers\n\nLGOct 28, 2022\nA title\n');
    await page.locator('#paste-box button[type=submit]').click();
    const banner = page.locator('coauthor-network [part=error]');
    const bannerText = page.locator('coauthor-network [part=error] div').first();
    await banner.waitFor({ state: 'visible' });
    expect(await bannerText.textContent()).toMatch(/pasted text:\d+:/);
    expect(await shown()).toEqual({ owner: 'Zoë Durand', order: 3 });
    await backToSample();
  });

  test('dropping a file anywhere on the page loads it', async () => {
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(
          new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }),
        );
      }
    }, TINY);
    await expect.poll(shown).toEqual({ owner: 'Zoë Durand', order: 3 });
    await waitForReady(page);
    expect(await page.locator('#drop-overlay').isHidden()).toBe(true);
    await page.screenshot({ path: artifact('dropped-profile.png') });
    expect(browser.errors).toEqual([]);
  });
});
