// Splits a bar's papers into the parts both charts draw: active, filtered out, and marked outlines.

export interface BarParts {
  count: number;
  /** Papers that pass the filters. */
  active: number;
  /** Selected papers among all of them (active or not). */
  marked: number;
  /**
   * Marked stretches, in papers from the bar's base: the bar is drawn as active papers first
   * (marked ones at the base), then filtered-out papers (marked ones first again).
   */
  outlines: Array<[number, number]>;
}

/** Counts of one bar's papers, given the active ids (null: all active) and the marked ids. */
export function barParts(
  paperIds: readonly string[],
  active: ReadonlySet<string> | null,
  marked: ReadonlySet<string>,
): BarParts {
  let activeCount = 0;
  let markedActive = 0;
  let markedInactive = 0;
  for (const id of paperIds) {
    const isActive = active === null || active.has(id);
    if (isActive) activeCount += 1;
    if (marked.has(id)) {
      if (isActive) markedActive += 1;
      else markedInactive += 1;
    }
  }
  const outlines: Array<[number, number]> = [];
  if (markedActive > 0) outlines.push([0, markedActive]);
  if (markedInactive > 0) outlines.push([activeCount, activeCount + markedInactive]);
  return {
    count: paperIds.length,
    active: activeCount,
    marked: markedActive + markedInactive,
    outlines,
  };
}

/** "1 paper", "5 papers". */
export function papersLabel(n: number): string {
  return `${n} ${n === 1 ? 'paper' : 'papers'}`;
}

/** The accessible name of a bar: `2024: 5 papers`, then what filters and selection change. */
export function barLabel(name: string, parts: BarParts): string {
  const extra: string[] = [];
  if (parts.active !== parts.count) extra.push(`${parts.active} shown`);
  if (parts.marked > 0) extra.push(`${parts.marked} selected`);
  return `${name}: ${papersLabel(parts.count)}${extra.length ? `, ${extra.join(', ')}` : ''}`;
}

/** Moves the roving tab stop among `items` to `next` and focuses it. */
export function moveFocus(items: readonly Element[], next: number): void {
  const target = items[Math.max(0, Math.min(items.length - 1, next))];
  if (!target) return;
  for (const item of items) item.setAttribute('tabindex', item === target ? '0' : '-1');
  (target as unknown as HTMLOrSVGElement).focus();
}

/** Keeps exactly one tab stop among `items` (the existing one, else the first). */
export function ensureTabStop(items: readonly Element[]): void {
  if (items.length === 0) return;
  const stop = items.find((i) => i.getAttribute('tabindex') === '0') ?? items[0];
  for (const item of items) item.setAttribute('tabindex', item === stop ? '0' : '-1');
}

/** Index the arrow/Home/End key moves to from `index` among `length` items, or null. */
export function keyTarget(key: string, index: number, length: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(length - 1, index + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return length - 1;
    default:
      return null;
  }
}
