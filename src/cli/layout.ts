// `layout FILE [-o OUT] [--seed N] [--iterations N]`: lays a profile out and writes the graph file.
import { parseArgs } from 'node:util';
import { serializeGraph } from '../graph/graph-json';
import { layoutQuality } from '../layout/layout-quality';
import { DEFAULT_LAYOUT_OPTIONS, runLayout } from '../layout/run-layout';
import type { CliIO } from './io';
import { InputError, readInput, STDIN_NAME } from './read-input';

export const LAYOUT_USAGE = `layout FILE [-o OUT] [--seed N] [--iterations N]
      lay FILE (a profile or a graph file) out and write the graph file to OUT (default: standard
      output); --seed defaults to ${DEFAULT_LAYOUT_OPTIONS.seed}, --iterations (of the whole graph) to a count
      from the graph's size. It reports the iterations and the layout's quality: the mean edge
      length over the mean distance of random node pairs (lower is better; a random scatter is 1)`;

/** Runs `layout`; 0 on success, 1 when the input or the output fails, 2 on misuse. */
export async function runLayoutCommand(args: string[], io: CliIO): Promise<number> {
  const misuse = (message: string): number => {
    io.stderr(`layout: ${message}\nusage: ${LAYOUT_USAGE}\n`);
    return 2;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        output: { type: 'string', short: 'o' },
        seed: { type: 'string' },
        iterations: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return misuse((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return misuse('exactly one FILE expected');
  const seed = values.seed === undefined ? DEFAULT_LAYOUT_OPTIONS.seed : integer(values.seed);
  if (seed === null || seed < 0 || seed > 0xffffffff) {
    return misuse(`--seed must be an integer in 0..4294967295, got "${values.seed}"`);
  }
  const iterations = values.iterations === undefined ? 'auto' : integer(values.iterations);
  if (iterations === null || (iterations !== 'auto' && iterations < 1)) {
    return misuse(`--iterations must be a positive integer, got "${values.iterations}"`);
  }

  const file = positionals[0] as string;
  const started = performance.now();
  let input;
  try {
    input = await readInput(file, io);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(`${error.message}\n`);
    return 1;
  }
  const { profile, graph } = input;
  const name = file === '-' ? STDIN_NAME : file;
  for (const warning of profile.warnings) {
    io.stderr(`${name}:${warning.line}: warning: ${warning.message}\n`);
  }
  const result = runLayout.assign(graph, { seed, iterations });
  const text = `${serializeGraph(graph, profile)}\n`;
  const output = values.output;
  if (output === undefined || output === '-') {
    io.stdout(text);
  } else {
    try {
      io.writeFile(output, text);
    } catch (error) {
      io.stderr(`${output}:0: cannot write the file: ${(error as Error).message}\n`);
      return 1;
    }
  }
  const ms = Math.round(performance.now() - started);
  const first = result.coauthorIterations
    ? `${result.coauthorIterations} iterations of the coauthor network, then `
    : '';
  const quality = layoutQuality(graph);
  io.stderr(
    `layout: ${name}: ${graph.order} nodes, ${graph.size} edges, ${first}${result.iterations} iterations, ` +
      `quality ${Number.isNaN(quality) ? '–' : quality.toFixed(3)}, ${result.overlaps} overlaps, ` +
      `${ms} ms${output && output !== '-' ? ` → ${output}` : ''}\n`,
  );
  return 0;
}

function integer(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : null;
}
