// Formatting shared by the panels: dates in UTC, counts with their noun.

const DATE = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

/** `2024-02-01` → `Feb 1, 2024` (the date as written in the profile, whatever the reader's zone). */
export function formatDate(iso: string): string {
  const time = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(time) ? iso : DATE.format(time);
}

/** `1 paper`, `6 papers`; numbers grouped (`1,234 citations`). */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? singular : plural}`;
}
