// Helpers of the embed tests: build the library file, count WebGL contexts and workers, measure ink.
import type { Locator, Page } from 'playwright-core';
import { build } from 'vite';

/** Builds the library (`vite build --mode lib`, the config of `npm run build`) into `outDir`. */
export async function buildLibrary(outDir: string): Promise<void> {
  await build({
    configFile: 'vite.config.ts',
    mode: 'lib',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

export interface PageCounters {
  /** WebGL contexts handed out by canvases so far. */
  contexts: number;
  /** Those not lost: sigma's kill() loses its context. */
  liveContexts: number;
  workers: number;
  /** Workers created and not terminated. */
  liveWorkers: number;
  /** `error` events of workers: one that failed to start or to load the library. */
  workerErrors: number;
}

/**
 * Runs before any page script: wraps `getContext` to remember every WebGL context and `Worker` to
 * count the workers alive (created, not terminated).
 */
export const COUNTERS_INIT_SCRIPT = `(() => {
  const counters = { contexts: [], workers: 0, liveWorkers: 0, workerErrors: 0 };
  Object.defineProperty(window, '__embedCounters', { value: counters });
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const context = getContext.call(this, type, ...rest);
    if ((type === 'webgl2' || type === 'webgl') && context && !counters.contexts.includes(context)) {
      counters.contexts.push(context);
    }
    return context;
  };
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
          contexts: WebGL2RenderingContext[];
          workers: number;
          liveWorkers: number;
          workerErrors: number;
        };
      }
    ).__embedCounters;
    return {
      contexts: c.contexts.length,
      liveContexts: c.contexts.filter((context) => !context.isContextLost()).length,
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
  const png = await stage.screenshot();
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D context');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.hypot(255 - data[i]!, 255 - data[i + 1]!, 255 - data[i + 2]!) > 60) inked += 1;
    }
    return inked / (data.length / 4);
  }, png.toString('base64'));
}

/** Waits until the element `selector` has laid out and drawn its input (its `ready` settles). */
export async function elementReady(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(() => customElements.get('coauthor-network') !== undefined);
  await page.evaluate(async (s) => {
    const element = document.querySelector(s);
    if (!element) throw new Error(`no ${s} on the page`);
    await (element as HTMLElementTagNameMap['coauthor-network']).ready;
  }, selector);
}
