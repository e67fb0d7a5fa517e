// Starts a worker for a role: a tiny blob: script that names the role and imports the module that
// registered the roles (the library file itself, or the app's element chunk), so no code is shipped twice.
import { ROLE_GLOBAL } from './worker-role';

/** The module workers import: set by the entry point that serves the roles (setWorkerModule). */
let workerModule: string | null = null;

/** Names the module (an absolute URL, usually the entry point's `import.meta.url`) workers import. */
export function setWorkerModule(url: string): void {
  workerModule = url;
}

/**
 * The worker's bootstrap: name the role, hold messages until the module has loaded, then import
 * it. lit reads `document` and extends `HTMLElement` as it loads; a worker has neither, and the
 * worker code uses neither, so two inert stand-ins exist while the module loads. A failed import
 * is rethrown as an uncaught error, which the page sees as the worker's `error` event.
 */
export function bootstrapSource(moduleUrl: string, role: string): string {
  return `self.${ROLE_GLOBAL} = ${JSON.stringify(role)};
const held = [];
const hold = (event) => { event.stopImmediatePropagation(); held.push(event.data); };
self.addEventListener('message', hold);
const stand = !('document' in self);
if (stand) { self.HTMLElement = class {}; self.document = { createTreeWalker: () => ({}), createComment: () => ({}) }; }
import(${JSON.stringify(moduleUrl)}).then(() => {
  if (stand) { delete self.HTMLElement; delete self.document; }
  self.removeEventListener('message', hold);
  for (const data of held) self.dispatchEvent(new MessageEvent('message', { data }));
}, (error) => setTimeout(() => { throw error; }));
`;
}

/**
 * A new worker for `role` (the page's Content-Security-Policy must allow `worker-src blob:`).
 * Throws where workers cannot start (Node, no module registered): callers then work on the main thread.
 */
export function startWorker(role: string): Worker {
  if (workerModule === null) throw new Error('startWorker: no worker module was registered');
  if (typeof Worker === 'undefined') throw new Error('startWorker: this environment has no Worker');
  const blob = new Blob([bootstrapSource(workerModule, role)], { type: 'text/javascript' });
  const url = URL.createObjectURL(blob);
  try {
    return new Worker(url, { type: 'module' });
  } finally {
    // The worker has its own reference to the script once started.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
