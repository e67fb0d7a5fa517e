// <cn-network-legend>: what shapes and colours mean — authors, papers, the owner, and each paper category.
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { categoryName } from '../../profile/categories';
import type { ViewMode } from '../../state/store';
import { defineElement } from '../../dom/define-element';
import { sharedStyles } from '../shared.styles';
import { networkLegendStyles } from './network-legend.styles';

/** Categories listed before the rest is summed up as "+ N more". */
const MAX_CATEGORIES = 6;

export class NetworkLegend extends LitElement {
  static override styles = [sharedStyles, networkLegendStyles];

  /** Primary category codes, most papers first (the palette's order). */
  @property({ attribute: false }) codes: readonly string[] = [];
  /** Colour of a primary category (the shared palette). */
  @property({ attribute: false }) paperColor: (code: string | null) => string = () => '#8a8f98';
  /** The view on screen: the coauthor view has no papers to explain. */
  @property() view: ViewMode = 'network';

  override render(): TemplateResult {
    const shown = this.codes.slice(0, MAX_CATEGORIES);
    const more = this.codes.length - shown.length;
    return html`
      <ul class="shapes">
        <li><span class="dot owner"></span>Owner</li>
        <li><span class="dot"></span>Author <span class="muted">(size: papers)</span></li>
        ${
          this.view === 'network'
            ? html`<li><span class="square"></span>Paper</li>`
            : html`<li><span class="line"></span>Shared papers</li>`
        }
      </ul>
      ${
        this.view === 'network' && shown.length > 0
          ? html`<ul class="categories" aria-label="Paper colour: primary category">
              ${shown.map(
                (code) =>
                  html`<li title=${code}>
                    <span class="swatch" style="background:${this.paperColor(code)}"></span
                    >${categoryName(code)}
                  </li>`,
              )}
              ${more > 0 ? html`<li class="muted">+ ${more} more</li>` : nothing}
            </ul>`
          : nothing
      }
    `;
  }
}

defineElement('cn-network-legend', NetworkLegend);

declare global {
  interface HTMLElementTagNameMap {
    'cn-network-legend': NetworkLegend;
  }
}
