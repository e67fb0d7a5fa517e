// Library entry: registers <coauthor-network> (once) and types its tag and events; in the
// library's own workers, serves their role instead.
import { defineElement } from '../components/define-element';
import { serveWorkerRole } from '../workers/serve-role';
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

// The library file is also the code of its own workers (start-worker.lib.ts): there, serve instead.
if (!serveWorkerRole()) defineElement('coauthor-network', CoauthorNetwork);

declare global {
  interface HTMLElementTagNameMap {
    'coauthor-network': CoauthorNetwork;
  }
  // Merging the event map into the DOM's makes addEventListener('coauthor-select', …) typed.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends CoauthorNetworkEventMap {}
}
