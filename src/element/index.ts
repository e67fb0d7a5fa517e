// Library entry: registers <coauthor-network> (once) and types its tag and events; in the
// element's own workers, serves the job their bootstrap names instead.
import { defineElement } from '../dom/define-element';
import { serveOverlap } from '../layout/overlap-task';
import { servePipeline } from '../pipeline/pipeline-task';
import { serveWorkerRole } from '../workers/serve-role';
import { setWorkerModule } from '../workers/start-worker';
import { CoauthorNetwork } from './coauthor-network';
import type { CoauthorNetworkEventMap } from './events';

export { CoauthorNetwork };
export type {
  CoauthorNetworkEventMap,
  ErrorDetail,
  FilterDetail,
  ReadyDetail,
  SelectDetail,
} from './events';

/** The jobs the element hands to workers: parsing a large input, the layout's overlap removal. */
const WORKER_ROLES = { pipeline: servePipeline, overlap: serveOverlap };

// Workers import this very module (startWorker): there it serves, in a page it defines the element.
if (!serveWorkerRole(WORKER_ROLES)) {
  setWorkerModule(import.meta.url);
  defineElement('coauthor-network', CoauthorNetwork);
}

declare global {
  interface HTMLElementTagNameMap {
    'coauthor-network': CoauthorNetwork;
  }
  // Merging the event map into the DOM's makes addEventListener('coauthor-select', …) typed.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends CoauthorNetworkEventMap {}
}
