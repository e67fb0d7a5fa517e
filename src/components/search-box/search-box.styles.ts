// Styles of <cn-search-box>: a rounded field with a floating result list.
import { css } from 'lit';

export const searchBoxStyles = css`
  :host {
    display: block;
    position: relative;
    font-size: 0.875rem;
  }
  .box {
    position: relative;
  }
  .icon {
    position: absolute;
    left: 0.7rem;
    top: 50%;
    width: 0.95rem;
    height: 0.95rem;
    transform: translateY(-50%);
    fill: none;
    stroke: var(--cn-muted, #5f6b7a);
    stroke-width: 1.6;
    stroke-linecap: round;
    pointer-events: none;
  }
  input {
    width: 100%;
    height: 2.3rem;
    padding: 0 0.8rem 0 2.1rem;
    border: 1px solid var(--cn-border, #e3e7ec);
    border-radius: 999px;
    background: var(--cn-bg, #fff);
    color: var(--cn-fg, #1d2430);
    font: inherit;
    transition:
      border-color 120ms,
      box-shadow 120ms;
  }
  input::placeholder {
    color: var(--cn-muted, #5f6b7a);
    opacity: 0.85;
  }
  input:focus {
    outline: none;
    border-color: var(--cn-focus, #2f6fdf);
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--cn-focus, #2f6fdf) 18%, transparent);
  }
  ul {
    position: absolute;
    z-index: 20;
    left: 0;
    right: 0;
    top: calc(100% + 0.35rem);
    margin: 0;
    padding: 0.3rem;
    list-style: none;
    background: var(--cn-bg, #fff);
    border: 1px solid var(--cn-border, #e3e7ec);
    border-radius: 12px;
    box-shadow: 0 12px 32px rgba(20, 28, 40, 0.14);
    max-height: 22rem;
    overflow-y: auto;
  }
  ul[hidden] {
    display: none;
  }
  li {
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: center;
    gap: 0.55rem;
    padding: 0.45rem 0.6rem;
    border-radius: 8px;
    cursor: pointer;
  }
  li.active {
    background: var(--cn-surface, #f3f5f8);
  }
  .label {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .hint {
    color: var(--cn-muted, #5f6b7a);
    font-size: 0.75rem;
    white-space: nowrap;
  }
  .kind {
    width: 0.6rem;
    height: 0.6rem;
    background: var(--cn-author, #8d99ab);
  }
  .kind.author {
    border-radius: 50%;
  }
  .kind.paper {
    border-radius: 2px;
    background: var(--cn-muted, #5f6b7a);
  }
  .empty {
    position: absolute;
    z-index: 20;
    left: 0;
    right: 0;
    top: calc(100% + 0.35rem);
    margin: 0;
    padding: 0.7rem 0.9rem;
    background: var(--cn-bg, #fff);
    border: 1px solid var(--cn-border, #e3e7ec);
    border-radius: 12px;
    color: var(--cn-muted, #5f6b7a);
    box-shadow: 0 12px 32px rgba(20, 28, 40, 0.14);
  }
`;
