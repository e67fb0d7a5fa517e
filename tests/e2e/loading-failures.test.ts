// Failed `src` loads in a real browser: 404, no answer, binary, a 50 MB body, a newer src while loading.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, waitForReady, type TestBrowser } from './browser';

const profile = (owner: string, coauthor: string): string =>
  `${owner}\n\nLG\n\n1 Papers\n\nLGOct 28, 2022\nA paper of ${owner}\n\n${owner}, ${coauthor}\n\nAn abstract.\n`;
const SLOW_PROFILE = profile('Slow Owner', 'Ann Early');
const FAST_PROFILE = profile('Fast Owner', 'Bob Late');
const SLOW_MS = 1500;

let server: Server;
let origin: string;
/** Per route: bytes written, and whether the client went away before the end. */
const served: Record<string, { written: number; aborted: boolean }> = {};
let browser: TestBrowser;
let page: Page;

beforeAll(async () => {
  server = createServer((request, response) => {
    const route = new URL(request.url ?? '/', 'http://x').pathname;
    const record = { written: 0, aborted: false };
    served[route] = record;
    response.on('close', () => {
      if (!response.writableFinished) record.aborted = true;
    });
    const headers = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
    if (route === '/hang') return; // never answers
    if (route === '/binary') {
      response.writeHead(200, { ...headers, 'content-type': 'application/octet-stream' });
      const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
      return void response.end(Buffer.concat([png, Buffer.alloc(4096, 7)]));
    }
    if (route === '/large.bin') {
      // 2 MB: a body this large is decoded in the worker. Text but for one byte that is not UTF-8.
      response.writeHead(200, { ...headers, 'content-type': 'application/octet-stream' });
      const body = Buffer.alloc(2 * 1024 * 1024, 'a');
      body[1024 * 1024] = 0xff;
      return void response.end(body);
    }
    if (route === '/big.txt') {
      // 50 MB of text, streamed without a Content-Length: only counting what is read can stop it.
      response.writeHead(200, { ...headers, 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(256 * 1024, 'a');
      const write = (): void => {
        while (record.written < 50 * 1024 * 1024 && !response.destroyed) {
          record.written += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', write);
        }
        response.end();
      };
      return write();
    }
    if (route === '/slow.txt' || route === '/fast.txt') {
      const body = route === '/slow.txt' ? SLOW_PROFILE : FAST_PROFILE;
      const send = (): void => {
        if (response.destroyed) return;
        response.writeHead(200, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
        response.end(body);
      };
      return void (route === '/slow.txt' ? setTimeout(send, SLOW_MS) : send());
    }
    response.writeHead(404, 'Not Found', headers);
    response.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
  page = await browser.open('/');
  await waitForReady(page);
});

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

interface Outcome {
  detail: { message: string; line: number | null };
  ready: string;
  ms: number;
}

/** Sets `src` (after `timeout` ms as load-timeout, if given) and waits for coauthor-error and `ready`. */
function failingLoad(src: string, timeout?: number): Promise<Outcome> {
  return page.evaluate(
    async ([url, ms]) => {
      const element = document.querySelector('coauthor-network')!;
      if (ms !== null) element.setAttribute('load-timeout', String(ms));
      const started = performance.now();
      const detail = new Promise<{ message: string; line: number | null }>((resolve) =>
        element.addEventListener('coauthor-error', (e) => resolve(e.detail), { once: true }),
      );
      element.src = url!;
      const ready = await element.ready.then(
        () => 'resolved',
        (error: Error) => error.message,
      );
      return { detail: await detail, ready, ms: performance.now() - started };
    },
    [src, timeout ?? null] as const,
  );
}

/** What the widget shows: the banner's message, whether "Loading…" is up, the owner on screen. */
function shown(): Promise<{ banner: string | null; loading: boolean; owner: string | null }> {
  return page.evaluate(() => {
    const element = document.querySelector('coauthor-network')!;
    const root = element.shadowRoot!;
    const banner = root.querySelector('[part=error]');
    return {
      banner: banner?.hasAttribute('hidden')
        ? null
        : (banner?.shadowRoot?.querySelector('code')?.textContent ?? null),
      loading: (root.querySelector('.status')?.textContent ?? '').includes('Loading'),
      owner: element.profile?.owner ?? null,
    };
  });
}

async function expectShownFailure(outcome: Outcome, message: string): Promise<void> {
  expect(outcome.detail).toEqual({ message, line: null });
  expect(outcome.ready).toBe(message);
  await expect.poll(shown).toEqual({ banner: message, loading: false, owner: 'Paolo Glorioso' });
  expect(await page.evaluate(() => document.querySelector('coauthor-network')!.graph!.order)).toBe(
    15,
  );
}

describe('a src that fails ends in a message, and the previous network stays', () => {
  test('404', async () => {
    const outcome = await failingLoad(`${origin}/missing.txt`);
    await expectShownFailure(outcome, `${origin}/missing.txt: could not load (404 Not Found)`);
  });

  test('no answer: the load-timeout gives up', async () => {
    const outcome = await failingLoad(`${origin}/hang`, 800);
    await expectShownFailure(outcome, `${origin}/hang: could not load (no answer within 0.8 s)`);
    expect(outcome.ms).toBeGreaterThanOrEqual(790);
    expect(outcome.ms).toBeLessThan(5000);
    expect(served['/hang']!.aborted).toBe(true);
  });

  test('binary data', async () => {
    const outcome = await failingLoad(`${origin}/binary`);
    await expectShownFailure(
      outcome,
      `${origin}/binary is not a text profile (binary data: NUL bytes)`,
    );
  });

  test('binary data in a body large enough to be decoded in the worker', async () => {
    const outcome = await failingLoad(`${origin}/large.bin`);
    await expectShownFailure(
      outcome,
      `${origin}/large.bin is not a text profile (binary data: not valid UTF-8)`,
    );
  });

  test('a 50 MB body is cut off past the 20 MiB limit', async () => {
    const outcome = await failingLoad(`${origin}/big.txt`, 30_000);
    await expectShownFailure(
      outcome,
      `${origin}/big.txt: could not load (larger than the 20 MiB limit)`,
    );
    await expect.poll(() => served['/big.txt']!.aborted).toBe(true);
    // Stopped well before the 50 MB the server would send (socket buffers hold a few MB).
    expect(served['/big.txt']!.written).toBeLessThan(40 * 1024 * 1024);
  });
});

describe('the newest src wins', () => {
  test('a slow load replaced while loading is aborted and never overwrites the newer one', async () => {
    const result = await page.evaluate(
      async ([slow, fast]) => {
        const element = document.querySelector('coauthor-network')!;
        const errors: string[] = [];
        element.addEventListener('coauthor-error', (e) => errors.push(e.detail.message));
        element.src = slow!;
        await new Promise((resolve) => setTimeout(resolve, 200));
        element.src = fast!;
        await element.ready;
        const first = element.profile!.owner;
        // Past the moment the slow answer would have come.
        await new Promise((resolve) => setTimeout(resolve, 2000));
        return { first, later: element.profile!.owner, errors };
      },
      [`${origin}/slow.txt`, `${origin}/fast.txt`],
    );
    expect(result).toEqual({ first: 'Fast Owner', later: 'Fast Owner', errors: [] });
    expect(served['/slow.txt']!.aborted).toBe(true);
    expect(await shown()).toEqual({ banner: null, loading: false, owner: 'Fast Owner' });
    expect(browser.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
