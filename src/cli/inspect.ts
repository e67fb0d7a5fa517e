// `inspect FILE...`: one JSON line per input with its profile, graph counts and warnings, or its error.
import { graphStats } from '../graph/graph-stats';
import type { CliIO } from './io';
import { InputError, readInput } from './read-input';

export const INSPECT_USAGE = `inspect FILE...
      one JSON line per file: its profile, graph counts and warnings, or its error (- is stdin)`;

/** Runs `inspect` on its arguments; 0 when every file was read, 1 when one failed, 2 on misuse. */
export async function runInspect(args: string[], io: CliIO): Promise<number> {
  if (args.length === 0) {
    io.stderr(`inspect: at least one FILE expected\nusage: ${INSPECT_USAGE}\n`);
    return 2;
  }
  let status = 0;
  for (const file of args) {
    try {
      const { profile, graph } = await readInput(file, io);
      const warnings = profile.warnings.map(({ line, message }) => ({ line, message }));
      const report = { file, ok: true, profile, graph: graphStats(graph), warnings };
      io.stdout(`${JSON.stringify(report)}\n`);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      status = 1;
      const report = { file, ok: false, error: { line: error.line, message: error.message } };
      io.stdout(`${JSON.stringify(report)}\n`);
    }
  }
  return status;
}
