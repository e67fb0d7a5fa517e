// The `gen` command line: the same bytes as generateProfile(), to stdout or a file, and usage errors.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGen } from '../../src/cli/gen';
import { generateProfile } from '../../src/synth/generate-profile';

function record(argv: string[]) {
  const out = { status: 0, stdout: '', stderr: '', files: new Map<string, string>() };
  out.status = runGen(argv, {
    stdout: (text) => (out.stdout += text),
    stderr: (text) => (out.stderr += text),
    writeFile: (path, text) => out.files.set(path, text),
  });
  return out;
}

describe('gen command line', () => {
  it('writes generateProfile({ papers, seed }) to standard output', () => {
    const run = record(['--papers', '25', '--seed', 'abc']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toBe(generateProfile({ papers: 25, seed: 'abc' }));
  });

  it('writes the same text to --out FILE, with the default seed when none is given', () => {
    const run = record(['--papers', '40', '--out', 'profile.txt']);
    expect(run).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect([...run.files]).toEqual([['profile.txt', generateProfile({ papers: 40 })]]);
  });

  it.each([
    { args: [], message: '--papers is required' },
    { args: ['--papers', '0'], message: '--papers must be an integer in 1..200000, got "0"' },
    { args: ['--papers', '2.5'], message: '--papers must be an integer in 1..200000, got "2.5"' },
    { args: ['--papers', '10', '--colour'], message: "Unknown option '--colour'" },
    { args: ['--papers', '10', 'extra'], message: "Unexpected argument 'extra'" },
  ])('exits with status 2 and says why for $args', ({ args, message }) => {
    const run = record(args);
    expect(run).toMatchObject({ status: 2, stdout: '' });
    expect(run.stderr).toContain(`gen: ${message}`);
    expect(run.stderr).toContain('usage: npm run gen');
  });

  it('runs as a script: node --import tsx src/cli/gen.ts prints the profile', () => {
    const cli = join(import.meta.dirname, '../../src/cli/gen.ts');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', cli, '--papers', '3', '--seed', '9'],
      {
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(generateProfile({ papers: 3, seed: 9 }));
  });
});
