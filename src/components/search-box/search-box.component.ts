// <cn-search-box>: type-ahead over authors and papers (case and accents folded); choosing emits cn-choose.
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { defineElement } from '../../dom/define-element';
import { sharedStyles } from '../shared.styles';
import { searchBoxStyles } from './search-box.styles';
import { searchEntries, type SearchEntry } from './search-index';

/** Fired when a result is chosen (click or Enter). */
export type ChooseEvent = CustomEvent<{ key: string }>;

export class SearchBox extends LitElement {
  static override styles = [sharedStyles, searchBoxStyles];

  /** Everything that can be found. */
  @property({ attribute: false }) index: readonly SearchEntry[] = [];
  /** Placeholder of the input. */
  @property() placeholder = 'Search authors and papers';

  @state() private queryText = '';
  @state() private active = 0;
  @state() private open = false;
  @query('input') private input!: HTMLInputElement;

  private get results(): SearchEntry[] {
    return searchEntries(this.index, this.queryText);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('index')) this.active = 0;
  }

  private choose(entry: SearchEntry | undefined): void {
    if (!entry) return;
    this.queryText = entry.label;
    this.open = false;
    this.dispatchEvent(
      new CustomEvent('cn-choose', { detail: { key: entry.key }, bubbles: true, composed: true }),
    );
  }

  private onInput(event: Event): void {
    this.queryText = (event.target as HTMLInputElement).value;
    this.active = 0;
    this.open = true;
  }

  private onKeydown(event: KeyboardEvent): void {
    const results = this.results;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!this.open) this.open = true;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active =
        results.length === 0 ? 0 : (this.active + step + results.length) % results.length;
    } else if (event.key === 'Enter') {
      event.preventDefault();
      this.choose(results[this.active]);
    } else if (event.key === 'Escape') {
      // Escape in the box closes the list or clears the text; it never reaches the viewer.
      event.stopPropagation();
      if (this.open && results.length > 0) this.open = false;
      else this.queryText = '';
    }
  }

  /** Empties the box (a new profile was loaded). */
  clear(): void {
    this.queryText = '';
    this.open = false;
  }

  override focus(): void {
    this.input?.focus();
  }

  override render(): TemplateResult {
    const results = this.open ? this.results : [];
    const expanded = results.length > 0;
    return html`
      <div class="box">
        <svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="7" cy="7" r="4.6" />
          <path d="M10.5 10.5 14 14" />
        </svg>
        <input
          type="search"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-label=${this.placeholder}
          aria-autocomplete="list"
          aria-controls="results"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-activedescendant=${expanded ? `result-${this.active}` : ''}
          placeholder=${this.placeholder}
          .value=${this.queryText}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
          @focus=${() => (this.open = true)}
          @blur=${() => (this.open = false)}
        />
      </div>
      <ul id="results" role="listbox" ?hidden=${!expanded}>
        ${results.map(
          (entry, i) =>
            html`<li
              id="result-${i}"
              role="option"
              class=${i === this.active ? 'active' : ''}
              aria-selected=${i === this.active ? 'true' : 'false'}
              data-key=${entry.key}
              @mousedown=${(event: Event) => event.preventDefault()}
              @click=${() => this.choose(entry)}
              @mousemove=${() => (this.active = i)}
            >
              <span class="kind ${entry.kind}" aria-hidden="true"></span>
              <span class="label">${entry.label}</span>
              <span class="hint">${entry.hint}</span>
            </li>`,
        )}
      </ul>
      ${
        this.open && this.queryText.trim() !== '' && results.length === 0
          ? html`<p class="empty" role="status">
              No author or paper matches “${this.queryText.trim()}”.
            </p>`
          : nothing
      }
    `;
  }
}

defineElement('cn-search-box', SearchBox);

declare global {
  interface HTMLElementTagNameMap {
    'cn-search-box': SearchBox;
  }
}
