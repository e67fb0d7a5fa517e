// Registers <cn-charts>, guarded so a second copy of the library (or a worker) does not throw.
import { defineElement } from '../../dom/define-element';
import { CoauthorCharts } from './coauthor-charts.component';

export { CoauthorCharts };
export type * from './coauthor-charts.component';

defineElement('cn-charts', CoauthorCharts);
