// <coauthor-network>: a researcher's coauthor network from a publication profile, with details, search and views.
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { AbstractGraph } from 'graphology-types';
import { createPalette, type Palette } from '../charts/palette';
import '../components/details-panel/details-panel.component';
import '../components/error-banner/error-banner.component';
import '../components/layout-progress/layout-progress.component';
import '../components/network-legend/network-legend.component';
import '../components/network-toolbar/network-toolbar.component';
import '../components/profile-card/profile-card.component';
import '../components/search-box/search-box.component';
import '../components/charts/coauthor-charts';
import type { CoauthorCharts } from '../components/charts/coauthor-charts.component';
import { connectCharts } from '../components/charts/connect-charts';
import { createSearchIndex, type SearchEntry } from '../components/search-box/search-index';
import type { CoauthorGraph } from '../graph/types';
import type { LayoutJobStatus } from '../layout/layout-worker';
import type { Profile } from '../profile/types';
import type { Rect } from '../renderer/camera-fit';
import { readTheme } from '../renderer/theme';
import {
  activeNodeKeys,
  activePaperKeys,
  findNodeKey,
  hasActiveFilters,
  markedNodeKeys,
} from '../state/selectors';
import * as actions from '../state/store';
import {
  createStore,
  type Filters,
  type Store,
  type ViewMode,
  type ViewState,
} from '../state/store';
import { coauthorNetworkStyles } from './coauthor-network.styles';
import { createEvent } from './events';
import { GraphView } from './graph-view';
import { DEFAULT_LOAD_TIMEOUT_MS, fetchBody, isAbortError } from '../pipeline/fetch-source';
import {
  describeError,
  sourceName,
  type ErrorDetail,
  type LoadedNetwork,
} from '../pipeline/load-network';
import { loadNetworkSoon } from '../pipeline/parse-off-thread';
import { measureStep, stepStart } from '../dom/perf-marks';
import { createReady, type Ready } from './ready';

/** Shown when the browser takes the canvas's WebGL context away and has not given it back. */
export const CONTEXT_LOST_MESSAGE =
  'The graphics context was lost — reload the page if the network does not come back';

/**
 * A researcher's coauthor network: authors and papers from a plain-text publication profile, laid
 * out with ForceAtlas2 and drawn with sigma, with details on click, search, a coauthor view and two
 * linked charts (papers over time, papers per category) whose filters dim the graph.
 *
 * The profile comes from `src`, the `profileText` property, `loadText()`, or else an inline
 * `<script type="text/plain">` child (read as text, never run).
 *
 * @summary Coauthor network of a publication profile, with linked charts.
 * @tagname coauthor-network
 *
 * @attr src - URL of a profile text or of a graph file (`cli layout` output) to show.
 * @attr view - `network` (authors and papers, default) or `coauthors` (authors only); reflected.
 * @attr charts - Where the charts go: `side`, `below` or `none`; unset: beside the graph when the element is wide, below it when narrow.
 * @attr theme - `light` (default), `dark`, or `auto` (follows prefers-color-scheme).
 * @attr focus - A node key (`a:…`, `p:…`), an author's name or a paper's title to select once the network is loaded.
 * @attr height - Height of the element, a CSS length (sets `--cn-height`).
 *
 * @fires coauthor-select - The selection changed. `detail`: `{ key, kind, label }` (all null when cleared).
 * @fires coauthor-ready - The current input is laid out and drawn. `detail`: `{ authors, papers }`.
 * @fires coauthor-error - An input could not be loaded or parsed; the previous network stays. `detail`: `{ message, line }`.
 * @fires coauthor-filter - The chart filters changed. `detail`: `{ filters, paperKeys }` (`paperKeys`: the papers left).
 *
 * @csspart header - The strip with the profile card and the search box.
 * @csspart profile - The profile card (owner, category, figures).
 * @csspart search - The search box.
 * @csspart graph - The canvas area.
 * @csspart toolbar - The view switch and zoom buttons.
 * @csspart legend - The key to shapes and colours.
 * @csspart progress - The layout progress of a large network, with stop / resume.
 * @csspart panel - The details panel of the selected node.
 * @csspart error - The message shown when an input fails.
 * @csspart charts - The region beside (or below) the graph that holds the charts.
 * @csspart timeline - The timeline chart (papers per year or month, with the brush).
 * @csspart categories - The categories chart (papers per category, with the code switch).
 *
 * @cssprop --cn-bg - Background.
 * @cssprop --cn-fg - Text and labels.
 * @cssprop --cn-muted - Secondary text, axes.
 * @cssprop --cn-border - Rules and outlines.
 * @cssprop --cn-surface - Hover and note backgrounds.
 * @cssprop --cn-accent - Selection ring, brush and active chart controls.
 * @cssprop --cn-focus - Focus rings.
 * @cssprop --cn-link - Hovered links.
 * @cssprop --cn-author - Authors.
 * @cssprop --cn-owner - The profile's owner.
 * @cssprop --cn-edge - Edges at rest.
 * @cssprop --cn-edge-active - Edges of the focused node.
 * @cssprop --cn-error - Error text.
 * @cssprop --cn-font - Font family (canvas labels use its first family).
 * @cssprop --cn-radius - Corner radius of the element.
 * @cssprop --cn-height - Height of the element (default 640px).
 * @cssprop --cn-charts-width - Width of the charts beside the graph (default 20rem).
 */
export class CoauthorNetwork extends LitElement {
  static override styles = coauthorNetworkStyles;

  /** URL of a profile text or of a graph file (`cli layout` output) to show. */
  @property({ reflect: true })
  get src(): string | null {
    return this.srcUrl;
  }
  set src(url: string | null) {
    const previous = this.srcUrl;
    this.srcUrl = url;
    // `ready` follows the new src at once, not after the next render.
    if (url && url !== previous) this.nextReady();
    this.requestUpdate('src', previous);
  }
  private srcUrl: string | null = null;

  /**
   * Milliseconds a `src` load may take before it fails with a message (default 20 000). Attribute
   * `load-timeout`.
   */
  @property({ type: Number, attribute: 'load-timeout' }) loadTimeout = DEFAULT_LOAD_TIMEOUT_MS;

  /** The view on screen: `network` (authors and papers) or `coauthors` (authors only). */
  @property({ reflect: true }) view: ViewMode = 'network';

  /** Where the charts go: `side`, `below`, `none`; null: beside when wide, below when narrow. */
  @property({ reflect: true }) charts: 'side' | 'below' | 'none' | null = null;

  /** Colour theme: `light`, `dark` or `auto` (the system's); null: light. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | null = null;

  /**
   * A node key, an author's name (any case or accents) or a paper's title to select once the
   * network is loaded (and whenever it changes). Attribute `focus`.
   */
  @property({ attribute: 'focus' }) focusTarget: string | null = null;

  /** Height of the element, a CSS length (`420px`, `60vh`); null: `--cn-height` (640px). */
  @property() height: string | null = null;

  @state() private network: LoadedNetwork | null = null;
  @state() private viewState: ViewState = actions.DEFAULT_STATE;
  @state() private error: ErrorDetail | null = null;
  @state() private layoutStatus: LayoutJobStatus | null = null;
  @state() private loading = false;
  /** Why the network cannot be drawn in this browser (no WebGL2), shown in place of the canvas. */
  @state() private undrawable: string | null = null;
  @query('.sigma') private sigmaContainer!: HTMLElement;
  @query('cn-charts') private chartsElement!: CoauthorCharts;

  private readonly store: Store = createStore();
  private palette: Palette = createPalette([]);
  private searchIndex: SearchEntry[] = [];
  /** What the search finds: the whole index, or what the filters leave. */
  private visibleIndex: SearchEntry[] = [];
  /** Node keys the filters leave (papers and their authors), or null when no filter is set. */
  private kept: ReadonlySet<string> | null = null;
  private readonly darkScheme =
    typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  private graphView: GraphView | null = null;
  private readyState: Ready = createReady();
  private loadToken = 0;
  /** Aborts the `src` load in flight: a newer `src` or text wins. */
  private loadAbort: AbortController | null = null;
  /** The input on screen: its text, or the bytes of a large body fetched from `src`. */
  private input: string | Uint8Array | null = null;

  constructor() {
    super();
    this.store.subscribe((next, previous) => this.onState(next, previous));
  }

  /** Profile text (or graph file text) to show, set directly instead of `src`. */
  get profileText(): string | null {
    const input = this.input;
    // A large body from `src` was decoded in the worker (and is text): decoded here when asked for.
    return input instanceof Uint8Array ? (this.input = new TextDecoder().decode(input)) : input;
  }
  set profileText(text: string | null) {
    if (text !== null) void this.loadText(text, 'profile').catch(() => undefined);
  }

  /** The parsed profile on screen, or null before the first successful load. */
  get profile(): Profile | null {
    return this.network?.profile ?? null;
  }

  /** The author–paper graph (graphology) on screen, with the layout's x/y. */
  get graph(): CoauthorGraph | null {
    return this.network?.graph ?? null;
  }

  /** The graph drawn right now: `graph`, or its coauthor projection in the coauthor view. */
  get viewGraph(): AbstractGraph | null {
    return this.graphView?.shown ?? null;
  }

  /** Settles when the current input is laid out and drawn; rejects with the error when it fails. */
  get ready(): Promise<void> {
    return this.readyState.promise;
  }

  /** Selects a node by key (`a:…`, `p:…`) and brings it into view; null clears the selection. */
  select(key: string | null): void {
    const valid = key === null || (this.graph?.hasNode(key) ?? false);
    if (!valid) return;
    this.store.dispatch(actions.select(key));
    if (key !== null) void this.focusNode(key);
  }

  /** Brings a node into view, clear of the details panel (rendered first). */
  private async focusNode(key: string): Promise<void> {
    await this.updateComplete;
    await this.graphView?.focusNode(key);
  }

  /** What floats over the canvas (toolbar, legend, progress, an open panel), in its pixels. */
  private coveredAreas(): Rect[] {
    const stage = this.sigmaContainer?.getBoundingClientRect();
    if (!stage) return [];
    const selectors = ['cn-network-toolbar', 'cn-network-legend', 'cn-layout-progress', '.panel'];
    return selectors.flatMap((selector) => {
      const element = this.renderRoot.querySelector<HTMLElement>(selector);
      if (!element || element.hidden) return [];
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return [];
      const { left, top, right, bottom } = box;
      return [
        {
          left: left - stage.left,
          top: top - stage.top,
          right: right - stage.left,
          bottom: bottom - stage.top,
        },
      ];
    });
  }

  /**
   * Where a node is drawn, in client (viewport) pixels, or null when it is not on the canvas: to place
   * a tooltip or an annotation over it.
   */
  nodeClientPosition(key: string): { x: number; y: number } | null {
    const position = this.graphView?.renderer?.nodeViewportPosition(key);
    if (!position || !this.sigmaContainer) return null;
    const box = this.sigmaContainer.getBoundingClientRect();
    return { x: box.left + position.x, y: box.top + position.y };
  }

  /** Loads `text` (a profile or a graph file) named `source` in messages, e.g. a file name. */
  loadText(text: string, source = 'profile'): Promise<void> {
    return this.load(text, source);
  }

  /** Loads a text, or the bytes of a body fetched from `url`. */
  private async load(input: string | Uint8Array, source: string, url?: string): Promise<void> {
    const token = ++this.loadToken;
    const loadStart = stepStart();
    this.abortUrlLoad();
    const ready = this.nextReady();
    let loaded: LoadedNetwork;
    try {
      // A large input is parsed in a worker (a promise); anything else at once.
      const soon = loadNetworkSoon(input, source, url);
      loaded = soon instanceof Promise ? await soon : soon;
    } catch (error) {
      if (token === this.loadToken) this.fail(error, ready);
      throw error;
    }
    if (token !== this.loadToken) return ready.promise;
    this.input = loaded.bytes ?? input;
    this.error = null;
    this.palette = createPalette(loaded.profile.papers.map((p) => p.category));
    this.searchIndex = createSearchIndex(loaded.graph);
    this.visibleIndex = this.searchIndex;
    this.kept = null;
    this.network = loaded;
    this.store.dispatch(actions.resetForNewData());
    this.renderRoot.querySelector('cn-search-box')?.clear();
    try {
      await this.updateComplete;
      await this.draw(loaded);
      if (token !== this.loadToken) return ready.promise;
      measureStep('ready', loadStart);
      ready.resolve();
      this.selectFocusTarget();
      const papers = loaded.graph.filterNodes((_k, a) => a.kind === 'paper').length;
      this.dispatchEvent(
        createEvent('coauthor-ready', { authors: loaded.graph.order - papers, papers }),
      );
    } catch (error) {
      if (token === this.loadToken) this.fail(error, ready);
      throw error;
    }
  }

  /** Says in the widget (and with coauthor-error) that the canvas is gone; clears it when it comes back. */
  private onContextLost(lost: boolean): void {
    if (lost) {
      this.error = { message: CONTEXT_LOST_MESSAGE, line: null };
      this.dispatchEvent(createEvent('coauthor-error', this.error));
    } else if (this.error?.message === CONTEXT_LOST_MESSAGE) {
      this.error = null;
    }
  }

  private fail(error: unknown, ready: Ready): void {
    this.error = describeError(error);
    ready.reject(error);
    this.dispatchEvent(createEvent('coauthor-error', this.error));
  }

  private abortUrlLoad(): void {
    this.loadAbort?.abort();
    this.loadAbort = null;
    this.loading = false;
  }

  private async loadUrl(url: string): Promise<void> {
    this.abortUrlLoad();
    const token = ++this.loadToken;
    const controller = new AbortController();
    this.loadAbort = controller;
    this.loading = true;
    const ready = this.nextReady();
    let body: Uint8Array;
    try {
      body = await fetchBody(url, { signal: controller.signal, timeoutMs: this.loadTimeout });
    } catch (error) {
      if (!isAbortError(error) && token === this.loadToken) this.fail(error, ready);
      return;
    } finally {
      if (this.loadAbort === controller) {
        this.loadAbort = null;
        this.loading = false;
      }
    }
    if (token === this.loadToken)
      await this.load(body, sourceName(url), url).catch(() => undefined);
  }

  /** The pending `ready` of the input being loaded, or a new one when the last has settled. */
  private nextReady(): Ready {
    if (this.readyState.settled) this.readyState = createReady();
    return this.readyState;
  }

  /** The graph view, created on first use. */
  private graphViewNow(): GraphView {
    this.graphView ??= new GraphView(this.sigmaContainer, {
      onClickNode: (key) => this.store.dispatch(actions.select(key)),
      onClickStage: () => this.store.dispatch(actions.select(null)),
      onEnterNode: (key) => this.store.dispatch(actions.hoverNode(key)),
      onLeaveNode: () => this.store.dispatch(actions.hoverNode(null)),
      onLayoutStatus: (status) => (this.layoutStatus = status),
      onContextLost: (lost) => this.onContextLost(lost),
      onUndrawable: (reason) => (this.undrawable = reason),
      coveredAreas: () => this.coveredAreas(),
      rendered: () => this.updateComplete,
    });
    return this.graphView;
  }

  private async draw(loaded: LoadedNetwork): Promise<void> {
    await this.graphViewNow().showNetwork(loaded, this.viewState.view, {
      theme: readTheme(this),
      paperColor: this.palette.color,
    });
    this.syncRenderer();
  }

  /** Gives the renderer the state it draws: focus, filters and a hovered chart bar. */
  private syncRenderer(): void {
    const renderer = this.graphView?.renderer;
    const { hoverNode, selection, hoverPapers } = this.store.get();
    renderer?.setFocus(hoverNode, selection);
    renderer?.setFilter(this.kept);
    renderer?.setMarks(this.graph ? markedNodeKeys(this.graph, hoverPapers, this.kept) : null);
  }

  /** The colours come from CSS at the renderer's creation: a new theme needs a new renderer. */
  private redrawForTheme(): void {
    if (!this.graphView || !this.network) return;
    void this.draw(this.network).catch(() => undefined);
  }

  private readonly onColorScheme = (): void => {
    if (this.theme === 'auto') this.redrawForTheme();
  };

  /** Selects what the `focus` attribute names, when the network has it. */
  private selectFocusTarget(): void {
    const graph = this.graph;
    if (!graph || !this.focusTarget) return;
    const key = findNodeKey(graph, this.focusTarget);
    if (key !== null) this.select(key);
  }

  private onFilters(filters: Filters): void {
    const graph = this.graph;
    this.kept = graph && hasActiveFilters(filters) ? activeNodeKeys(graph, filters) : null;
    const kept = this.kept;
    this.visibleIndex = kept ? this.searchIndex.filter((e) => kept.has(e.key)) : this.searchIndex;
    this.graphView?.renderer?.setFilter(kept);
    this.dispatchEvent(
      createEvent('coauthor-filter', {
        filters,
        paperKeys: graph ? activePaperKeys(graph, filters) : [],
      }),
    );
  }

  private onState(next: ViewState, previous: ViewState): void {
    this.viewState = next;
    const renderer = this.graphView?.renderer;
    if (next.view !== previous.view) this.view = next.view;
    if (next.filters !== previous.filters) this.onFilters(next.filters);
    if (next.hoverNode !== previous.hoverNode || next.selection !== previous.selection) {
      renderer?.setFocus(next.hoverNode, next.selection);
    }
    if (next.hoverPapers !== previous.hoverPapers || next.filters !== previous.filters) {
      const graph = this.graph;
      renderer?.setMarks(graph ? markedNodeKeys(graph, next.hoverPapers, this.kept) : null);
    }
    if (next.selection !== previous.selection) {
      const key = next.selection;
      const a = key !== null ? this.graph?.getNodeAttributes(key) : undefined;
      this.dispatchEvent(
        createEvent('coauthor-select', {
          key: a ? key : null,
          kind: a?.kind ?? null,
          label: a?.label ?? null,
        }),
      );
    }
    // Before the first draw (a view set with the input), the load's own draw uses the new view.
    if (next.view !== previous.view && this.network && this.graphView) {
      const network = this.network;
      const ready = this.nextReady();
      this.draw(network).then(
        () => ready.resolve(),
        (error: unknown) => this.fail(error, ready),
      );
    }
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // Escape typed in a field of the host page belongs to that field.
    const target = event.composedPath()[0];
    const editing =
      target instanceof HTMLElement &&
      (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (editing && !event.composedPath().includes(this)) return;
    if (this.store.get().selection !== null) this.store.dispatch(actions.select(null));
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKeydown);
    this.darkScheme?.addEventListener('change', this.onColorScheme);
    if (this.network && !this.graphView && this.hasUpdated) void this.draw(this.network);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKeydown);
    this.darkScheme?.removeEventListener('change', this.onColorScheme);
    // Moving the element in the DOM disconnects and reconnects it in one task: keep the renderer then.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.graphView?.kill();
      this.graphView = null;
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view')) {
      if (this.view !== 'network' && this.view !== 'coauthors') this.view = 'network';
      this.store.dispatch(actions.setView(this.view));
    }
    if (changed.has('height')) {
      const height = this.height?.trim() ?? '';
      if (height && CSS.supports('height', height)) this.style.setProperty('--cn-height', height);
      else this.style.removeProperty('--cn-height');
    }
  }

  protected override firstUpdated(): void {
    connectCharts(this.chartsElement, this.store);
    // Inline data: a <script type="text/plain"> child, read as text (a text/plain script never runs).
    const script = this.querySelector(':scope > script[type="text/plain"]');
    if (!this.src && this.input === null && this.loadToken === 0 && script) {
      void this.loadText(script.textContent ?? '', 'inline profile').catch(() => undefined);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('theme') && changed.get('theme') !== undefined) this.redrawForTheme();
    if (changed.has('focusTarget')) this.selectFocusTarget();
    if (changed.has('src') && this.src) void this.loadUrl(this.src);
  }

  private navigate(key: string | null): void {
    this.store.dispatch(actions.select(key));
    if (key !== null) void this.focusNode(key);
  }

  private onZoom(action: 'in' | 'out' | 'fit'): void {
    const renderer = this.graphView?.renderer;
    if (!renderer) return;
    void (action === 'in'
      ? renderer.zoomIn()
      : action === 'out'
        ? renderer.zoomOut()
        : renderer.fit());
  }

  override render(): TemplateResult {
    const { selection, view } = this.viewState;
    const network = this.network;
    const status = this.layoutStatus;
    return html`
      <div class="frame">
        <header part="header">
          <cn-profile-card
            part="profile"
            .profile=${network?.profile ?? null}
            .paperColor=${this.palette.color}
          ></cn-profile-card>
          <cn-search-box
            part="search"
            .index=${this.visibleIndex}
            @cn-choose=${(e: CustomEvent<{ key: string }>) => this.navigate(e.detail.key)}
          ></cn-search-box>
        </header>
        <div class="body">
          <div class="stage" part="graph">
            <div
              class="sigma"
              tabindex="0"
              aria-label="Coauthor network; press Escape to clear the selection"
            ></div>
            ${
              network === null
                ? html`<p class="status">
                    ${this.loading || (this.src && !this.error) ? 'Loading…' : 'No profile loaded'}
                  </p>`
                : this.undrawable
                  ? html`<p class="status undrawable" role="status">${this.undrawable}</p>`
                  : nothing
            }
            <div class="overlay top-left">
              <cn-network-toolbar
                part="toolbar"
                .view=${view}
                @cn-view=${(e: CustomEvent<{ view: ViewMode }>) => this.store.dispatch(actions.setView(e.detail.view))}
                @cn-zoom=${(e: CustomEvent<{ action: 'in' | 'out' | 'fit' }>) => this.onZoom(e.detail.action)}
              ></cn-network-toolbar>
            </div>
            <div class="overlay bottom-left">
              <cn-network-legend
                part="legend"
                .codes=${this.palette.codes}
                .paperColor=${this.palette.color}
                .view=${view}
              ></cn-network-legend>
              <cn-layout-progress
                part="progress"
                role="status"
                ?hidden=${status === null}
                .status=${status}
                @cn-toggle-layout=${() => this.graphView?.toggleLayout()}
              ></cn-layout-progress>
            </div>
            <aside class="panel" part="panel" ?hidden=${selection === null} aria-label="Details">
              <cn-details-panel
                .graph=${network?.graph ?? null}
                .profile=${network?.profile ?? null}
                .nodeKey=${selection}
                .paperColor=${this.palette.color}
                @cn-navigate=${(e: CustomEvent<{ key: string | null }>) => this.navigate(e.detail.key)}
                @cn-preview=${(e: CustomEvent<{ key: string | null }>) =>
                  this.store.dispatch(actions.hoverNode(e.detail.key))}
              ></cn-details-panel>
            </aside>
            <cn-error-banner
              class="error"
              part="error"
              role="alert"
              ?hidden=${this.error === null}
              .error=${this.error}
              ?kept=${network !== null}
              @cn-dismiss=${() => (this.error = null)}
            ></cn-error-banner>
          </div>
          <div class="charts" part="charts" ?hidden=${network === null || this.charts === 'none'}>
            <cn-charts
              exportparts="timeline, categories"
              .profile=${network?.profile ?? null}
              .graph=${network?.graph ?? null}
              .palette=${this.palette}
            ></cn-charts>
          </div>
        </div>
      </div>
    `;
  }
}
