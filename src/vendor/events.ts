// A small EventEmitter for graphology and sigma, built in place of the npm `events` package (a
// copy of Node's module, 6 KB minified, most of it for features neither library calls).

type Listener = (...args: never[]) => unknown;

/** What graphology, sigma and this project call: on, off (removeListener), removeAllListeners, emit. */
export class EventEmitter {
  private _events = new Map<string | symbol, Listener[]>();

  on(type: string | symbol, listener: Listener): this {
    this._events.set(type, [...(this._events.get(type) ?? []), listener]);
    return this;
  }

  /** Removes the last registration of `listener`, as Node does. */
  removeListener(type: string | symbol, listener: Listener): this {
    const list = this._events.get(type) ?? [];
    const i = list.lastIndexOf(listener);
    // A new array (as on() makes): an emit under way keeps calling the listeners it started with.
    if (i >= 0) this._events.set(type, list.toSpliced(i, 1));
    return this;
  }

  off(type: string | symbol, listener: Listener): this {
    return this.removeListener(type, listener);
  }

  removeAllListeners(type?: string | symbol): this {
    if (type === undefined) this._events.clear();
    else this._events.delete(type);
    return this;
  }

  emit(type: string | symbol, ...args: unknown[]): boolean {
    const list = this._events.get(type) ?? [];
    // As Node: an 'error' nobody listens to is thrown, not lost.
    if (type === 'error' && list.length === 0) throw args[0];
    for (const listener of list) (listener as (...a: unknown[]) => unknown).apply(this, args);
    return list.length > 0;
  }
}

export default EventEmitter;
