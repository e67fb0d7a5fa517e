// Registers <coauthor-charts>, guarded so a second copy of the library does not throw.
import { CoauthorCharts } from './coauthor-charts.component';

export { CoauthorCharts };
export type * from './coauthor-charts.component';

if (!customElements.get('coauthor-charts')) {
  customElements.define('coauthor-charts', CoauthorCharts);
}
