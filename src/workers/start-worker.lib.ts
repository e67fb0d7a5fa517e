// Starts a worker for a role in the one-file library: the worker imports the library file itself,
// so its code is not shipped a second time inside the file.
import type { WorkerRole } from './worker-role';
import { ROLE_GLOBAL } from './serve-role';

/**
 * The worker's bootstrap: name the role, hold messages until the library has loaded, then import
 * it. lit reads `document` and extends `HTMLElement` as it loads; a worker has neither, and the
 * worker code uses neither, so two inert stand-ins exist while the library loads. A failed import
 * is rethrown as an uncaught error, which the page sees as the worker's `error` event (and falls
 * back to the main thread).
 */
export function bootstrapSource(libraryUrl: string, role: WorkerRole): string {
  return `self.${ROLE_GLOBAL} = ${JSON.stringify(role)};
const held = [];
const hold = (event) => { event.stopImmediatePropagation(); held.push(event.data); };
self.addEventListener('message', hold);
const stand = !('document' in self);
if (stand) { self.HTMLElement = class {}; self.document = { createTreeWalker: () => ({}), createComment: () => ({}) }; }
import(${JSON.stringify(libraryUrl)}).then(() => {
  if (stand) { delete self.HTMLElement; delete self.document; }
  self.removeEventListener('message', hold);
  for (const data of held) self.dispatchEvent(new MessageEvent('message', { data }));
}, (error) => setTimeout(() => { throw error; }));
`;
}

/** A new worker for `role` (needs `worker-src blob:`); throws where workers cannot start. */
export function startWorker(role: WorkerRole): Worker {
  const blob = new Blob([bootstrapSource(import.meta.url, role)], { type: 'text/javascript' });
  const url = URL.createObjectURL(blob);
  try {
    return new Worker(url, { type: 'module' });
  } finally {
    // The worker has its own reference to the script once started.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
