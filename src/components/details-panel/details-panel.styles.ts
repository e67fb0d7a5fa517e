// Styles of <cn-details-panel>: a calm reading column with clear sections.
import { css } from 'lit';

export const detailsPanelStyles = css`
  :host {
    display: block;
    font-size: 0.875rem;
    line-height: 1.45;
  }
  article {
    position: relative;
    padding: 1.1rem 1.2rem 1.4rem;
  }
  .close {
    position: absolute;
    top: 0.7rem;
    right: 0.7rem;
    width: 1.9rem;
    height: 1.9rem;
    display: grid;
    place-items: center;
    border: 0;
    border-radius: 999px;
    background: transparent;
    cursor: pointer;
    color: var(--cn-muted, #5f6b7a);
  }
  .close:hover {
    background: var(--cn-surface, #f3f5f8);
    color: var(--cn-fg, #1d2430);
  }
  .close svg {
    width: 0.9rem;
    height: 0.9rem;
    stroke: currentColor;
    stroke-width: 1.8;
    stroke-linecap: round;
    fill: none;
  }
  .kicker {
    margin: 0 0 0.3rem;
    font-size: 0.7rem;
    font-weight: 600;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--cn-muted, #5f6b7a);
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .badge.owner {
    text-transform: none;
    letter-spacing: 0.01em;
    color: var(--cn-fg, #1d2430);
  }
  h2 {
    margin: 0 2rem 0.35rem 0;
    font-size: 1.2rem;
    line-height: 1.3;
    font-weight: 650;
    letter-spacing: -0.01em;
    text-wrap: balance;
  }
  .summary {
    margin: 0 0 1rem;
    color: var(--cn-muted, #5f6b7a);
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  section {
    border-top: 1px solid var(--cn-border, #e3e7ec);
    padding-top: 0.8rem;
    margin-top: 0.9rem;
  }
  h3 {
    margin: 0 0 0.55rem;
    font-size: 0.72rem;
    font-weight: 600;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--cn-muted, #5f6b7a);
  }
  ul,
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .papers li {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.6rem;
    padding: 0.4rem 0;
  }
  .papers .swatch {
    margin-top: 0.32rem;
  }
  .papers .title {
    font-weight: 550;
    line-height: 1.35;
  }
  .meta {
    margin-top: 0.2rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    align-items: center;
    color: var(--cn-muted, #5f6b7a);
    font-size: 0.8rem;
  }
  .coauthors li {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    padding: 0.22rem 0;
  }
  .shared {
    color: var(--cn-muted, #5f6b7a);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .categories {
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
    margin-bottom: 0.2rem;
  }
  .categories li {
    display: flex;
    gap: 0.45rem;
    align-items: center;
  }
  .authors {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15rem 0;
  }
  .authors li {
    display: flex; /* drops the template's whitespace before the comma */
  }
  .authors li:not(:last-child)::after {
    content: ',';
    margin-right: 0.4em;
  }
  .authors .owner {
    font-weight: 650;
  }
  .note {
    margin: 0.6rem 0 0;
    padding: 0.45rem 0.6rem;
    border-radius: 6px;
    background: var(--cn-surface, #f3f5f8);
    color: var(--cn-muted, #5f6b7a);
    font-size: 0.8rem;
  }
  .abstract {
    margin: 0;
    color: var(--cn-fg, #1d2430);
    hyphens: auto;
    text-wrap: pretty;
  }
`;
