// Styles of <cn-layout-progress>: a small card with a thin bar.
import { css } from 'lit';

export const layoutProgressStyles = css`
  :host {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem 0.6rem;
    padding: 0.45rem 0.6rem;
    background: var(--cn-bg, #fff);
    border: 1px solid var(--cn-border, #e3e7ec);
    border-radius: 10px;
    box-shadow: 0 4px 16px rgba(20, 28, 40, 0.1);
    font-size: 0.8rem;
    max-width: 24rem;
  }
  .label {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .bar {
    width: 7rem;
    height: 4px;
    border-radius: 2px;
    background: var(--cn-surface, #f3f5f8);
    overflow: hidden;
    flex: none;
  }
  .bar span {
    display: block;
    height: 100%;
    background: var(--cn-fg, #1d2430);
    transition: width 200ms;
  }
  .note {
    color: var(--cn-muted, #5f6b7a);
    font-size: 0.75rem;
  }
`;
