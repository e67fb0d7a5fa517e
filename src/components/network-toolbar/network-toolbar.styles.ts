// Styles of <cn-network-toolbar>: small floating groups of buttons over the canvas.
import { css } from 'lit';

export const networkToolbarStyles = css`
  :host {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    font-size: 0.8rem;
  }
  .group {
    display: inline-flex;
    padding: 3px;
    gap: 2px;
    background: color-mix(in srgb, var(--cn-bg, #fff) 92%, transparent);
    border: 1px solid var(--cn-border, #e3e7ec);
    border-radius: 10px;
    box-shadow: 0 1px 2px rgba(20, 28, 40, 0.06);
    backdrop-filter: blur(6px);
  }
  button {
    border: 0;
    background: transparent;
    border-radius: 7px;
    height: 1.85rem;
    padding: 0 0.7rem;
    cursor: pointer;
    color: var(--cn-muted, #5f6b7a);
    font-weight: 550;
    white-space: nowrap;
  }
  button:hover {
    color: var(--cn-fg, #1d2430);
    background: var(--cn-surface, #f3f5f8);
  }
  .views button[aria-checked='true'],
  button[aria-pressed='true'] {
    background: var(--cn-fg, #1d2430);
    color: var(--cn-bg, #fff);
  }
  .zoom button {
    width: 1.85rem;
    padding: 0;
    display: grid;
    place-items: center;
  }
  svg {
    width: 0.95rem;
    height: 0.95rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.7;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
`;
