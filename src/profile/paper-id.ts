// Stable paper ids: a 64-bit FNV-1a hash of what identifies a paper (date, title, authors).

import { authorKey } from './names';

const encoder = new TextEncoder();
/** Reused by every hash of a text up to 4 KiB of UTF-8, so that hashing allocates nothing. */
const SHARED_BYTES = new Uint8Array(4096);

/**
 * 64-bit FNV-1a of the UTF-8 bytes of `text` (an unpaired surrogate counts as U+FFFD, as
 * TextEncoder has it), as 16 lower-case hex digits. The 64-bit state is kept in two 32-bit halves;
 * the prime 2^40 + 0x1b3 is applied as a shift plus a small product.
 */
export function fnv1a64(text: string): string {
  // At most 3 bytes a UTF-16 code unit; a longer text gets a buffer of its own, not kept.
  const bytes =
    text.length * 3 <= SHARED_BYTES.length ? SHARED_BYTES : new Uint8Array(text.length * 3);
  const { written } = encoder.encodeInto(text, bytes);
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < written; i++) {
    lo = (lo ^ (bytes[i] as number)) >>> 0;
    const low = lo * 0x1b3; // < 2^41: exact in a double
    hi = (Math.imul(hi, 0x1b3) + Math.floor(low / 0x1_0000_0000) + (lo << 8)) >>> 0;
    lo = low >>> 0;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/**
 * What makes two paper blocks the same paper: the ISO date, the title with case and spacing
 * ignored, and the author keys in the order listed.
 */
export function paperIdentity(date: string, title: string, authors: readonly string[]): string {
  return [date, authorKey(title), ...authors.map(authorKey)].join('\u0000');
}

/** The id of a paper: {@link fnv1a64} of its {@link paperIdentity}. */
export function paperId(date: string, title: string, authors: readonly string[]): string {
  return fnv1a64(paperIdentity(date, title, authors));
}
