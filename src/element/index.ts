// Library entry: registers <coauthor-network> (once) and types its tag and events.
import { defineElement } from '../components/define-element';
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

defineElement('coauthor-network', CoauthorNetwork);

declare global {
  interface HTMLElementTagNameMap {
    'coauthor-network': CoauthorNetwork;
  }
  // Merging the event map into the DOM's makes addEventListener('coauthor-select', …) typed.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends CoauthorNetworkEventMap {}
}
