// Styles of <cn-profile-card>: the owner's name beside a row of figures.
import { css } from 'lit';

export const profileCardStyles = css`
  :host {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: 0.8rem 2rem;
  }
  .owner {
    margin: 0;
    font-size: 1.45rem;
    line-height: 1.15;
    font-weight: 680;
    letter-spacing: -0.02em;
  }
  .category {
    margin: 0.3rem 0 0;
    display: flex;
    align-items: center;
    gap: 0.45rem;
    color: var(--cn-muted, #5f6b7a);
    font-size: 0.875rem;
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 1.6rem;
    margin: 0;
  }
  .figures div {
    display: flex;
    flex-direction: column-reverse;
  }
  dt {
    font-size: 0.68rem;
    font-weight: 600;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--cn-muted, #5f6b7a);
  }
  dd {
    margin: 0;
    font-size: 1.2rem;
    font-weight: 650;
    font-variant-numeric: tabular-nums;
    letter-spacing: -0.01em;
  }
`;
