// fetchSource() against a real HTTP server on 127.0.0.1: status, timeout, abort, size cap, binary.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  binaryReason,
  fetchSource,
  FetchSourceError,
  isAbortError,
  looksLikeGraphFile,
} from '../../src/pipeline/fetch-source';

/** Opens like a graph file (white space, then `{`): 3,028 bytes. */
const GRAPH_BODY = ` \n{"format": "x", "pad": "${'y'.repeat(3000)}"}`;

let server: Server;
let base: string;
/** Bytes the 'big' route managed to write before the client went away. */
let bigWritten = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path === '/ok.txt') {
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Zoë Example\n\n1 Papers\n');
    } else if (path === '/hang') {
      // Never answers.
    } else if (path === '/binary') {
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      response.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    } else if (path === '/graph.json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(GRAPH_BODY);
    } else if (path === '/declared-big') {
      response.writeHead(200, { 'content-length': String(2000) });
      response.end('x'.repeat(2000));
    } else if (path === '/big') {
      // No Content-Length: the cap must come from counting what is read.
      response.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      bigWritten = 0;
      const write = (): void => {
        while (bigWritten < 50 * 1024 * 1024) {
          bigWritten += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', write);
        }
        response.end();
      };
      response.on('close', () => response.destroy());
      write();
    } else {
      response.writeHead(404, 'Not Found');
      response.end('missing');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => 'resolved',
    (error: unknown) => error,
  );
}

describe('fetchSource()', () => {
  test('returns the text of a UTF-8 body', async () => {
    expect(await fetchSource(`${base}/ok.txt`)).toBe('Zoë Example\n\n1 Papers\n');
  });

  test('a 404 says so, with the URL', async () => {
    const error = await failure(fetchSource(`${base}/missing.txt`));
    expect(error).toBeInstanceOf(FetchSourceError);
    expect((error as Error).message).toBe(`${base}/missing.txt: could not load (404 Not Found)`);
  });

  test('a server that never answers times out with a message', async () => {
    const started = Date.now();
    const error = await failure(fetchSource(`${base}/hang`, { timeoutMs: 300 }));
    expect((error as Error).message).toBe(`${base}/hang: could not load (no answer within 0.3 s)`);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  test('an abort rejects with an AbortError, not a message to show', async () => {
    const controller = new AbortController();
    const pending = failure(fetchSource(`${base}/hang`, { signal: controller.signal }));
    controller.abort();
    expect(isAbortError(await pending)).toBe(true);
  });

  test('binary data is refused', async () => {
    const error = await failure(fetchSource(`${base}/binary`));
    expect((error as Error).message).toBe(
      `${base}/binary is not a text profile (binary data: NUL bytes)`,
    );
  });

  test('a declared Content-Length over the cap is refused before reading', async () => {
    const error = await failure(fetchSource(`${base}/declared-big`, { maxBytes: 1000 }));
    expect((error as Error).message).toMatch(/declared-big: could not load \(larger than the /);
  });

  test('a 50 MB body is cut off once past the cap, not read whole', async () => {
    const error = await failure(fetchSource(`${base}/big`, { maxBytes: 1024 * 1024 }));
    expect((error as Error).message).toBe(
      `${base}/big: could not load (larger than the 1 MiB limit)`,
    );
    // The server stopped early: far from the 50 MB it would send (socket buffers allow a few MB).
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(bigWritten).toBeLessThan(20 * 1024 * 1024);
  });
});

describe('graph files have their own, larger cap', () => {
  test('a graph file over the profile cap but under the graph cap is read', async () => {
    const text = await fetchSource(`${base}/graph.json`, { maxBytes: 1000, maxGraphBytes: 10_000 });
    expect(text).toBe(GRAPH_BODY);
  });

  test('a graph file over the graph cap is refused, saying which limit', async () => {
    const error = await failure(
      fetchSource(`${base}/graph.json`, { maxBytes: 1000, maxGraphBytes: 2000 }),
    );
    expect((error as Error).message).toBe(
      `${base}/graph.json: could not load (larger than the 0 MiB limit for graph files)`,
    );
  });

  test.each([
    ['{"a":1}', true],
    ['\uFEFF \n\t{', true],
    ['Paolo Glorioso', false],
    ['', false],
  ])('looksLikeGraphFile(%j) is %s', (head, expected) => {
    expect(looksLikeGraphFile(new TextEncoder().encode(head))).toBe(expected);
  });
});

describe('binaryReason()', () => {
  const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
  test.each([
    ['plain text', bytes('Paolo Glorioso\n\tCL\r\n'), null],
    ['accents and emoji', bytes('Zoë Ĳ 🙂'), null],
    ['a NUL byte', new Uint8Array([65, 0, 66]), 'binary data: NUL bytes'],
    ['invalid UTF-8', new Uint8Array([0xc3, 0x28]), 'binary data: not valid UTF-8'],
    ['mostly control characters', bytes('\x01\x02\x03abc\x04'), 'binary data: control characters'],
    ['a stray control character in text', bytes(`\x1b${'a'.repeat(50)}`), null],
  ])('%s', (_name, input, expected) => {
    expect(binaryReason(input)).toBe(expected);
  });
});
