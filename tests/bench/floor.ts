// The bench's floor: the app's graph laid out by ForceAtlas2 and drawn by bare sigma, timed to the first frame.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import Sigma, { DEFAULT_STYLES } from 'sigma';
import type { FloorData, FloorLayout } from './floor-data';

/** What the page reports (times in ms from navigation). */
export interface FloorResult {
  /** After the frame that shows the laid-out graph. */
  painted: number;
  layout: FloorLayout;
  layoutMs: number;
  iterations: number;
  nodes: number;
  edges: number;
}

/** Resolves after the next frame is presented: a task queued from its animation callbacks runs after it. */
const afterPaint = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Runs `iterations` of ForceAtlas2 in its worker; each reply from the worker is one iteration. */
function layOutInWorker(graph: Graph, iterations: number): Promise<void> {
  const layout = new FA2Layout(graph, { settings: forceAtlas2.inferSettings(graph) });
  return new Promise<void>((resolve) => {
    let done = 0;
    const onIteration = (): void => {
      if (++done < iterations) return;
      // Stopped, not killed, here: the supervisor still writes its matrices after this event.
      layout.stop();
      graph.off('eachNodeAttributesUpdated', onIteration);
      resolve();
    };
    graph.on('eachNodeAttributesUpdated', onIteration);
    layout.start();
  }).then(() => void layout.kill());
}

/**
 * ForceAtlas2 iterations to run: `?iterations=` (a positive integer) in place of the data's, the
 * app's count; only for a graph the floor lays out.
 */
function iterationsOf(params: URLSearchParams, data: FloorData): number {
  const asked = params.get('iterations');
  if (asked === null) return data.iterations;
  const iterations = Number(asked);
  if (!Number.isInteger(iterations) || iterations < 1) {
    throw new Error(`floor: ?iterations=${asked}: a positive integer expected`);
  }
  if (data.layout === 'none')
    throw new Error('floor: ?iterations= for a graph it does not lay out');
  return iterations;
}

async function drawFloor(): Promise<FloorResult> {
  const params = new URL(location.href).searchParams;
  const source = params.get('data');
  if (!source) throw new Error('floor: no ?data=');
  const data = (await (await fetch(source)).json()) as FloorData;
  const iterations = iterationsOf(params, data);
  const graph = new Graph({ type: 'undirected' });
  // The bench reads the final positions from it once the result is in.
  (window as unknown as { benchGraph: Graph }).benchGraph = graph;
  for (const [key, x, y, size, color, label, labelSize, labelVisibility] of data.nodes) {
    graph.addNode(
      key,
      label === null
        ? { x, y, size, color }
        : { x, y, size, color, label, labelSize, labelVisibility },
    );
  }
  for (const [source, target] of data.edges) graph.addEdge(source, target);

  const started = performance.now();
  if (data.layout === 'sync') {
    forceAtlas2.assign(graph, {
      iterations,
      settings: forceAtlas2.inferSettings(graph),
    });
  } else if (data.layout === 'worker') {
    await layOutInWorker(graph, iterations);
  }
  const layoutMs = performance.now() - started;

  new Sigma(graph, document.getElementById('graph')!, {
    styles: {
      nodes: [
        DEFAULT_STYLES.nodes,
        {
          labelSize: { attribute: 'labelSize', defaultValue: 12 },
          labelVisibility: { attribute: 'labelVisibility', defaultValue: 'hidden' },
        },
      ],
      edges: [DEFAULT_STYLES.edges, { color: data.edgeColor, opacity: data.edgeOpacity }],
    },
    // The app's: sizes in layout units framed with the positions, every label may be drawn.
    settings: { autoRescaleContent: 'positions', labelRenderedSizeThreshold: 0 },
  });
  await afterPaint();
  return {
    painted: performance.now(),
    layout: data.layout,
    layoutMs,
    iterations,
    nodes: graph.order,
    edges: graph.size,
  };
}

(window as unknown as { benchResult: Promise<FloorResult> }).benchResult = drawFloor();
