// Command line of the synthetic-profile generator: `npm run gen -- --papers N [--seed S] [--out FILE]`.
import { realpathSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateProfile, MAX_GENERATED_PAPERS } from '../synth/generate-profile';

const USAGE = `usage: npm run gen -- --papers N [--seed S] [--out FILE]
  --papers N   number of papers, 1..${MAX_GENERATED_PAPERS}
  --seed S     seed (any text; default ${DEFAULT_SEED}): same seed and N give the same bytes
  --out FILE   write to FILE instead of standard output`;

/** Where the command writes; the real process by default, a recorder in tests. */
export interface GenIO {
  stdout(text: string): void;
  stderr(text: string): void;
  writeFile(path: string, text: string): void;
}

const PROCESS_IO: GenIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
};

/** Runs the command on `argv` (without node and script) and returns the exit status. */
export function runGen(argv: string[], io: GenIO = PROCESS_IO): number {
  const fail = (message: string): number => {
    io.stderr(`gen: ${message}\n${USAGE}\n`);
    return 2;
  };
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        papers: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return fail((error as Error).message);
  }
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (values.papers === undefined) return fail('--papers is required');
  const papers = Number(values.papers);
  if (!/^\d+$/.test(values.papers) || papers < 1 || papers > MAX_GENERATED_PAPERS) {
    return fail(
      `--papers must be an integer in 1..${MAX_GENERATED_PAPERS}, got "${values.papers}"`,
    );
  }
  const text = generateProfile({ papers, seed: values.seed ?? DEFAULT_SEED });
  if (values.out === undefined) io.stdout(text);
  else io.writeFile(values.out, text);
  return 0;
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && realpathSync(invokedPath) === fileURLToPath(import.meta.url)) {
  // A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  process.exitCode = runGen(process.argv.slice(2));
}
