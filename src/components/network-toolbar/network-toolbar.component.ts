// <cn-network-toolbar>: the view switch (authors and papers ↔ coauthors) and the zoom buttons.
import { html, LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ViewMode } from '../../state/store';
import { defineElement } from '../../dom/define-element';
import { sharedStyles } from '../shared.styles';
import { networkToolbarStyles } from './network-toolbar.styles';

/** Fired by the toolbar: `cn-view` (detail: view), `cn-zoom` (detail: `in`, `out` or `fit`). */
export type ViewEvent = CustomEvent<{ view: ViewMode }>;
export type ZoomEvent = CustomEvent<{ action: 'in' | 'out' | 'fit' }>;

const VIEWS: { view: ViewMode; label: string; title: string }[] = [
  { view: 'network', label: 'Authors & papers', title: 'Authors and their papers' },
  { view: 'coauthors', label: 'Coauthors', title: 'Authors only; edge thickness = shared papers' },
];

export class NetworkToolbar extends LitElement {
  static override styles = [sharedStyles, networkToolbarStyles];

  /** The view on screen. */
  @property() view: ViewMode = 'network';

  private emit(name: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  override render(): TemplateResult {
    return html`
      <div class="group views" role="radiogroup" aria-label="View">
        ${VIEWS.map(
          ({ view, label, title }) =>
            html`<button
              role="radio"
              data-view=${view}
              title=${title}
              aria-checked=${this.view === view ? 'true' : 'false'}
              @click=${() => this.emit('cn-view', { view })}
            >
              ${label}
            </button>`,
        )}
      </div>
      <div class="group zoom" role="group" aria-label="Zoom">
        <button
          data-zoom="in"
          title="Zoom in"
          aria-label="Zoom in"
          @click=${() => this.emit('cn-zoom', { action: 'in' })}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 3.5v9M3.5 8h9" /></svg>
        </button>
        <button
          data-zoom="out"
          title="Zoom out"
          aria-label="Zoom out"
          @click=${() => this.emit('cn-zoom', { action: 'out' })}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3.5 8h9" /></svg>
        </button>
        <button
          data-zoom="fit"
          title="Fit the network"
          aria-label="Fit the network"
          @click=${() => this.emit('cn-zoom', { action: 'fit' })}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M2.5 6V2.5H6M10 2.5h3.5V6M13.5 10v3.5H10M6 13.5H2.5V10" />
          </svg>
        </button>
      </div>
    `;
  }
}

defineElement('cn-network-toolbar', NetworkToolbar);

declare global {
  interface HTMLElementTagNameMap {
    'cn-network-toolbar': NetworkToolbar;
  }
}
