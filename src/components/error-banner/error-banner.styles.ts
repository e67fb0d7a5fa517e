// Styles of <cn-error-banner>: a calm red card, the message in monospace.
import { css } from 'lit';

export const errorBannerStyles = css`
  :host {
    display: grid;
    grid-template-columns: auto 1fr auto;
    gap: 0.7rem;
    align-items: start;
    padding: 0.75rem 0.8rem 0.75rem 0.9rem;
    border-radius: 10px;
    background: #fff5f4;
    border: 1px solid #f4c7c2;
    box-shadow: 0 10px 30px rgba(180, 35, 24, 0.12);
    font-size: 0.85rem;
    line-height: 1.4;
  }
  .icon {
    width: 1.1rem;
    height: 1.1rem;
    margin-top: 0.05rem;
    fill: none;
    stroke: var(--cn-error, #b42318);
    stroke-width: 1.7;
    stroke-linecap: round;
  }
  strong {
    display: block;
    color: var(--cn-error, #b42318);
    font-weight: 650;
  }
  code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.8rem;
    word-break: break-word;
  }
`;
