// Stable paper ids: a 64-bit FNV-1a hash of what identifies a paper (date, title, authors).

import { authorKey } from './names';

const encoder = new TextEncoder();

/**
 * 64-bit FNV-1a of the UTF-8 bytes of `text`, as 16 lower-case hex digits. The 64-bit state is kept
 * in two 32-bit halves; the prime 2^40 + 0x1b3 is applied as a shift plus a small product.
 */
export function fnv1a64(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const byte of encoder.encode(text)) {
    lo = (lo ^ byte) >>> 0;
    const low = lo * 0x1b3; // < 2^41: exact in a double
    const carry = Math.floor(low / 0x1_0000_0000);
    hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) >>> 0;
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
