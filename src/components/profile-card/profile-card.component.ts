// <cn-profile-card>: the profile's owner, primary category and headline figures (whatever the profile gives).
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { categoryName } from '../../profile/categories';
import type { Profile } from '../../profile/types';
import { defineElement } from '../../dom/define-element';
import { sharedStyles } from '../shared.styles';
import { profileFigures } from './profile-figures';
import { profileCardStyles } from './profile-card.styles';

export class ProfileCard extends LitElement {
  static override styles = [sharedStyles, profileCardStyles];

  /** The profile to summarise. */
  @property({ attribute: false }) profile: Profile | null = null;
  /** Colour of a primary category (the shared palette). */
  @property({ attribute: false }) paperColor: (code: string | null) => string = () => '#8a8f98';

  override render(): TemplateResult | typeof nothing {
    const profile = this.profile;
    if (!profile) return nothing;
    const code = profile.primaryCategory;
    return html`
      <div class="who">
        <h2 class="owner">${profile.owner}</h2>
        ${
          code !== null
            ? html`<p class="category">
                <span class="swatch" style="background:${this.paperColor(code)}"></span>
                ${categoryName(code)} <span class="badge">${code}</span>
              </p>`
            : nothing
        }
      </div>
      <dl class="figures">
        ${profileFigures(profile).map(
          (f) =>
            html`<div title=${f.title}>
              <dt>${f.label}</dt>
              <dd>${f.value}</dd>
            </div>`,
        )}
      </dl>
    `;
  }
}

defineElement('cn-profile-card', ProfileCard);

declare global {
  interface HTMLElementTagNameMap {
    'cn-profile-card': ProfileCard;
  }
}
