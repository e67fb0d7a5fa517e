// Hostile profile text in a real browser: payloads in every field are shown literally and never run.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, waitForReady, type TestBrowser } from './browser';

const FIXTURE = readFileSync('tests/fixtures/hostile/payloads.txt', 'utf8');
const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
// A payload under test, not a URL this code uses.
// eslint-disable-next-line no-script-url
const JS_URL = 'javascript:window.__pwned=1';
const MUSTACHE = "{{constructor.constructor('window.__pwned=1')()}}";
const TEMPLATE = '${window.__pwned=1}';
const OWNER = `${IMG} Mallory`;
const OWNER_KEY = `a:${IMG} mallory`;
const TITLE = `${SCRIPT} Scripted title`;
const BASE = inject('baseUrl');

let browser: TestBrowser;
let page: Page;

/** What a payload could have left in the page: the flag, injected elements, handlers, links. */
interface Traces {
  pwned: unknown;
  images: number;
  scripts: number;
  handlers: string[];
  links: string[];
  text: string;
  titles: string[];
}

function traces(): Promise<Traces> {
  return page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [];
    const walk = (root: Document | ShadowRoot): void => {
      roots.push(root);
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(document);
    const all = roots.flatMap((r) => [...r.querySelectorAll('*')]);
    const element = document.querySelector('coauthor-network')!;
    const inside = all.filter(
      (e) =>
        e === element || element.contains(e) || roots.some((r) => r !== document && r.contains(e)),
    );
    return {
      pwned: (window as { __pwned?: unknown }).__pwned,
      images: all.filter((e) => e.tagName === 'IMG').length,
      scripts: all.filter((e) => e.tagName === 'SCRIPT' && /__pwned/.test(e.textContent ?? ''))
        .length,
      handlers: all.flatMap((e) =>
        [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName} ${a.name}`),
      ),
      links: inside
        .map((e) => e.getAttribute('href') ?? e.getAttribute('xlink:href'))
        .filter((h): h is string => h !== null),
      text: roots
        .filter((r) => r !== document)
        .map((r) => r.textContent ?? '')
        .join('\n'),
      titles: all.filter((e) => e.tagName === 'title').map((e) => e.textContent ?? ''),
    };
  });
}

async function expectClean(): Promise<Traces> {
  const t = await traces();
  expect(t.pwned).toBeUndefined();
  expect(t.images).toBe(0);
  expect(t.scripts).toBe(0);
  expect(t.handlers).toEqual([]);
  // Links built from data may only be http(s) (or in-page anchors).
  for (const href of t.links) expect(href).toMatch(/^(https?:|#)/);
  return t;
}

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.open('about:blank');
  await page.route(
    (url) => url.pathname.startsWith('/profiles/'),
    (route) =>
      new URL(route.request().url()).pathname === '/profiles/payloads.txt'
        ? route.fulfill({ body: FIXTURE, contentType: 'text/plain; charset=utf-8' })
        : route.fulfill({ status: 404, body: 'not found' }),
  );
  await page.goto(new URL('/?src=/profiles/payloads.txt', BASE).href);
  await waitForReady(page);
});

afterAll(async () => {
  await browser?.close();
});

describe('a profile full of payloads (tests/fixtures/hostile/payloads.txt)', () => {
  test('is read as data: owner, titles, names and abstracts keep the payloads literally', async () => {
    const read = await page.evaluate(() => {
      const element = document.querySelector('coauthor-network')!;
      return {
        owner: element.profile!.owner,
        titles: element.profile!.papers.map((p) => p.title),
        labels: element.viewGraph!.mapNodes((_k, a) => String(a.label)),
      };
    });
    expect(read.owner).toBe(OWNER);
    expect(read.titles).toEqual([TITLE, `${TEMPLATE} templated title ${MUSTACHE}`]);
    // What sigma draws on the canvas (SDF text, never markup).
    expect(read.labels).toEqual(expect.arrayContaining([OWNER, JS_URL, MUSTACHE, SCRIPT]));
    const t = await expectClean();
    // The profile card shows the owner as text.
    expect(t.text).toContain(OWNER);
  });

  test('the details panel of a paper and of an author shows them as text', async () => {
    const paperKey = await page.evaluate(
      () =>
        document
          .querySelector('coauthor-network')!
          .graph!.filterNodes((_k, a) => a.kind === 'paper')[0]!,
    );
    await page.evaluate((key) => document.querySelector('coauthor-network')!.select(key), paperKey);
    const panel = page.locator('coauthor-network cn-details-panel article');
    await expect.poll(() => panel.textContent()).toContain(TITLE);
    const abstract = page.locator('coauthor-network cn-details-panel .abstract');
    expect(await abstract.isVisible()).toBe(true);
    expect(await abstract.textContent()).toContain(
      `with ${IMG} inside, a link ${JS_URL} and a template ${TEMPLATE}.`,
    );
    const paperText = await panel.textContent();
    for (const name of [OWNER, JS_URL, MUSTACHE]) expect(paperText).toContain(name);
    await expectClean();

    await page.evaluate(
      (key) => document.querySelector('coauthor-network')!.select(key),
      OWNER_KEY,
    );
    await expect
      .poll(() => panel.textContent())
      .toContain(`${TEMPLATE} templated title ${MUSTACHE}`);
    expect(await panel.textContent()).toContain(OWNER);
    // Clicking every link of the panel only moves the selection.
    const buttons = page.locator('coauthor-network cn-details-panel button.link');
    const count = await buttons.count();
    expect(count).toBeGreaterThan(2);
    for (let i = 0; i < Math.min(count, 6); i++) {
      await page.evaluate(
        (key) => document.querySelector('coauthor-network')!.select(key),
        OWNER_KEY,
      );
      await buttons.nth(i).click();
      await expectClean();
    }
  });

  test('search results show the payloads as text', async () => {
    const input = page.locator('coauthor-network cn-search-box input');
    await input.fill('<script>');
    const results = page.locator('coauthor-network cn-search-box li .label');
    await expect
      .poll(() => results.allTextContents())
      .toEqual(expect.arrayContaining([SCRIPT, TITLE]));
    expect(await results.first().isVisible()).toBe(true);
    await input.fill('{{constructor');
    await expect.poll(() => results.allTextContents()).toContain(MUSTACHE);
    await input.press('Enter');
    await input.fill('');
    await expectClean();
  });

  test('chart labels and tooltips (<title>) hold no markup, and hovering the bars runs nothing', async () => {
    const bars = page.locator('coauthor-network [part=charts] svg rect');
    const count = await bars.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < Math.min(count, 12); i++) {
      if (await bars.nth(i).isVisible()) await bars.nth(i).hover({ force: true });
    }
    const t = await expectClean();
    expect(t.titles.length).toBeGreaterThan(0);
    for (const title of t.titles) expect(title).not.toMatch(/[<>]/);
    await page.mouse.move(640, 400);
    await expectClean();
  });

  test('an error naming a hostile URL shows it as text', async () => {
    const url = `/profiles/${encodeURIComponent(IMG)}.txt`;
    const message = await page.evaluate(async (src) => {
      const element = document.querySelector('coauthor-network')!;
      element.src = src;
      return element.ready.then(
        () => null,
        (error: Error) => error.message,
      );
    }, url);
    expect(message).toContain('could not load (404');
    const banner = page.locator('coauthor-network [part=error] code');
    await expect.poll(() => banner.textContent()).toBe(message);
    await expectClean();
    expect(browser.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
