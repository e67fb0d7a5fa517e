// Styles of <cn-charts>: themed through --cn-* custom properties, each with a fallback.
import { css } from 'lit';

export default css`
  :host {
    --_fg: var(--cn-fg, #1f2328);
    --_bg: var(--cn-bg, #ffffff);
    --_muted: var(--cn-muted, #656d76);
    --_accent: var(--cn-accent, #0969da);
    --_line: color-mix(in srgb, var(--_muted) 22%, transparent);
    display: block;
    box-sizing: border-box;
    min-width: 0;
    color: var(--_fg);
    background: var(--_bg);
    font: 13px/1.4 var(--cn-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 4px 12px;
    margin: 0 0 10px;
  }
  .summary p {
    margin: 0;
    color: var(--_muted);
  }
  .summary strong {
    color: var(--_fg);
    font-weight: 600;
  }

  section {
    margin: 0 0 14px;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 6px 12px;
    margin: 0 0 4px;
  }
  h3 {
    margin: 0;
    font-size: 12px;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
  }

  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  button:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .segmented {
    display: inline-flex;
    border: 1px solid var(--_line);
    border-radius: 6px;
    overflow: hidden;
  }
  .segmented button {
    border: 0;
    padding: 2px 10px;
    background: transparent;
    color: var(--_muted);
  }
  .segmented button + button {
    border-left: 1px solid var(--_line);
  }
  .segmented button[aria-pressed='true'] {
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
    color: var(--_fg);
    font-weight: 600;
  }

  .more {
    margin: 2px 0 0 18px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .reset {
    border: 1px solid var(--_line);
    border-radius: 6px;
    padding: 2px 10px;
    background: transparent;
  }
  .reset:not(:disabled) {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .reset:disabled {
    cursor: default;
    color: var(--_muted);
    opacity: 0.6;
  }

  .switch {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    color: var(--_muted);
    cursor: pointer;
    user-select: none;
  }
  .switch input {
    accent-color: var(--_accent);
    margin: 0;
  }

  .readout {
    min-height: 1.4em;
    margin: 2px 0 0;
    color: var(--_muted);
    font-size: 12px;
    overflow-wrap: anywhere;
  }
  .empty {
    margin: 16px 0;
    padding: 24px 12px;
    border: 1px dashed var(--_line);
    border-radius: 8px;
    text-align: center;
    color: var(--_muted);
  }

  svg {
    display: block;
    max-width: 100%;
    overflow: visible;
    font: inherit;
    -webkit-tap-highlight-color: transparent;
  }
  svg text {
    fill: var(--_fg);
  }
  .x-axis,
  .y-axis {
    font: inherit;
    font-size: 11px;
    color: var(--_muted);
  }
  .x-axis text,
  .y-axis text {
    fill: var(--_muted);
  }
  .y-axis .domain {
    display: none;
  }
  .y-axis .tick line {
    stroke: var(--_line);
  }
  .x-axis .domain {
    stroke: var(--_muted);
  }
  .brush .overlay {
    cursor: crosshair;
  }
  .brush .selection {
    fill: var(--_accent);
    fill-opacity: 0.1;
    stroke: var(--_accent);
    stroke-opacity: 0.7;
    shape-rendering: crispEdges;
  }
  .bin .slot {
    fill: transparent;
  }
  .bin.hovered .slot,
  .bin:focus-visible .slot {
    fill: var(--_muted);
    fill-opacity: 0.1;
  }
  .bin:focus {
    outline: none;
  }
  .bin:focus-visible .slot {
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .bin .total {
    text-anchor: middle;
    font-size: 11px;
    font-variant-numeric: tabular-nums;
    fill: var(--_muted);
  }
  .segment rect {
    shape-rendering: crispEdges;
  }
  .segment .off,
  .category .off {
    fill-opacity: 0.2;
  }
  .outlines rect {
    fill: none;
    stroke: var(--_fg);
    stroke-width: 2;
  }

  .category {
    cursor: pointer;
  }
  .category .hit {
    fill: transparent;
    rx: 4px;
  }
  .category.hovered .hit,
  .category:focus-visible .hit {
    fill: var(--_muted);
    fill-opacity: 0.08;
  }
  .category:focus {
    outline: none;
  }
  .category:focus-visible .hit {
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .category .label .code {
    fill: var(--_muted);
    font-size: 11px;
  }
  .category.selected .label .name {
    font-weight: 600;
  }
  .category.excluded .label,
  .category.excluded .swatch {
    opacity: 0.45;
  }
  .category .check {
    fill: none;
    stroke: #fff;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .category .count {
    font-size: 12px;
    font-variant-numeric: tabular-nums;
    fill: var(--_muted);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
