// @vitest-environment jsdom
// <cn-charts> with a large profile: its first charts are drawn one chart a task after the
// network's first frame, and an update that comes in between queues the charts already drawn again.
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { buildGraph } from '../../../src/graph/build-graph';
import { parseProfile } from '../../../src/profile/parse-profile';
import { generateProfile } from '../../../src/synth/generate-profile';

type Chart = 'timeline' | 'categories' | undefined;
interface ChartsInternals extends HTMLElement {
  profile: unknown;
  graph: unknown;
  width: number;
  updateComplete: Promise<boolean>;
  draw(only?: Chart): void;
}

const profile = parseProfile(generateProfile({ papers: 1200, seed: 5 }));
const graph = buildGraph(profile);

beforeAll(async () => {
  // jsdom has no layout: no sizes to observe, no frames to wait for (a task stands for one),
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe(): void {}
      disconnect(): void {}
    },
  );
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
    setTimeout(() => callback(performance.now()), 0),
  );
  // Nor text metrics: the category labels are fitted by their length.
  Object.assign(SVGElement.prototype, {
    getComputedTextLength(this: SVGElement) {
      return (this.textContent ?? '').length * 6;
    },
  });
  await import('../../../src/components/charts/coauthor-charts');
});

afterEach(() => document.body.replaceChildren());

/** A connected <cn-charts> whose draw() calls are recorded; `during` runs after each call. */
function charts(during: (drawn: Chart[], element: ChartsInternals) => void = () => {}) {
  const element = document.createElement('cn-charts') as unknown as ChartsInternals;
  const drawn: Chart[] = [];
  const draw = element.draw.bind(element);
  element.draw = (only?: Chart) => {
    drawn.push(only);
    draw(only);
    during(drawn, element);
  };
  document.body.append(element);
  return { element, drawn };
}

/** Lets the deferred drawing run to its end: frames and tasks are timers here. */
async function settled(element: ChartsInternals): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
  }
}

const timelineWidth = (element: ChartsInternals): string | null | undefined =>
  element.shadowRoot?.querySelector('svg.timeline-chart')?.getAttribute('width');

describe('<cn-charts> with 1,000 papers or more', () => {
  test('draws the timeline, then the categories in another task, after two frames', async () => {
    const { element, drawn } = charts();
    element.width = 700;
    element.profile = profile;
    element.graph = graph;
    await element.updateComplete;
    expect(drawn).toEqual([]); // nothing before the network's frame
    await settled(element);
    expect(drawn).toEqual(['timeline', 'categories']);
    expect(timelineWidth(element)).toBe('700');
  });

  test('an update between the two draws queues the timeline again, one chart a task', async () => {
    const { element, drawn } = charts((calls, target) => {
      if (calls.length === 1) target.width = 900; // the width settles after the timeline was drawn
    });
    element.width = 700;
    element.profile = profile;
    element.graph = graph;
    await settled(element);
    expect(drawn).toEqual(['timeline', 'categories', 'timeline']);
    expect(timelineWidth(element)).toBe('900');
  });

  test('an update after both draws queues both again', async () => {
    const { element, drawn } = charts((calls, target) => {
      if (calls.length === 2) target.width = 900;
    });
    element.width = 700;
    element.profile = profile;
    element.graph = graph;
    await settled(element);
    expect(drawn).toEqual(['timeline', 'categories', 'timeline', 'categories']);
    expect(timelineWidth(element)).toBe('900');
  });
});
