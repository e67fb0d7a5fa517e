// Helpers of the embed tests: count workers, measure ink.
import type { Locator, Page } from 'playwright-core';
import { pngInkedShare } from './network-page';

export interface PageCounters {
  workers: number;
  /** Workers created and not terminated. */
  liveWorkers: number;
  /** `error` events of workers: one that failed to start or to load the library. */
  workerErrors: number;
}

/** Runs before any page script: wraps `Worker` to count the workers alive (created, not terminated). */
export const COUNTERS_INIT_SCRIPT = `(() => {
  const counters = { workers: 0, liveWorkers: 0, workerErrors: 0 };
  Object.defineProperty(window, '__embedCounters', { value: counters });
  const NativeWorker = window.Worker;
  window.Worker = class CountedWorker extends NativeWorker {
    constructor(...args) {
      super(...args);
      this.alive = true;
      counters.workers += 1;
      counters.liveWorkers += 1;
      this.addEventListener('error', () => (counters.workerErrors += 1));
    }
    terminate() {
      if (this.alive) counters.liveWorkers -= 1;
      this.alive = false;
      super.terminate();
    }
  };
})();`;

export function readCounters(page: Page): Promise<PageCounters> {
  return page.evaluate(() => {
    const c = (
      window as unknown as {
        __embedCounters: {
          workers: number;
          liveWorkers: number;
          workerErrors: number;
        };
      }
    ).__embedCounters;
    return {
      workers: c.workers,
      liveWorkers: c.liveWorkers,
      workerErrors: c.workerErrors,
    };
  });
}

/** Hides what floats over the canvas (through the element's parts), so ink measures the drawing. */
export const HIDE_OVERLAYS_CSS = `coauthor-network::part(toolbar), coauthor-network::part(legend),
coauthor-network::part(progress), coauthor-network::part(panel), coauthor-network::part(error) {
  visibility: hidden !important;
}`;

/**
 * Share of the pixels of the canvas area (`::part(graph)`) of `element` further than 60 from white,
 * on a real screenshot, with the overlays hidden.
 */
export async function canvasInk(page: Page, element: Locator): Promise<number> {
  await page.addStyleTag({ content: HIDE_OVERLAYS_CSS });
  const stage = element.locator('.stage');
  await stage.scrollIntoViewIfNeeded();
  return pngInkedShare(page, await stage.screenshot(), [255, 255, 255]);
}
