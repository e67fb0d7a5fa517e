// Fetches the text at a `src` URL defensively: abortable, timed out, size-capped while streaming, text only.
import { MAX_PROFILE_BYTES } from '../profile/parse-profile';

/** How long a load may take (headers and body) before it is given up: 20 s. */
export const DEFAULT_LOAD_TIMEOUT_MS = 20_000;

/** Bytes read from a profile body before the load is refused: the parser's own limit (20 MiB). */
export const MAX_SOURCE_BYTES = MAX_PROFILE_BYTES;

/**
 * Bytes read from a graph file (a body that opens with `{`, as `cli layout` writes) before the load is
 * refused: 64 MiB. A laid-out file is larger than its profile (30,000 papers: 9.5 MB, the profile
 * 8.4 MB), and files of `cli layout`'s earlier versions were larger still (37 MB).
 */
export const MAX_GRAPH_FILE_BYTES = 64 * 1024 * 1024;

/** Share of control characters (other than tab, line ends and form feed) above which text is binary. */
const MAX_CONTROL_SHARE = 0.1;

export interface FetchSourceOptions {
  /** Aborts the load (a newer `src`): the promise rejects with an `AbortError` DOMException. */
  signal?: AbortSignal;
  /** Milliseconds before the load is given up with a message; default DEFAULT_LOAD_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Largest profile body accepted, in bytes; default MAX_SOURCE_BYTES. */
  maxBytes?: number;
  /** Largest graph-file body (opening with `{`) accepted, in bytes; default MAX_GRAPH_FILE_BYTES. */
  maxGraphBytes?: number;
}

/** True when a body opens (after a BOM and white space) with `{`: a graph file, not a profile. */
export function looksLikeGraphFile(head: Uint8Array): boolean {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || (head[i]! >= 0x09 && head[i]! <= 0x0d))) i++;
  return head[i] === 0x7b;
}

/** A load that failed for a reason worth showing (status, timeout, size, binary, network). */
export class FetchSourceError extends Error {
  override name = 'FetchSourceError';
}

/** True for the rejection of a load that was aborted on purpose (not a failure to report). */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

function formatSize(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MiB`;
}

/** Control characters other than tab, line feed, form feed and carriage return. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

/**
 * `bytes` decoded as UTF-8, or why they are not a text profile: NUL bytes, invalid UTF-8, or too
 * many control characters. One decoding serves both (a large profile is megabytes).
 */
export function decodeText(bytes: Uint8Array): { text: string } | { reason: string } {
  if (bytes.includes(0)) return { reason: 'binary data: NUL bytes' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { reason: 'binary data: not valid UTF-8' };
  }
  const control = text.match(CONTROL)?.length ?? 0;
  return control > 0 && control > text.length * MAX_CONTROL_SHARE
    ? { reason: 'binary data: control characters' }
    : { text };
}

/** `bytes` as text; else a FetchSourceError: `url is not a text profile (binary data: …)`. */
export function textOf(bytes: Uint8Array, url: string): string {
  const decoded = decodeText(bytes);
  if ('reason' in decoded) throw notText(url, decoded.reason);
  return decoded.text;
}

/** The error for a body at `url` that is not text, for the reason decodeText() gave. */
export function notText(url: string, reason: string): FetchSourceError {
  return new FetchSourceError(`${url} is not a text profile (${reason})`);
}

/** Why `bytes` are not a text profile (see decodeText), or null when they are. */
export function binaryReason(bytes: Uint8Array): string | null {
  const decoded = decodeText(bytes);
  return 'reason' in decoded ? decoded.reason : null;
}

/**
 * Reads a body up to its cap (`limits.graph` when it opens like a graph file, else `limits.text`);
 * past it, cancels the stream and returns the cap it went over.
 */
async function readCapped(
  response: Response,
  limits: { text: number; graph: number },
  declared: number,
): Promise<Uint8Array | { over: number }> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let cap: number | null = null;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (cap === null && value.byteLength > 0) {
      cap = looksLikeGraphFile(value.subarray(0, 256)) ? limits.graph : limits.text;
    }
    if (cap !== null && (total > cap || declared > cap)) {
      await reader.cancel().catch(() => undefined);
      return { over: cap };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The body at `url`, read up to its cap. Rejects with a FetchSourceError whose message names the
 * URL and the reason (`…/x.txt: could not load (404 Not Found)`, `… no answer within 20 s`, `…
 * larger than the 20 MiB limit`), or with an AbortError when `signal` aborts.
 */
export async function fetchBody(
  url: string,
  options: FetchSourceOptions = {},
): Promise<Uint8Array> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_LOAD_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_SOURCE_BYTES;
  const maxGraphBytes = Math.max(maxBytes, options.maxGraphBytes ?? MAX_GRAPH_FILE_BYTES);
  const outer = options.signal;
  outer?.throwIfAborted();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = (): void => controller.abort(outer?.reason);
  outer?.addEventListener('abort', onAbort, { once: true });

  const fail = (error: unknown): never => {
    if (timedOut) {
      throw new FetchSourceError(
        `${url}: could not load (no answer within ${formatSeconds(timeoutMs)})`,
        { cause: error },
      );
    }
    if (outer?.aborted) throw new DOMException(`${url}: load aborted`, 'AbortError');
    if (error instanceof FetchSourceError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new FetchSourceError(`${url}: could not load (${reason})`, { cause: error });
  };

  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal });
    } catch (error) {
      return fail(error);
    }
    try {
      if (!response.ok) {
        const status = `${response.status} ${response.statusText}`.trim();
        throw new FetchSourceError(`${url}: could not load (${status})`);
      }
      const tooLarge = (cap: number): FetchSourceError =>
        new FetchSourceError(
          `${url}: could not load (larger than the ${formatSize(cap)} limit${cap === maxBytes ? '' : ' for graph files'})`,
        );
      // Past even a graph file's cap: refused before reading. A profile's cap is checked as it is read.
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (Number.isFinite(declared) && declared > maxGraphBytes) throw tooLarge(maxGraphBytes);
      const bytes = await readCapped(
        response,
        { text: maxBytes, graph: maxGraphBytes },
        Number.isFinite(declared) ? declared : 0,
      );
      if (!(bytes instanceof Uint8Array)) throw tooLarge(bytes.over);
      return bytes;
    } catch (error) {
      // Stop whatever is still arriving (a refused or oversized body).
      controller.abort();
      return fail(error);
    }
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onAbort);
  }
}

/**
 * The text at `url`: fetchBody() decoded as UTF-8. Rejects as fetchBody() does, or when the body is
 * not text (`…/x.bin is not a text profile (binary data: …)`).
 */
export async function fetchSource(url: string, options: FetchSourceOptions = {}): Promise<string> {
  return textOf(await fetchBody(url, options), url);
}
