// The command line over the pure core: `npm run --silent cli -- <command> ...`.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { INSPECT_USAGE, runInspect } from './inspect';
import { type CliIO, PROCESS_IO } from './io';
import { LAYOUT_USAGE, runLayoutCommand } from './layout';

export const USAGE = `usage: npm run --silent cli -- <command> ...
  ${INSPECT_USAGE}
  ${LAYOUT_USAGE}
  --help
      this text`;

const COMMANDS = new Map<string, (args: string[], io: CliIO) => Promise<number>>([
  ['inspect', runInspect],
  ['layout', runLayoutCommand],
]);

/** Runs the command line on `argv` (without node and script) and returns the exit status. */
export async function main(argv: string[], io: CliIO = PROCESS_IO): Promise<number> {
  const [command, ...args] = argv;
  if (command === '--help' || command === '-h' || command === 'help' || args[0] === '--help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const run = command === undefined ? undefined : COMMANDS.get(command);
  if (run === undefined) {
    io.stderr(
      `${command === undefined ? 'no command given' : `unknown command "${command}"`}\n${USAGE}\n`,
    );
    return 2;
  }
  return run(args, io);
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && realpathSync(invokedPath) === fileURLToPath(import.meta.url)) {
  // A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  process.exitCode = await main(process.argv.slice(2));
}
