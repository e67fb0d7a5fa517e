// Parser benchmark (`npm run bench:parse`): parseProfile() against text.split('\n') on 1–20 MB inputs.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { median } from 'd3-array';
import { performance } from 'node:perf_hooks';
import { ProfileParseError } from '../../src/profile/errors';
import { MAX_PROFILE_BYTES, parseProfile } from '../../src/profile/parse-profile';
import { generateProfile } from '../../src/synth/generate-profile';

const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 7));
const WARMUP = 2;
const MB = 1_000_000;
const TARGET_MB_PER_S = 20;

interface Input {
  name: string;
  text: string;
}

interface Row {
  name: string;
  mb: number;
  outcome: string;
  parseMs: number;
  splitMs: number;
}

/** Collects garbage between runs when Node runs with --expose-gc (as `npm run bench:parse` does). */
const exposedGc = (globalThis as { gc?: () => void }).gc;
const collectGarbage = exposedGc ?? (() => undefined);

/**
 * Median wall time of `run` in ms, after warm-up runs; at least RUNS runs, more for quick inputs
 * (up to 1 s of samples), each after a garbage collection so one run does not pay for another.
 */
function time(run: () => unknown): number {
  const samples: number[] = [];
  let spent = 0;
  for (let i = 0; i < WARMUP + RUNS || (spent < 1000 && samples.length < 50); i++) {
    collectGarbage();
    const start = performance.now();
    run();
    const elapsed = performance.now() - start;
    if (i >= WARMUP) {
      samples.push(elapsed);
      spent += elapsed;
    }
  }
  return median(samples) ?? Number.NaN;
}

/** What parsing gives: paper and warning counts, or where it failed. */
function outcome(text: string): string {
  try {
    const profile = parseProfile(text, { source: 'bench' });
    return `${profile.papers.length} papers, ${profile.warnings.length} warnings`;
  } catch (error) {
    if (error instanceof ProfileParseError) return `error at line ${error.line}: ${error.reason}`;
    throw error;
  }
}

function parseOrError(text: string): unknown {
  try {
    return parseProfile(text, { source: 'bench' });
  } catch (error) {
    if (error instanceof ProfileParseError) return error;
    throw error;
  }
}

/** A paper's first line: glued codes, `Mon D, YYYY`, optional `Code`. */
const DATE_LINE = /^[A-Z]*[A-Z][a-z]{2} \d{1,2}, \d{4}(?:Code)?$/m;

/**
 * The sample's paper blocks repeated until the text reaches `bytes`, under one header whose paper
 * counts match. Titles get a running number so that repeated papers stay distinct.
 */
function repeatSample(sample: string, bytes: number): string {
  const text = sample.trimEnd();
  const bodyStart = text.search(DATE_LINE);
  const header = text.slice(0, bodyStart).trimEnd();
  const blocks = text
    .slice(bodyStart)
    .split(new RegExp(`\n\n(?=${DATE_LINE.source.slice(1)})`, 'm'));
  const out: string[] = [];
  let size = Buffer.byteLength(header);
  for (let n = 0; size < bytes; n++) {
    const block = (blocks[n % blocks.length] as string).replace(/^(.*\n.*)/, `$1 (${n})`);
    out.push(block);
    size += Buffer.byteLength(block) + 2;
  }
  const counted = header
    .replace(/^\d+papers$/m, `${out.length}papers`)
    .replace(/^\d+ Papers$/m, `${out.length} Papers`);
  return `${counted}\n\n${out.join('\n\n')}\n`;
}

function measure(input: Input): Row {
  const { text } = input;
  const mb = Buffer.byteLength(text) / MB;
  let sink = 0;
  const parseMs = time(() => parseOrError(text));
  const splitMs = time(() => {
    sink += text.split('\n').length;
  });
  if (sink < 0) console.log(sink); // keeps the split from being optimised away
  return { name: input.name, mb, outcome: outcome(text), parseMs, splitMs };
}

function pad(value: string, width: number, left = false): string {
  return left ? value.padEnd(width) : value.padStart(width);
}

function printTable(rows: Row[]): void {
  const head = ['input', 'MB', 'parse ms', 'MB/s', 'split ms', 'MB/s', 'parse/split', 'result'];
  const widths = [24, 7, 9, 8, 9, 8, 11, 0];
  const line = (cells: string[]): string =>
    cells.map((cell, i) => pad(cell, widths[i] as number, i === 0 || i === 7)).join('  ');
  console.log(line(head));
  for (const row of rows) {
    console.log(
      line([
        row.name,
        row.mb.toFixed(2),
        row.parseMs.toFixed(row.parseMs < 10 ? 2 : 1),
        (row.mb / (row.parseMs / 1000)).toFixed(1),
        row.splitMs.toFixed(2),
        (row.mb / (row.splitMs / 1000)).toFixed(0),
        `${(row.parseMs / row.splitMs).toFixed(1)}×`,
        row.outcome,
      ]),
    );
  }
}

/** 1, 5 and 15 minute load averages of the machine. */
function loadAverage(): string {
  return os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(', ');
}

function main(): void {
  const cpus = os.cpus();
  console.log(
    `machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, Node ${process.version}, ${os.platform()} ${os.arch()}`,
  );
  console.log(`load average before the runs: ${loadAverage()} (other work skews the timings)`);
  console.log(
    `medians of ≥ ${RUNS} runs after ${WARMUP} warm-up runs, ${exposedGc ? 'a GC before each' : 'no --expose-gc'}; MB = 10^6 bytes of UTF-8; MAX_PROFILE_BYTES = ${(MAX_PROFILE_BYTES / MB).toFixed(1)} MB\n`,
  );

  const sample = readFileSync(new URL('../../data/glorioso.txt', import.meta.url), 'utf8');
  const inputs: Input[] = [];
  for (const papers of [1_000, 10_000, 30_000]) {
    const start = performance.now();
    const text = generateProfile({ papers, seed: 1 });
    const ms = performance.now() - start;
    console.log(
      `generated ${papers} papers (${(Buffer.byteLength(text) / MB).toFixed(2)} MB) in ${ms.toFixed(0)} ms`,
    );
    inputs.push({ name: `generated ${papers / 1000}k papers`, text });
  }
  const sampleSizes = [1, 5, 20];
  for (const size of sampleSizes)
    inputs.push({ name: `sample ×~${size} MB`, text: repeatSample(sample, size * MB) });
  const pathological: Input[] = [
    { name: '1 MB single line', text: 'x'.repeat(MB) },
    {
      name: '1 MB of LG + date',
      text: `Owner\n\n${'LG'.repeat(MB / 2)}Oct 28, 2022\nTitle\n\nA B\n`,
    },
    { name: '1 MB of commas', text: sample.replace('Aditya Cowsik, Tankut Can', ','.repeat(MB)) },
    {
      name: '100k spaces + date',
      text: sample.replace('LGOct 28, 2022', `${' '.repeat(100_000)}LGOct 28, 2022`),
    },
  ];
  console.log('');

  const rows = [...inputs, ...pathological].map(measure);
  printTable(rows);

  const regular = rows.slice(0, inputs.length);
  const slowest = Math.min(...regular.map((row) => row.mb / (row.parseMs / 1000)));
  const at = (size: number): Row => rows.find((row) => row.name === `sample ×~${size} MB`) as Row;
  const parsePerMb = [at(1), at(20)].map((row) => row.parseMs / row.mb) as [number, number];
  const splitPerMb = [at(1), at(20)].map((row) => row.splitMs / row.mb) as [number, number];
  // Plain split slows down per MB on big strings too (memory, GC): its ratio is the yardstick.
  console.log(
    `\nlinearity: parse ${parsePerMb[0].toFixed(1)} ms/MB at 1 MB, ${parsePerMb[1].toFixed(1)} ms/MB at 20 MB ` +
      `(ratio ${(parsePerMb[1] / parsePerMb[0]).toFixed(2)}; split's ratio ${(splitPerMb[1] / splitPerMb[0]).toFixed(2)}; 1.00 = linear)`,
  );
  console.log(`load average after the runs: ${loadAverage()}`);
  console.log(
    `target ≥ ${TARGET_MB_PER_S} MB/s: slowest regular input ${slowest.toFixed(1)} MB/s — ${slowest >= TARGET_MB_PER_S ? 'met' : 'NOT met'}`,
  );
}

main();
