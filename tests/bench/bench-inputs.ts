// The bench's inputs, written into the served folder: profiles, a graph file, and the same graphs for the floor and the comparisons.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AbstractGraph } from 'graphology-types';
import { buildGraph } from '../../src/graph/build-graph';
import { parseGraphJson, serializeGraph } from '../../src/graph/graph-json';
import { runLayout } from '../../src/layout/run-layout';
import { parseProfile } from '../../src/profile/parse-profile';
import { generateProfile } from '../../src/synth/generate-profile';
import { qualityOf } from './bench-quality';
import { floorData, type FloorData } from './floor-data';

const root = new URL('../../', import.meta.url);

export interface Input {
  name: string;
  /** Papers of a generated profile; null for the sample and the graph file. */
  papers: number | null;
  /** Path of the app's page for this input. */
  app: string;
  /** URL of the floor's data (floor-data.ts) for this input. */
  floor: string;
  /** URL of the { nodes, edges } JSON for Cytoscape.js and vis-network, or null. */
  graph: string | null;
  /**
   * The bench's own graph of this input, keyed as every page keys its nodes: each contender's
   * final positions are judged on it (bench-quality.ts).
   */
  network: AbstractGraph;
  /** The quality of the floor's start: the seeded disc, or a graph file's own positions. */
  startQuality: number;
}

/** The quality of the positions the floor starts from. */
const startQualityOf = (graph: AbstractGraph, data: FloorData, name: string): number =>
  qualityOf(
    graph,
    data.nodes.map(([key, x, y]) => [key, x, y]),
    `${name} start`,
  );

export interface InputOptions {
  /** Papers of the generated profiles. */
  sizes: number[];
  /** Papers of the precomputed graph file (0: none). */
  precomputed: number;
  /** A graph file of that profile written before by `npm run cli -- layout`. */
  precomputedFile?: string;
}

/** The comparison libraries' page and scripts, beside the inputs. */
function copyComparePage(dir: string): void {
  copyFileSync(new URL('tests/bench/compare.html', root), join(dir, 'compare.html'));
  copyFileSync(
    new URL('node_modules/cytoscape/dist/cytoscape.min.js', root),
    join(dir, 'cytoscape.min.js'),
  );
  copyFileSync(
    new URL('node_modules/vis-network/standalone/umd/vis-network.min.js', root),
    join(dir, 'vis-network.min.js'),
  );
}

/**
 * Writes the inputs into `<outDir>/bench/` (served at `/bench/`): the sample and the generated
 * profiles with their floor data and plain graphs, and the graph file of `precomputed` papers.
 */
export function writeInputs(outDir: string, options: InputOptions): Input[] {
  const dir = join(outDir, 'bench');
  mkdirSync(dir, { recursive: true });
  copyComparePage(dir);
  const write = (file: string, text: string): string => {
    writeFileSync(join(dir, file), text);
    return `/bench/${file}`;
  };
  const profileInput = (name: string, papers: number | null, file: string, text: string) => {
    const profile = parseProfile(text);
    const graph = buildGraph(profile);
    const data = floorData(graph, profile);
    return {
      floor: write(`${file}.floor.json`, JSON.stringify(data)),
      graph: write(
        `${file}.graph.json`,
        JSON.stringify({ nodes: graph.nodes(), edges: graph.mapEdges((_e, _a, s, t) => [s, t]) }),
      ),
      name,
      papers,
      network: graph as AbstractGraph,
      startQuality: startQualityOf(graph as AbstractGraph, data, name),
    };
  };

  const sample = readFileSync(new URL('data/glorioso.txt', root), 'utf8');
  const inputs: Input[] = [{ ...profileInput('sample', null, 'sample', sample), app: '/' }];
  for (const papers of options.sizes) {
    const text = generateProfile({ papers, seed: 1 });
    const src = write(`gen-${papers}.txt`, text);
    inputs.push({
      ...profileInput(`${papers.toLocaleString('en')} papers`, papers, `gen-${papers}`, text),
      app: `/?src=${src}`,
    });
  }
  if (options.precomputed > 0) inputs.push(graphFileInput(options, write));
  return inputs;
}

/**
 * The graph file of `precomputed` papers (laid out here as `cli layout` does, unless a file is
 * given), and floor data of the graph read back from it: the floor draws it without a layout.
 */
function graphFileInput(
  { precomputed, precomputedFile }: InputOptions,
  write: (file: string, text: string) => string,
): Input {
  let file: string;
  if (precomputedFile) {
    file = readFileSync(precomputedFile, 'utf8');
  } else {
    const profile = parseProfile(generateProfile({ papers: precomputed, seed: 1 }));
    const graph = buildGraph(profile);
    const started = performance.now();
    runLayout.assign(graph);
    const seconds = (performance.now() - started) / 1000;
    console.log(`layout of ${precomputed} papers in Node (as cli layout): ${seconds.toFixed(1)} s`);
    file = serializeGraph(graph, profile);
  }
  const { profile, graph } = parseGraphJson(file, `gen-${precomputed}.json`);
  const name = `${precomputed.toLocaleString('en')} laid out (graph file)`;
  const data = floorData(graph, profile, true);
  return {
    name,
    papers: null,
    app: `/?src=${write(`gen-${precomputed}.json`, file)}`,
    floor: write(`gen-${precomputed}.file.floor.json`, JSON.stringify(data)),
    graph: null,
    network: graph as AbstractGraph,
    startQuality: startQualityOf(graph as AbstractGraph, data, name),
  };
}
