// The one error type the profile parser throws: where (source and 1-based line) and what was expected.

export class ProfileParseError extends Error {
  override readonly name = 'ProfileParseError';
  /** 1-based line number in the input (0 when the whole input is at fault, e.g. too large). */
  readonly line: number;
  /** Name of the input, e.g. a file name; `profile` when none was given. */
  readonly source: string;
  /** What was wrong, without the location prefix. */
  readonly reason: string;

  constructor(reason: string, line: number, source = 'profile') {
    super(`${source}:${line}: ${reason}`);
    this.line = line;
    this.source = source;
    this.reason = reason;
  }
}
