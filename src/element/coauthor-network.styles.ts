// Styles of <coauthor-network>: theme custom properties, the frame, the canvas and what floats over it.
import { css } from 'lit';

/** The dark theme's custom properties, for `theme="dark"` and for `theme="auto"` in a dark scheme. */
const darkTheme = css`
  --cn-bg: #12161d;
  --cn-fg: #e4e8ee;
  --cn-muted: #98a2b0;
  --cn-border: #2a313c;
  --cn-surface: #1b212b;
  --cn-accent: #ff7f57;
  --cn-focus: #6f9dff;
  --cn-link: #8cb4ff;
  --cn-author: #6f7b8c;
  --cn-owner: #f2f4f7;
  --cn-edge: #353e4b;
  --cn-edge-active: #aeb7c4;
  --cn-error: #ff8f85;
  color-scheme: dark;
`;

export const coauthorNetworkStyles = css`
  :host {
    --cn-bg: #ffffff;
    --cn-fg: #1d2430;
    --cn-muted: #5f6b7a;
    --cn-border: #e3e7ec;
    --cn-surface: #f3f5f8;
    --cn-accent: #e4572e;
    --cn-focus: #2f6fdf;
    --cn-link: #2a5bd7;
    --cn-author: #a2adbb;
    --cn-owner: #1d2430;
    --cn-edge: #d5dae1;
    --cn-edge-active: #5b6474;
    --cn-error: #b42318;
    /* A system stack: a host page without Inter would get serif canvas labels (they use the first
       family) and a font wait. The app sets Inter; a lab page sets its own font here. */
    --cn-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    --cn-radius: 14px;
    --cn-height: 640px;
    --cn-charts-width: 20rem;
    color-scheme: light;

    display: block;
    position: relative;
    height: var(--cn-height);
    min-height: 320px;
    container-type: inline-size;
    font-family: var(--cn-font);
    color: var(--cn-fg);
    background: var(--cn-bg);
    border: 1px solid var(--cn-border);
    border-radius: var(--cn-radius);
    overflow: hidden;
    -webkit-font-smoothing: antialiased;
  }
  :host([hidden]) {
    display: none;
  }
  /* The dark theme: the whole set, so nothing light is left (the renderer reads these too). */
  :host([theme='dark']) {
    ${darkTheme}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTheme}
    }
  }
  .frame {
    display: flex;
    flex-direction: column;
    height: 100%;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.8rem 1.5rem;
    padding: 1rem 1.2rem 0.9rem;
    border-bottom: 1px solid var(--cn-border);
  }
  cn-profile-card {
    flex: 1 1 26rem;
  }
  cn-search-box {
    flex: 0 1 20rem;
    min-width: 14rem;
  }
  .body {
    flex: 1;
    min-height: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas: 'stage charts';
  }
  .stage {
    grid-area: stage;
    position: relative;
    min-height: 0;
    min-width: 0;
  }
  .sigma {
    position: absolute;
    inset: 0;
  }
  .sigma:focus-visible {
    outline: 2px solid var(--cn-focus);
    outline-offset: -2px;
  }
  /* The charts: beside the graph, below it when the element is narrow or charts="below". */
  .charts {
    grid-area: charts;
    min-width: 0;
    min-height: 0;
    width: var(--cn-charts-width);
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: 0.9rem 1rem 0.2rem;
    border-left: 1px solid var(--cn-border);
  }
  @container (max-width: 760px) {
    .body {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: minmax(0, 1fr) fit-content(45%);
      grid-template-areas: 'stage' 'charts';
    }
    .charts {
      width: auto;
      border-left: 0;
      border-top: 1px solid var(--cn-border);
    }
  }
  /* An explicit charts attribute wins over the width (higher specificity than the rules above). */
  :host([charts='below']) .body {
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: minmax(0, 1fr) fit-content(45%);
    grid-template-areas: 'stage' 'charts';
  }
  :host([charts='below']) .charts {
    width: auto;
    border-left: 0;
    border-top: 1px solid var(--cn-border);
  }
  :host([charts='side']) .body {
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-rows: none;
    grid-template-areas: 'stage charts';
  }
  :host([charts='side']) .charts {
    width: min(var(--cn-charts-width), 45cqw);
    border-top: 0;
    border-left: 1px solid var(--cn-border);
  }
  .overlay {
    position: absolute;
    pointer-events: none;
    z-index: 2;
  }
  .overlay > * {
    pointer-events: auto;
  }
  .top-left {
    top: 0.8rem;
    left: 0.8rem;
  }
  .bottom-left {
    bottom: 0.6rem;
    left: 0.6rem;
    right: 0.6rem;
    display: flex;
    align-items: flex-end;
    justify-content: space-between;
    gap: 0.6rem;
  }
  .panel {
    position: absolute;
    z-index: 3;
    top: 0.8rem;
    right: 0.8rem;
    bottom: 0.8rem;
    width: min(23rem, calc(100% - 1.6rem));
    overflow-y: auto;
    overscroll-behavior: contain;
    background: var(--cn-bg);
    border: 1px solid var(--cn-border);
    border-radius: 12px;
    box-shadow: 0 16px 40px rgba(20, 28, 40, 0.14);
  }
  .panel[hidden] {
    display: none;
  }
  @container (max-width: 560px) {
    header {
      padding: 0.9rem 0.9rem 0.8rem;
    }
    cn-search-box {
      flex: 1 1 100%;
    }
    .panel {
      top: auto;
      left: 0.5rem;
      right: 0.5rem;
      bottom: 0.5rem;
      width: auto;
      max-height: 60%;
    }
  }
  .error {
    position: absolute;
    z-index: 4;
    top: 3.6rem; /* below the toolbar */
    left: 50%;
    transform: translateX(-50%);
    width: min(36rem, calc(100% - 1.6rem));
  }
  cn-layout-progress {
    flex: none;
  }
  [hidden] {
    display: none !important;
  }
  .status {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    color: var(--cn-muted);
    font-size: 0.9rem;
    pointer-events: none;
  }
`;
