// <cn-charts>: a profile's timeline and categories charts, drawn from the view state.
import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Profile } from '../../profile/types';
import type { CoauthorGraph } from '../../graph/types';
import { PAPER_PREFIX } from '../../graph/types';
import { DEFAULT_STATE, type TimeBin, type ViewState } from '../../state/store';
import {
  activePaperIds,
  binsInRange,
  categoryCounts,
  hasActiveFilters,
  markedPaperIds,
  timeBins,
  type CategoryCount,
  type TimeBinDatum,
  type TimeBins,
} from '../../state/selectors';
import { createPalette, type Palette } from '../../charts/palette';
import { binName, drawTimeline } from '../../charts/timeline';
import { drawCategories } from '../../charts/categories';
import { papersLabel } from '../../charts/bar-parts';
import { afterPaint } from '../../dom/after-paint';
import styles from './coauthor-charts.styles';

export interface ChartsRangeDetail {
  range: [string, string] | null;
}
export interface ChartsCategoryDetail {
  code: string;
}
export interface ChartsCodeOnlyDetail {
  value: boolean;
}
export interface ChartsHoverPapersDetail {
  /** Paper node keys (`p:<id>`) under the pointer or focus, or null. */
  keys: string[] | null;
}
export interface ChartsBinDetail {
  bin: TimeBin;
}

/** Events of <cn-charts>; all bubble and are composed. */
export interface CoauthorChartsEventMap {
  'charts-range': CustomEvent<ChartsRangeDetail>;
  'charts-toggle-category': CustomEvent<ChartsCategoryDetail>;
  'charts-clear-categories': CustomEvent<Record<string, never>>;
  'charts-code-only': CustomEvent<ChartsCodeOnlyDetail>;
  'charts-hover-papers': CustomEvent<ChartsHoverPapersDetail>;
  'charts-bin': CustomEvent<ChartsBinDetail>;
  'charts-reset': CustomEvent<Record<string, never>>;
}

/** Derived data of one render; computed from the properties, never stored. */
interface Derived {
  bins: TimeBins;
  counts: CategoryCount[];
  active: ReadonlySet<string> | null;
  marked: ReadonlySet<string>;
}

const MIN_WIDTH = 200;
/** Categories shown before "Show all": the rest (and any kept by the filter) on demand. */
const CATEGORY_LIMIT = 8;
/** From this many papers, a new profile's charts are drawn after the network's first frame. */
const DEFER_DRAW_FROM = 1000;

type Chart = 'timeline' | 'categories';

/**
 * @summary The linked charts of a profile: papers over time (with a brush) and papers per category.
 * The element changes no state itself: it reports what the user did in events, which the owner
 * turns into store actions and answers with a new `state`.
 *
 * @event charts-range - The user brushed, clicked or keyed a time range; `{ range }` (null: cleared).
 * @event charts-toggle-category - The user toggled a category bar; `{ code }`.
 * @event charts-clear-categories - The user pressed Escape on the categories chart.
 * @event charts-code-only - The "with code only" switch changed; `{ value }`.
 * @event charts-hover-papers - Papers under the pointer or focus; `{ keys }` (paper keys, or null).
 * @event charts-bin - The user picked year or month bins; `{ bin }`.
 * @event charts-reset - The user pressed "Reset filters".
 *
 * @csspart timeline - The timeline section.
 * @csspart categories - The categories section.
 *
 * @cssproperty --cn-fg - Text colour.
 * @cssproperty --cn-bg - Background colour.
 * @cssproperty --cn-muted - Colour of secondary text, axes and grid lines.
 * @cssproperty --cn-font - Font family.
 * @cssproperty --cn-accent - Colour of focus rings, the brush and active controls.
 */
export class CoauthorCharts extends LitElement {
  static override styles = styles;

  /** The profile whose papers are charted; null or no papers shows a short note. */
  @property({ attribute: false }) profile: Profile | null = null;

  /** The author–paper graph of the profile: it tells which papers a selected node stands for. */
  @property({ attribute: false }) graph: CoauthorGraph | null = null;

  /** The view state (selection, filters, bin) the charts show. */
  @property({ attribute: false }) state: ViewState = DEFAULT_STATE;

  /** The category palette shared with the graph; made from the profile when not given. */
  @property({ attribute: false }) palette: Palette | null = null;

  @state() private width = 0;
  @state() private readout = '';
  @state() private allCategories = false;

  @query('svg.timeline-chart') private timelineSvg?: SVGSVGElement;
  @query('svg.categories-chart') private categoriesSvg?: SVGSVGElement;

  private resizeObserver?: ResizeObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (w !== this.width) this.width = w;
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  private emit<K extends keyof CoauthorChartsEventMap>(
    type: K,
    detail: CoauthorChartsEventMap[K]['detail'],
  ): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** The last derive() and what it was computed from: render and draw share one per update. */
  private derived: { inputs: unknown[]; result: Derived } | null = null;

  /** Bins, counts, filtered and outlined papers of the profile (the same inputs give the same object). */
  private derive(): Derived | null {
    const papers = this.profile?.papers ?? [];
    if (papers.length === 0) return null;
    const { filters, selection, bin } = this.state;
    const inputs = [papers, filters, selection, bin, this.graph];
    if (this.derived?.inputs.every((input, i) => input === inputs[i])) return this.derived.result;
    const result = {
      bins: timeBins(papers, bin),
      counts: categoryCounts(papers),
      active: hasActiveFilters(filters) ? activePaperIds(papers, filters) : null,
      marked: this.graph ? markedPaperIds(this.graph, selection) : new Set<string>(),
    };
    this.derived = { inputs, result };
    return result;
  }

  private colorOf(): (code: string) => string {
    const palette =
      this.palette ?? createPalette((this.profile?.papers ?? []).map((p) => p.category));
    return (code) => palette.color(code === '' ? null : code);
  }

  private hoverPapers(ids: readonly string[] | null): void {
    this.emit('charts-hover-papers', { keys: ids ? ids.map((id) => PAPER_PREFIX + id) : null });
  }

  private describeBin(bin: TimeBinDatum | null, unit: TimeBins['unit']): void {
    this.hoverPapers(bin ? bin.paperIds : null);
    if (!bin) {
      this.readout = '';
      return;
    }
    const stacks = bin.stacks.map((s) => `${s.code || 'none'} ${s.count}`).join(', ');
    this.readout = `${binName(bin, unit)}: ${papersLabel(bin.count)}${stacks ? ` (${stacks})` : ''}`;
  }

  private describeCategory(category: CategoryCount | null): void {
    this.hoverPapers(category ? category.paperIds : null);
    this.readout = category
      ? `${category.name}${category.code ? ` (${category.code})` : ''}: ${papersLabel(category.count)}`
      : '';
  }

  /** Words for the active filters, e.g. ["2024", "CL", "with code"]. */
  private filterWords(bins: TimeBins): string[] {
    const { range, categories, codeOnly } = this.state.filters;
    const words: string[] = [];
    if (range) {
      const idx = binsInRange(bins.bins, range);
      const a = idx ? bins.bins[idx[0]] : undefined;
      const b = idx ? bins.bins[idx[1]] : undefined;
      const snapped = a && b && a.start === range[0] && b.end === range[1];
      if (snapped && a === b) words.push(binName(a, bins.unit));
      else if (snapped) words.push(`${binName(a, bins.unit)}–${binName(b, bins.unit)}`);
      else words.push(`${range[0]} to ${range[1]}`);
    }
    for (const code of categories) words.push(code || 'no category');
    if (codeOnly) words.push('with code');
    return words;
  }

  private renderSummary(d: Derived): TemplateResult {
    const papers = this.profile?.papers ?? [];
    const { bins } = d;
    const first = bins.bins[0];
    const last = bins.bins[bins.bins.length - 1];
    const years =
      first && last
        ? `${first.key.slice(0, 4)}–${last.key.slice(0, 4)}`.replace(/^(\d+)–\1$/, '$1')
        : '';
    const words = this.filterWords(bins);
    const selected = this.state.selection;
    const node =
      selected && this.graph?.hasNode(selected) ? this.graph.getNodeAttributes(selected) : null;
    const outlined =
      node?.kind === 'author'
        ? `Outlined: ${papersLabel(d.marked.size)} by ${node.label}`
        : 'Outlined: the selected paper';
    return html`<div class="summary">
      <p>
        ${
          d.active
            ? html`<strong>${d.active.size} of ${papersLabel(papers.length)}</strong> match
                ${words.join(' · ')}`
            : html`<strong>${papersLabel(papers.length)}</strong>${years ? `, ${years}` : ''}`
        }
        ${d.marked.size > 0 ? html`<br />${outlined}` : ''}
      </p>
      <button
        class="reset"
        type="button"
        ?disabled=${!d.active}
        @click=${() => this.emit('charts-reset', {})}
      >
        Reset filters
      </button>
    </div>`;
  }

  override render(): TemplateResult {
    const d = this.derive();
    if (!d) {
      return html`<p class="empty" role="status">No papers to chart</p>`;
    }
    const unit = d.bins.unit;
    const pressed = (b: 'year' | 'month'): string => String(unit === b);
    return html`${this.renderSummary(d)}
      <section part="timeline" aria-labelledby="timeline-title">
        <header>
          <h3 id="timeline-title">Papers per ${unit}</h3>
          <div class="segmented" role="group" aria-label="Bin papers by">
            <button
              type="button"
              aria-pressed=${pressed('year')}
              @click=${() => this.emit('charts-bin', { bin: 'year' })}
            >
              Year
            </button>
            <button
              type="button"
              aria-pressed=${pressed('month')}
              @click=${() => this.emit('charts-bin', { bin: 'month' })}
            >
              Month
            </button>
          </div>
        </header>
        <svg class="timeline-chart"></svg>
        <p class="readout" aria-live="polite">
          ${this.readout || `Drag to keep a time range; click a bar for its ${unit}.`}
        </p>
      </section>
      <section part="categories" aria-labelledby="categories-title">
        <header>
          <h3 id="categories-title">Categories</h3>
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              .checked=${this.state.filters.codeOnly}
              @change=${(e: Event) =>
                this.emit('charts-code-only', { value: (e.target as HTMLInputElement).checked })}
            />
            With code only
          </label>
        </header>
        <svg class="categories-chart"></svg>
        ${
          d.counts.length > CATEGORY_LIMIT + 1
            ? html`<button
                class="more"
                type="button"
                aria-expanded=${String(this.allCategories)}
                @click=${() => (this.allCategories = !this.allCategories)}
              >
                ${
                  this.allCategories
                    ? 'Show the largest categories'
                    : `Show all ${d.counts.length} categories`
                }
              </button>`
            : ''
        }
      </section>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('readout') && changed.size === 1) return;
    const papers = this.profile?.papers.length ?? 0;
    if (changed.has('profile') && papers >= DEFER_DRAW_FROM) void this.drawLater();
    else if (this.deferred === 0) this.draw();
    else this.missed = true;
  }

  /** The deferred draw under way (0: none); later ones replace it. */
  private deferred = 0;
  /** An update came while the deferred draw was under way: the charts drawn so far are stale. */
  private missed = false;

  /**
   * A large profile's first charts are drawn after the network's first frame, one chart a task:
   * binning thousands of papers must not hold back the picture or make one long task. An update
   * that comes meanwhile (the width settling, a filter) queues the charts already drawn again.
   */
  private async drawLater(): Promise<void> {
    const turn = ++this.deferred;
    // The frame that shows the network, then one more: its timing is not held up by the charts.
    await afterPaint();
    await afterPaint();
    const pending = new Set<Chart>(['timeline', 'categories']);
    // A Set's iteration visits what is added to it meanwhile, and again what was deleted and re-added.
    for (const chart of pending) {
      if (turn !== this.deferred) return;
      pending.delete(chart);
      this.missed = false;
      this.draw(chart);
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (this.missed) ['timeline', 'categories'].forEach((c) => pending.add(c as Chart));
    }
    if (turn === this.deferred) this.deferred = 0;
  }

  private draw(only?: Chart): void {
    const d = this.derive();
    if (!d || !this.timelineSvg || !this.categoriesSvg) return;
    const width = Math.max(MIN_WIDTH, this.width || this.clientWidth);
    const color = this.colorOf();
    const { filters } = this.state;
    if (only !== 'categories') {
      drawTimeline(this.timelineSvg, d.bins.bins, {
        width,
        height: Math.round(Math.max(150, Math.min(220, width * 0.42))),
        unit: d.bins.unit,
        color,
        active: d.active,
        marked: d.marked,
        range: filters.range,
        onHover: (bin) => this.describeBin(bin, d.bins.unit),
        onRange: (range) => this.emit('charts-range', { range }),
      });
    }
    if (only === 'timeline') return;
    const shownCounts =
      this.allCategories || d.counts.length <= CATEGORY_LIMIT + 1
        ? d.counts
        : d.counts.filter((c, i) => i < CATEGORY_LIMIT || filters.categories.includes(c.code));
    drawCategories(this.categoriesSvg, shownCounts, {
      width,
      color,
      active: d.active,
      marked: d.marked,
      selected: filters.categories,
      onHover: (category) => this.describeCategory(category),
      onToggle: (code) => this.emit('charts-toggle-category', { code }),
      onClear: () => this.emit('charts-clear-categories', {}),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cn-charts': CoauthorCharts;
  }
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends CoauthorChartsEventMap {}
}
