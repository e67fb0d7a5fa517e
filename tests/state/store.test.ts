import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  clearCategories,
  createStore,
  setCodeOnly,
  toggleCategory,
} from '../../src/state/store';

describe('clearCategories()', () => {
  it('empties the category filter and keeps the others', () => {
    const store = createStore();
    store.dispatch(toggleCategory('CL'));
    store.dispatch(toggleCategory('LG'));
    store.dispatch(setCodeOnly(true));
    store.dispatch(clearCategories());
    expect(store.get().filters).toEqual({ range: null, categories: [], codeOnly: true });
  });

  it('returns the same state when no category is kept, so listeners are not called', () => {
    const store = createStore();
    let calls = 0;
    store.subscribe(() => (calls += 1));
    store.dispatch(clearCategories());
    expect(store.get()).toBe(DEFAULT_STATE);
    expect(calls).toBe(0);
  });
});
