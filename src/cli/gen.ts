// Command line of the synthetic-profile generator: `npm run gen -- --papers N [--seed S] [--out FILE]`.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateProfile, MAX_GENERATED_PAPERS } from '../synth/generate-profile';

const USAGE = `usage: npm run gen -- --papers N [--seed S] [--out FILE]
  --papers N   number of papers, 1..${MAX_GENERATED_PAPERS}
  --seed S     seed (any text; default ${DEFAULT_SEED}): same seed and N give the same bytes
  --out FILE   write to FILE instead of standard output`;

function fail(message: string): never {
  process.stderr.write(`gen: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function main(argv: string[]): void {
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
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (values.papers === undefined) fail('--papers is required');
  const papers = Number(values.papers);
  if (!/^\d+$/.test(values.papers) || papers < 1 || papers > MAX_GENERATED_PAPERS) {
    fail(`--papers must be an integer in 1..${MAX_GENERATED_PAPERS}, got "${values.papers}"`);
  }
  const text = generateProfile({ papers, seed: values.seed ?? DEFAULT_SEED });
  if (values.out !== undefined) writeFileSync(values.out, text, 'utf8');
  else process.stdout.write(text);
}

main(process.argv.slice(2));
