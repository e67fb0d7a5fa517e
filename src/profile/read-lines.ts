// Profile text to clean lines: any line end, no byte-order mark, well-formed UTF-16, NFC, trimmed.

import { type WarningList } from './warning-list';

const LINE_END = /\r\n|\r|\n/;
const LONE_SURROGATE = /\p{Cs}/gu; // in a `u` pattern only unpaired surrogates are code points of Cs
const BEYOND_U0300 = /[\u0300-\uffff]/;

/**
 * Splits `text` into lines (index i is line i + 1) and cleans each: NFC, unpaired surrogates
 * replaced by U+FFFD (with a warning), trimmed, so a line of spaces is the empty string.
 */
export function readLines(text: string, warnings: WarningList): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.includes('\r') ? body.split(LINE_END) : body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    // Lines of characters below U+0300 (most of them) are NFC and hold no surrogate: skip the work.
    if (BEYOND_U0300.test(line)) {
      LONE_SURROGATE.lastIndex = 0;
      if (LONE_SURROGATE.test(line)) {
        line = line.replace(LONE_SURROGATE, '\uFFFD');
        warnings.add(i + 1, 'unpaired UTF-16 surrogate replaced by U+FFFD');
      }
      line = line.normalize('NFC');
    }
    lines[i] = line.trim();
  }
  return lines;
}
