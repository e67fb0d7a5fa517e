// Reads one input of a command, a profile or a graph file (`-` is standard input), into a graph.
import { buildGraph } from '../graph/build-graph';
import { GraphFileError, isGraphJson, parseGraphJson } from '../graph/graph-json';
import type { CoauthorGraph } from '../graph/types';
import { ProfileParseError } from '../profile/errors';
import { parseProfile } from '../profile/parse-profile';
import type { Profile } from '../profile/types';
import type { CliIO } from './io';

/** The name standard input goes by in messages. */
export const STDIN_NAME = 'stdin';

/** An input that cannot be read or parsed; the message is `file:line: reason` (line 0: whole file). */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly line: number;

  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.line = line;
  }
}

export interface Input {
  profile: Profile;
  graph: CoauthorGraph;
  /** The graph came from a graph file (it has positions) rather than a profile. */
  fromGraphFile: boolean;
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** Reads, parses and builds `file`. Bad input throws an InputError; anything else is a bug. */
export async function readInput(file: string, io: CliIO): Promise<Input> {
  const name = file === '-' ? STDIN_NAME : file;
  let text: string;
  try {
    text = file === '-' ? await io.readStdin() : io.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    throw new InputError(name, 0, `cannot read the file: ${READ_ERRORS[code] ?? code}`);
  }
  if (isGraphJson(text)) {
    try {
      return { ...parseGraphJson(text, name), fromGraphFile: true };
    } catch (error) {
      if (!(error instanceof GraphFileError)) throw error;
      throw new InputError(name, 0, `not a coauthor-network graph file: ${error.reason}`);
    }
  }
  let profile: Profile;
  try {
    profile = parseProfile(text, { source: name });
  } catch (error) {
    if (!(error instanceof ProfileParseError)) throw error;
    throw new InputError(name, error.line, error.reason);
  }
  return { profile, graph: buildGraph(profile), fromGraphFile: false };
}
