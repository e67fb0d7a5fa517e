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
import { createSearchIndex, type SearchEntry } from '../components/search-box/search-index';
import type { CoauthorGraph } from '../graph/types';
import type { LayoutJobStatus } from '../layout/layout-worker';
import type { Profile } from '../profile/types';
import { readTheme } from '../renderer/theme';
import * as actions from '../state/store';
import { createStore, type Store, type ViewMode, type ViewState } from '../state/store';
import { coauthorNetworkStyles } from './coauthor-network.styles';
import { createEvent } from './events';
import { GraphView } from './graph-view';
import {
  describeError,
  loadNetwork,
  fetchText,
  sourceName,
  type ErrorDetail,
  type LoadedNetwork,
} from './load-network';
import { createReady, type Ready } from './ready';

/**
 * A researcher's coauthor network: authors and papers from a plain-text publication profile, laid
 * out with ForceAtlas2 and drawn with sigma, with details on click, search and a coauthor view.
 *
 * @summary Coauthor network of a publication profile.
 *
 * @event coauthor-select - The selection changed. `detail`: `{ key, kind, label }` (all null when cleared).
 * @event coauthor-ready - The current input is laid out and drawn. `detail`: `{ authors, papers }`.
 * @event coauthor-error - An input could not be loaded or parsed; the previous network stays. `detail`: `{ message, line }`.
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
 * @csspart charts - The region beside (or below) the graph where the charts are mounted.
 *
 * @cssproperty --cn-bg - Background. @cssproperty --cn-fg - Text and labels.
 * @cssproperty --cn-muted - Secondary text. @cssproperty --cn-border - Rules and outlines.
 * @cssproperty --cn-surface - Hover and note backgrounds. @cssproperty --cn-accent - Selection ring.
 * @cssproperty --cn-focus - Focus rings. @cssproperty --cn-link - Hovered links.
 * @cssproperty --cn-author - Authors. @cssproperty --cn-owner - The profile's owner.
 * @cssproperty --cn-edge - Edges at rest. @cssproperty --cn-edge-active - Edges of the focused node.
 * @cssproperty --cn-font - Font family (labels use its first family).
 * @cssproperty --cn-height - Height of the element (default 640px).
 */
export class CoauthorNetwork extends LitElement {
  static override styles = coauthorNetworkStyles;

  /** URL of a profile text or of a graph file (`cli layout` output) to show. */
  @property({ reflect: true }) src: string | null = null;

  @state() private network: LoadedNetwork | null = null;
  @state() private viewState: ViewState = actions.DEFAULT_STATE;
  @state() private error: ErrorDetail | null = null;
  @state() private layoutStatus: LayoutJobStatus | null = null;
  @state() private loading = false;
  @query('.sigma') private sigmaContainer!: HTMLElement;

  private readonly store: Store = createStore();
  private palette: Palette = createPalette([]);
  private searchIndex: SearchEntry[] = [];
  private graphView: GraphView | null = null;
  private readyState: Ready = createReady();
  private loadToken = 0;
  private text: string | null = null;

  constructor() {
    super();
    this.store.subscribe((next, previous) => this.onState(next, previous));
  }

  /** Profile text (or graph file text) to show, set directly instead of `src`. */
  get profileText(): string | null {
    return this.text;
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
    return this.graphView?.renderer?.graph ?? null;
  }

  /** The view on screen: `network` (authors and papers) or `coauthors` (authors only). */
  get view(): ViewMode {
    return this.viewState.view;
  }
  set view(view: ViewMode) {
    this.store.dispatch(actions.setView(view));
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

  /** Brings a node into view, clear of the details panel. */
  private async focusNode(key: string): Promise<void> {
    await this.updateComplete;
    const panel = this.renderRoot.querySelector('.panel:not([hidden])');
    await this.graphView?.focusNode(key, panel?.getBoundingClientRect() ?? null);
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
  async loadText(text: string, source = 'profile'): Promise<void> {
    const token = ++this.loadToken;
    const ready = this.nextReady();
    let loaded: LoadedNetwork;
    try {
      loaded = loadNetwork(text, source);
    } catch (error) {
      this.fail(error, ready);
      throw error;
    }
    this.text = text;
    this.error = null;
    this.palette = createPalette(loaded.profile.papers.map((p) => p.category));
    this.searchIndex = createSearchIndex(loaded.graph);
    this.network = loaded;
    this.store.dispatch(actions.resetForNewData());
    this.renderRoot.querySelector('cn-search-box')?.clear();
    try {
      await this.updateComplete;
      await this.draw(loaded);
      if (token !== this.loadToken) return ready.promise;
      ready.resolve();
      const papers = loaded.graph.filterNodes((_k, a) => a.kind === 'paper').length;
      this.dispatchEvent(
        createEvent('coauthor-ready', { authors: loaded.graph.order - papers, papers }),
      );
    } catch (error) {
      if (token === this.loadToken) this.fail(error, ready);
      throw error;
    }
  }

  private fail(error: unknown, ready: Ready): void {
    this.error = describeError(error);
    ready.reject(error);
    this.dispatchEvent(createEvent('coauthor-error', this.error));
  }

  private async loadUrl(url: string): Promise<void> {
    const token = this.loadToken;
    this.loading = true;
    try {
      const text = await fetchText(url);
      if (token === this.loadToken)
        await this.loadText(text, sourceName(url)).catch(() => undefined);
    } catch (error) {
      if (token === this.loadToken) this.fail(error, this.nextReady());
    } finally {
      this.loading = false;
    }
  }

  /** The pending `ready` of the input being loaded, or a new one when the last has settled. */
  private nextReady(): Ready {
    if (this.readyState.settled) this.readyState = createReady();
    return this.readyState;
  }

  private async draw(loaded: LoadedNetwork): Promise<void> {
    this.graphView ??= new GraphView(this.sigmaContainer, {
      onClickNode: (key) => this.store.dispatch(actions.select(key)),
      onClickStage: () => this.store.dispatch(actions.select(null)),
      onEnterNode: (key) => this.store.dispatch(actions.hoverNode(key)),
      onLeaveNode: () => this.store.dispatch(actions.hoverNode(null)),
      onLayoutStatus: (status) => (this.layoutStatus = status),
    });
    await this.graphView.showNetwork(loaded, this.viewState.view, {
      theme: readTheme(this),
      paperColor: this.palette.color,
    });
  }

  private onState(next: ViewState, previous: ViewState): void {
    this.viewState = next;
    const renderer = this.graphView?.renderer;
    if (next.hoverNode !== previous.hoverNode || next.selection !== previous.selection) {
      renderer?.setFocus(next.hoverNode, next.selection);
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
    if (next.view !== previous.view && this.network) {
      const network = this.network;
      const ready = this.nextReady();
      this.draw(network).then(
        () => {
          renderer?.setFocus(next.hoverNode, next.selection);
          ready.resolve();
        },
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
    if (this.network && !this.graphView && this.hasUpdated) void this.draw(this.network);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKeydown);
    // Moving the element in the DOM disconnects and reconnects it in one task: keep the renderer then.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.graphView?.kill();
      this.graphView = null;
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
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
            .index=${this.searchIndex}
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
            ${network === null ? html`<p class="status">${this.loading || this.src ? 'Loading…' : 'No profile loaded'}</p>` : nothing}
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
          <!-- Charts region: <coauthor-charts> is mounted here (beside the graph; below it when narrow). -->
          <div class="charts" part="charts"></div>
        </div>
      </div>
    `;
  }
}
