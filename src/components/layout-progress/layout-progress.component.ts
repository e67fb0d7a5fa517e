// <cn-layout-progress>: how far the layout of a large network is, with stop / resume and any note.
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { LayoutJobStatus } from '../../layout/layout-worker';
import { defineElement } from '../../dom/define-element';
import { sharedStyles, smallButtonStyles } from '../shared.styles';
import { layoutProgressStyles } from './layout-progress.styles';

/** Fired by the Stop / Resume button. */
export type ToggleLayoutEvent = CustomEvent<void>;

export class LayoutProgress extends LitElement {
  static override styles = [sharedStyles, smallButtonStyles, layoutProgressStyles];

  /** The running (or paused) layout; nothing is shown without one. */
  @property({ attribute: false }) status: LayoutJobStatus | null = null;

  override render(): TemplateResult | typeof nothing {
    const status = this.status;
    if (!status) return nothing;
    const pct = Math.round(status.progress * 100);
    return html`
      <span class="label">${status.running ? 'Laying out' : 'Layout paused'} · ${pct}%</span>
      <span
        class="bar"
        role="progressbar"
        aria-label="Layout"
        aria-valuenow=${pct}
        aria-valuemin="0"
        aria-valuemax="100"
      >
        <span style="width:${pct}%"></span>
      </span>
      <button
        data-action="toggle-layout"
        @click=${() => this.dispatchEvent(new CustomEvent('cn-toggle-layout', { bubbles: true, composed: true }))}
      >
        ${status.running ? 'Stop' : 'Resume'}
      </button>
      ${status.note ? html`<span class="note">${status.note}</span>` : nothing}
    `;
  }
}

defineElement('cn-layout-progress', LayoutProgress);

declare global {
  interface HTMLElementTagNameMap {
    'cn-layout-progress': LayoutProgress;
  }
}
