// One headless Chromium per test file: launch, open pages at a fixed size, collect console errors.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const VIEWPORT = { width: 1280, height: 800 } as const;
export const ARTIFACTS = join(process.cwd(), 'tests', '.artifacts');

export interface TestBrowser {
  browser: Browser;
  context: BrowserContext;
  /** Console errors and uncaught page errors seen so far, across all pages of this browser. */
  errors: string[];
  /**
   * Opens `path` (relative to the preview server) in a new page, `init` run in it before its own
   * scripts.
   */
  open(path?: string, init?: () => void): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launches Debian's Chromium (never a downloaded one) with `args` besides the usual flags, and
 * one context in UTC at a fixed size; `init` runs in every page of it before the page's scripts.
 */
export async function launchBrowser(
  options: { args?: string[]; init?: () => void } = {},
): Promise<TestBrowser> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-sandbox',
      ...(options.args ?? []),
    ],
  });
  const context = await browser.newContext({
    timezoneId: 'UTC',
    locale: 'en-US',
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
  });
  if (options.init) await context.addInitScript(options.init);
  const errors: string[] = [];
  const baseUrl = inject('baseUrl');
  mkdirSync(ARTIFACTS, { recursive: true });

  return {
    browser,
    context,
    errors,
    async open(path = '/', init?: () => void) {
      const page = await context.newPage();
      if (init) await page.addInitScript(init);
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      await page.goto(new URL(path, baseUrl).href);
      return page;
    },
    async close() {
      await context.close();
      await browser.close();
    },
  };
}

/**
 * Waits until the page's <coauthor-network> (or the one `selector` finds) has laid out its input
 * and sigma has drawn it: the element's `ready`.
 */
export async function waitForReady(page: Page, selector = 'coauthor-network'): Promise<void> {
  await page.waitForFunction(() => customElements.get('coauthor-network') !== undefined);
  await page.evaluate(async (s) => {
    const element = document.querySelector(s);
    if (!element) throw new Error(`no ${s} on the page`);
    await (element as HTMLElementTagNameMap['coauthor-network']).ready;
  }, selector);
}

/**
 * Runs `use` on `url` opened in a phone-sized touch-screen context (its own, closed afterwards),
 * once the page's <coauthor-network> is ready.
 */
export async function withTouchPage(
  browser: Browser,
  url: string,
  use: (page: Page, context: BrowserContext) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext({
    hasTouch: true,
    isMobile: true,
    viewport: { width: 420, height: 860 },
    deviceScaleFactor: 1,
    timezoneId: 'UTC',
  });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await waitForReady(page);
    await use(page, context);
  } finally {
    await context.close();
  }
}

export function artifact(name: string): string {
  return join(ARTIFACTS, name);
}
