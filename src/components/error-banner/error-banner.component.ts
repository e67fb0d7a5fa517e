// <cn-error-banner>: why an input could not be shown, with its line, and that the previous network stays.
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ErrorDetail } from '../../pipeline/load-network';
import { defineElement } from '../../dom/define-element';
import { sharedStyles, smallButtonStyles } from '../shared.styles';
import { errorBannerStyles } from './error-banner.styles';

/** Fired by the Dismiss button. */
export type DismissEvent = CustomEvent<void>;

export class ErrorBanner extends LitElement {
  static override styles = [sharedStyles, smallButtonStyles, errorBannerStyles];

  /** The failure to show; nothing is shown without one. */
  @property({ attribute: false }) error: ErrorDetail | null = null;
  /** A network from an earlier input is still on screen. */
  @property({ type: Boolean }) kept = false;

  override render(): TemplateResult | typeof nothing {
    const error = this.error;
    if (!error) return nothing;
    return html`
      <svg class="icon" viewBox="0 0 20 20" aria-hidden="true">
        <circle cx="10" cy="10" r="8.5" />
        <path d="M10 5.5v5.5M10 13.6v.4" />
      </svg>
      <div>
        <strong
          >${error.line ? `Could not read line ${error.line}` : 'Could not load this input'}</strong
        >
        <code>${error.message}</code>
        ${this.kept ? html`<div class="muted">The network on screen is the previous one.</div>` : nothing}
      </div>
      <button
        @click=${() => this.dispatchEvent(new CustomEvent('cn-dismiss', { bubbles: true, composed: true }))}
      >
        Dismiss
      </button>
    `;
  }
}

defineElement('cn-error-banner', ErrorBanner);

declare global {
  interface HTMLElementTagNameMap {
    'cn-error-banner': ErrorBanner;
  }
}
