// Collects the parser's warnings, with a cap so that megabytes of odd lines cannot flood memory.

import type { ParseWarning } from './types';

/** At most this many warnings are kept (plus one saying how many more there were). */
export const MAX_WARNINGS = 1000;

const QUOTE_LENGTH = 60;

/** Profile text quoted in a message: shortened, so a megabyte-long line stays a short message. */
export function quote(text: string): string {
  const short = text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH - 1)}…` : text;
  return `"${short}"`;
}

export class WarningList {
  private readonly kept: ParseWarning[] = [];
  private omitted = 0;
  private firstOmittedLine = 0;

  /** Adds a warning; past {@link MAX_WARNINGS} it is counted but not kept unless `always`. */
  add(line: number, message: string, always = false): void {
    if (this.kept.length < MAX_WARNINGS || always) {
      this.kept.push({ line, message });
      return;
    }
    if (this.omitted === 0) this.firstOmittedLine = line;
    this.omitted++;
  }

  /** The warnings in line order (stable), then a note on the omitted ones if any. */
  toArray(): ParseWarning[] {
    const list = [...this.kept].sort((a, b) => a.line - b.line);
    if (this.omitted > 0) {
      list.push({
        line: this.firstOmittedLine,
        message: `${this.omitted} more warning${this.omitted === 1 ? '' : 's'} not shown (the first on line ${this.firstOmittedLine})`,
      });
    }
    return list;
  }
}
