// Styles shared by the viewer's sub-components: type, buttons, badges, focus rings (all themed by --cn-*).
import { css } from 'lit';

export const sharedStyles = css`
  :host {
    font-family: var(--cn-font, system-ui, sans-serif);
    color: var(--cn-fg, #1d2430);
    -webkit-font-smoothing: antialiased;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--cn-focus, #2f6fdf);
    outline-offset: 2px;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    padding: 0.05em 0.45em;
    border-radius: 999px;
    font-size: 0.72rem;
    font-weight: 600;
    letter-spacing: 0.02em;
    line-height: 1.5;
    white-space: nowrap;
    border: 1px solid var(--cn-border, #e3e7ec);
    color: var(--cn-muted, #5f6b7a);
    background: var(--cn-bg, #fff);
  }
  .badge.code {
    color: #0b6b3a;
    background: #e8f6ee;
    border-color: #bfe5cf;
  }
  .swatch {
    display: inline-block;
    width: 0.62rem;
    height: 0.62rem;
    border-radius: 2px;
    flex: none;
  }
  .link {
    all: unset;
    cursor: pointer;
    color: inherit;
    border-radius: 3px;
  }
  .link:hover {
    color: var(--cn-link, #2a5bd7);
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .link:focus-visible {
    outline: 2px solid var(--cn-focus, #2f6fdf);
    outline-offset: 1px;
  }
  .muted {
    color: var(--cn-muted, #5f6b7a);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** The small outlined buttons of the status boxes (error banner, layout progress). */
export const smallButtonStyles = css`
  button {
    border: 1px solid var(--cn-border, #e3e7ec);
    background: var(--cn-bg, #fff);
    border-radius: 7px;
    padding: 0.2rem 0.6rem;
    font-size: 0.8rem;
    cursor: pointer;
  }
`;
