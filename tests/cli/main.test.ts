import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { parseGraphJson } from '../../src/graph/graph-json';
import { layoutQuality } from '../../src/layout/layout-quality';
import {
  COAUTHOR_ITERATIONS,
  FROM_COAUTHORS_ITERATIONS,
  runLayout,
} from '../../src/layout/run-layout';
import { generateProfile } from '../../src/synth/generate-profile';
import { parseProfile } from '../../src/profile/parse-profile';
import type { CliIO } from '../../src/cli/io';
import { main, USAGE } from '../../src/cli/main';
import { filed } from '../graph/filed';

/** An in-memory CliIO: files from a table, everything written recorded. */
function recorder(files: Record<string, string> = {}, stdin = '') {
  const out = { stdout: '', stderr: '', written: {} as Record<string, string> };
  const io: CliIO = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    readFile: (path) => {
      if (path in files) return files[path] as string;
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    },
    readStdin: async () => stdin,
    writeFile: (path, text) => void (out.written[path] = text),
  };
  return { io, out };
}

const SAMPLE_TEXT = readFileSync('data/glorioso.txt', 'utf8');

describe('main()', () => {
  const usageCases = [
    {
      name: '--help',
      input: ['--help'],
      expected: { status: 0, stdout: `${USAGE}\n`, stderr: '' },
    },
    {
      name: 'layout --help',
      input: ['layout', '--help'],
      expected: { status: 0, stdout: `${USAGE}\n`, stderr: '' },
    },
    {
      name: 'no command',
      input: [],
      expected: { status: 2, stdout: '', stderr: `no command given\n${USAGE}\n` },
    },
    {
      name: 'an unknown command',
      input: ['toString'],
      expected: { status: 2, stdout: '', stderr: `unknown command "toString"\n${USAGE}\n` },
    },
  ];
  for (const { name, input, expected } of usageCases) {
    it(`answers ${name} with the usage`, async () => {
      const { io, out } = recorder();
      const status = await main(input, io);
      expect({ status, stdout: out.stdout, stderr: out.stderr }).toEqual(expected);
    });
  }

  const misuseCases = [
    {
      name: 'a seed that is not a number',
      input: ['--seed', 'x'],
      expected: '--seed must be an integer in 0..4294967295, got "x"',
    },
    {
      name: 'zero iterations',
      input: ['--iterations', '0'],
      expected: '--iterations must be a positive integer, got "0"',
    },
    { name: 'an unknown option', input: ['--fast'], expected: "Unknown option '--fast'" },
    { name: 'two files', input: ['other.txt'], expected: 'exactly one FILE expected' },
  ];
  for (const { name, input, expected } of misuseCases) {
    it(`layout refuses ${name} with status 2`, async () => {
      const { io, out } = recorder({ 'p.txt': SAMPLE_TEXT });
      expect(await main(['layout', 'p.txt', ...input], io)).toBe(2);
      expect(out.stderr).toContain(`layout: ${expected}`);
    });
  }

  it('layout prints a bad profile as file:line: message and exits 1', async () => {
    const { io, out } = recorder({
      'bad.txt': 'Zoë Smith\n\n1 Papers\n\nLGOct 28, 2022\nA title\n',
    });
    expect(await main(['layout', 'bad.txt'], io)).toBe(1);
    expect(out.stderr).toMatch(/^bad\.txt:7: expected the author list[^\n]*\n$/);
    expect(out.stdout).toBe('');
  });

  it('layout writes to standard output the same graph runLayout.assign() gives', async () => {
    const { io, out } = recorder({ 'p.txt': SAMPLE_TEXT });
    expect(await main(['layout', 'p.txt', '--seed', '3', '--iterations', '80'], io)).toBe(0);
    const { graph } = parseGraphJson(out.stdout, 'stdout');
    const expected = buildGraph(parseProfile(SAMPLE_TEXT, { source: 'p.txt' }));
    runLayout.assign(expected, { seed: 3, iterations: 80 });
    expect(graph.export()).toEqual(filed(expected).export());
    expect(out.stderr).toMatch(
      /^layout: p\.txt: 15 nodes, 19 edges, 80 iterations, quality 0\.\d{3}, 0 overlaps, \d+ ms\n$/,
    );
  });

  it('layout reports a large profile laid out from its coauthor network first, and its quality', async () => {
    const text = generateProfile({ papers: 800, seed: 3 });
    const { io, out } = recorder({ 'big.txt': text });
    expect(await main(['layout', 'big.txt', '-o', 'big.json'], io)).toBe(0);
    const { graph } = parseGraphJson(out.written['big.json']!, 'big.json');
    expect(out.stderr).toMatch(
      new RegExp(
        `^layout: big\\.txt: 1219 nodes, ${graph.size} edges, ${COAUTHOR_ITERATIONS} iterations of the coauthor network, ` +
          `then ${FROM_COAUTHORS_ITERATIONS} iterations, quality ${layoutQuality(graph).toFixed(3).replace('.', '\\.')}, 0 overlaps, \\d+ ms → big\\.json\\n$`,
      ),
    );
  });

  it('layout lays a graph file out again from standard input', async () => {
    const first = recorder({ 'p.txt': SAMPLE_TEXT });
    await main(['layout', 'p.txt'], first.io);
    const again = recorder({}, first.out.stdout);
    expect(await main(['layout', '-', '-o', 'again.json', '--seed', '2'], again.io)).toBe(0);
    const { graph } = parseGraphJson(again.out.written['again.json'] as string, 'again.json');
    const expected = buildGraph(parseProfile(SAMPLE_TEXT));
    runLayout.assign(expected, { seed: 2 });
    expect(graph.export()).toEqual(filed(expected).export());
  });

  it('inspect reads a graph file as well as a profile', async () => {
    const laid = recorder({ 'p.txt': SAMPLE_TEXT });
    await main(['layout', 'p.txt', '-o', 'g.json'], laid.io);
    const { io, out } = recorder({ 'g.json': laid.out.written['g.json'] as string });
    expect(await main(['inspect', 'g.json'], io)).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual({
      file: 'g.json',
      ok: true,
      profile: parseProfile(SAMPLE_TEXT, { source: 'p.txt' }),
      graph: { authors: 9, papers: 6, authorships: 19, coauthorPairs: 14 },
      warnings: [],
    });
  });
});
