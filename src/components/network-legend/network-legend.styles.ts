// Styles of <cn-network-legend>: a quiet key in the corner of the canvas.
import { css } from 'lit';

export const networkLegendStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
    font-size: 0.75rem;
    color: var(--cn-muted, #5f6b7a);
    padding: 0.55rem 0.7rem;
    background: color-mix(in srgb, var(--cn-bg, #fff) 88%, transparent);
    border-radius: 10px;
    backdrop-filter: blur(6px);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.9rem;
  }
  li {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    white-space: nowrap;
  }
  .dot {
    width: 0.62rem;
    height: 0.62rem;
    border-radius: 50%;
    background: var(--cn-author, #8d99ab);
  }
  .dot.owner {
    width: 0.75rem;
    height: 0.75rem;
    background: var(--cn-owner, #1d2430);
  }
  .square {
    width: 0.55rem;
    height: 0.55rem;
    border-radius: 2px;
    background: linear-gradient(135deg, #0072b2 50%, #e69f00 50%);
  }
  .line {
    width: 1rem;
    height: 3px;
    border-radius: 2px;
    background: var(--cn-edge-active, #5b6474);
  }
`;
