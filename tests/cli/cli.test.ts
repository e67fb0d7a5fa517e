import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGraphJson } from '../../src/graph/graph-json';
import { parseProfile } from '../../src/profile/parse-profile';

const SAMPLE = 'data/glorioso.txt';
const NO_AUTHORS = 'tests/fixtures/cli/no-authors.txt';
const LISTED_TWICE = 'tests/fixtures/cli/listed-twice.txt';
const SAMPLE_GRAPH = { authors: 9, papers: 6, authorships: 19, coauthorPairs: 14 };

/** Runs the real command line (as `npm run cli` does, through tsx) from the repository root. */
function cli(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  const lines = run.stdout.split('\n').filter(Boolean);
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, lines };
}

const scratch = mkdtempSync(join(tmpdir(), 'coauthor-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('command line', { timeout: 30_000 }, () => {
  it('inspect prints the sample as one JSON line and exits 0', () => {
    const { status, lines, stderr } = cli(['inspect', SAMPLE]);
    expect([status, stderr, lines.length]).toEqual([0, '', 1]);
    const report = JSON.parse(lines[0] as string);
    expect(Object.keys(report)).toEqual(['file', 'ok', 'profile', 'graph', 'warnings']);
    expect(report).toEqual({
      file: SAMPLE,
      ok: true,
      profile: parseProfile(readFileSync(SAMPLE, 'utf8'), { source: SAMPLE }),
      graph: SAMPLE_GRAPH,
      warnings: [],
    });
  });

  it('inspect reports each file, a bad and a missing one as errors with their line, and exits 1', () => {
    const { status, lines, stderr } = cli([
      'inspect',
      NO_AUTHORS,
      SAMPLE,
      'tests/fixtures/cli/nope.txt',
    ]);
    expect([status, stderr, lines.length]).toEqual([1, '', 3]);
    const [bad, good, missing] = lines.map((line) => JSON.parse(line));
    expect(bad).toEqual({
      file: NO_AUTHORS,
      ok: false,
      error: { line: 7, message: expect.any(String) },
    });
    expect(bad.error.message).toMatch(
      /^tests\/fixtures\/cli\/no-authors\.txt:7: expected the author list/,
    );
    expect([good.file, good.ok, good.graph]).toEqual([SAMPLE, true, SAMPLE_GRAPH]);
    expect(missing).toEqual({
      file: 'tests/fixtures/cli/nope.txt',
      ok: false,
      error: {
        line: 0,
        message: 'tests/fixtures/cli/nope.txt:0: cannot read the file: no such file',
      },
    });
  });

  it('inspect - reads standard input and passes the warnings on', () => {
    const text = readFileSync(LISTED_TWICE, 'utf8');
    const { status, lines } = cli(['inspect', '-'], text);
    expect(status).toBe(0);
    expect(JSON.parse(lines[0] as string)).toEqual({
      file: '-',
      ok: true,
      profile: parseProfile(text, { source: 'stdin' }),
      graph: { authors: 2, papers: 1, authorships: 2, coauthorPairs: 1 },
      warnings: [
        { line: 8, message: 'author "ann lee" is listed twice (as "Ann Lee"); kept once' },
      ],
    });
  });

  it('layout writes a graph file that parseGraphJson() accepts and sums up on stderr', () => {
    const out = join(scratch, 'sample.json');
    const { status, stdout, stderr } = cli(['layout', SAMPLE, '-o', out, '--seed', '7']);
    expect([status, stdout]).toEqual([0, '']);
    expect(stderr).toMatch(
      new RegExp(
        `^layout: ${SAMPLE}: 15 nodes, 19 edges, 500 iterations, quality 0\\.\\d{3}, 0 overlaps, \\d+ ms → ${out}\\n$`,
      ),
    );
    const { profile, graph } = parseGraphJson(readFileSync(out, 'utf8'), out);
    expect(profile.owner).toBe('Paolo Glorioso');
    expect([graph.order, graph.size]).toEqual([15, 19]);
    graph.forEachNode((_node, { x, y }) => {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    });
  });
});
