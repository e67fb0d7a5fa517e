// <cn-details-panel>: the selected author (papers, coauthors) or paper (authors, abstract); links move the selection.
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { CoauthorGraph } from '../../graph/types';
import type { Profile } from '../../profile/types';
import { defineElement } from '../../dom/define-element';
import { count, formatDate } from '../format';
import { sharedStyles } from '../shared.styles';
import { detailsPanelStyles } from './details-panel.styles';
import {
  nodeDetails,
  type AuthorDetails,
  type PaperDetails,
  type PaperItem,
} from './details-model';

/** Fired when a link in the panel (a paper, an author, the close button) asks for another selection. */
export type NavigateEvent = CustomEvent<{ key: string | null }>;
/** Fired when the pointer or the focus enters a link (its node's key) or leaves it (null). */
export type PreviewEvent = CustomEvent<{ key: string | null }>;

export class DetailsPanel extends LitElement {
  static override styles = [sharedStyles, detailsPanelStyles];

  /** The author–paper graph. */
  @property({ attribute: false }) graph: CoauthorGraph | null = null;
  /** The profile the graph was built from (abstracts come from it). */
  @property({ attribute: false }) profile: Profile | null = null;
  /** Key of the node to describe. */
  @property({ attribute: false }) nodeKey: string | null = null;
  /** Colour of a primary category (the shared palette). */
  @property({ attribute: false }) paperColor: (code: string | null) => string = () => '#8a8f98';

  /** A link is being pointed at: its node is previewed in the graph. */
  private previewing = false;

  /** Pointing at a link previews its node in the graph (cn-preview, key null when leaving). */
  private preview(key: string | null): void {
    this.previewing = key !== null;
    this.dispatchEvent(
      new CustomEvent('cn-preview', { detail: { key }, bubbles: true, composed: true }),
    );
  }

  private navigate(key: string | null): void {
    this.dispatchEvent(
      new CustomEvent('cn-navigate', { detail: { key }, bubbles: true, composed: true }),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The links change (or the panel closes) under the pointer, which gets no mouseout: the
    // preview of the link it was on ends here.
    if (changed.has('nodeKey') && this.previewing) this.preview(null);
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.graph || !this.profile) return nothing;
    // One listener for every link: the hovered or focused link's data-key.
    const onPoint = (event: Event): void => {
      const key = (event.target as HTMLElement).closest('[data-key]')?.getAttribute('data-key');
      this.preview(event.type === 'mouseover' || event.type === 'focusin' ? (key ?? null) : null);
    };
    const details = nodeDetails(this.graph, this.profile, this.nodeKey);
    if (!details) return nothing;
    return html`
      <article
        aria-labelledby="title"
        @mouseover=${onPoint}
        @mouseout=${onPoint}
        @focusin=${onPoint}
        @focusout=${onPoint}
      >
        <button
          class="close"
          title="Close (Esc)"
          aria-label="Close details"
          @click=${() => this.navigate(null)}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4 4l8 8M12 4l-8 8" /></svg>
        </button>
        ${details.kind === 'author' ? this.renderAuthor(details) : this.renderPaper(details)}
      </article>
    `;
  }

  private renderAuthor(d: AuthorDetails): TemplateResult {
    return html`
      <p class="kicker">
        Author${d.isOwner ? html` <span class="badge owner">Profile owner</span>` : nothing}
      </p>
      <h2 id="title">${d.name}</h2>
      <p class="summary">${count(d.papers.length, 'paper')} on this profile</p>
      <section>
        <h3>Papers</h3>
        <ul class="papers">
          ${d.papers.map((p) => this.renderPaperItem(p))}
        </ul>
      </section>
      ${
        d.coauthors.length > 0
          ? html`<section>
              <h3>Coauthors</h3>
              <ul class="coauthors">
                ${d.coauthors.map(
                  (c) =>
                    html`<li>
                      <button class="link" data-key=${c.key} @click=${() => this.navigate(c.key)}>
                        ${c.name}
                      </button>
                      <span class="shared" title="Papers shared with ${d.name}"
                        >${count(c.shared, 'paper')}</span
                      >
                    </li>`,
                )}
              </ul>
            </section>`
          : nothing
      }
    `;
  }

  private renderPaperItem(p: PaperItem): TemplateResult {
    return html`<li>
      <span class="swatch" style="background:${this.paperColor(p.category)}"></span>
      <div>
        <button class="link title" data-key=${p.key} @click=${() => this.navigate(p.key)}>
          ${p.title}
        </button>
        <div class="meta">
          <time datetime=${p.date}>${formatDate(p.date)}</time>
          ${
            p.category !== null
              ? html`<span>· ${p.categoryName}</span>
                  <span class="badge" title="arXiv category">${p.category}</span>`
              : nothing
          }
          ${p.hasCode ? html`<span class="badge code" title="Code available">Code</span>` : nothing}
        </div>
      </div>
    </li>`;
  }

  private renderPaper(d: PaperDetails): TemplateResult {
    const owner = this.profile?.owner ?? 'The owner';
    return html`
      <p class="kicker">Paper</p>
      <h2 id="title">${d.title}</h2>
      <p class="summary">
        <time datetime=${d.date}>${formatDate(d.date)}</time>
        ${d.hasCode ? html`<span class="badge code" title="Code available">Code</span>` : nothing}
      </p>
      ${
        d.categories.length > 0
          ? html`<ul class="categories" aria-label="Categories">
              ${d.categories.map(
                (c, i) =>
                  html`<li>
                    <span
                      class="swatch"
                      style="background:${i === 0 ? this.paperColor(c.code) : 'transparent'}"
                    ></span>
                    ${c.name} <span class="badge">${c.code}</span>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      <section>
        <h3>Authors</h3>
        <ol class="authors">
          ${d.authors.map(
            (a) =>
              html`<li>
                <button
                  class="link ${a.isOwner ? 'owner' : ''}"
                  data-key=${a.key}
                  @click=${() => this.navigate(a.key)}
                >
                  ${a.name}
                </button>
              </li>`,
          )}
        </ol>
        ${
          d.truncated
            ? html`<p class="note">
                The author list was cut short (“et al.”): only the first authors are known.
              </p>`
            : nothing
        }
        ${
          d.ownerImplied
            ? html`<p class="note">
                ${owner} is not among the listed authors; the profile implies the authorship.
              </p>`
            : nothing
        }
      </section>
      ${
        d.abstract !== ''
          ? html`<section>
              <h3>Abstract</h3>
              <p class="abstract">${d.abstract}</p>
            </section>`
          : nothing
      }
    `;
  }
}

defineElement('cn-details-panel', DetailsPanel);

declare global {
  interface HTMLElementTagNameMap {
    'cn-details-panel': DetailsPanel;
  }
}
