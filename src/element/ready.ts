// A promise with its settle functions exposed, remembering whether it has settled (the element's `ready`).

export interface Ready {
  readonly promise: Promise<void>;
  readonly settled: boolean;
  resolve(): void;
  reject(error: unknown): void;
}

export function createReady(): Ready {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Nobody may be waiting on it: a rejection must not surface as an unhandled one.
  promise.catch(() => undefined);
  const ready = {
    promise,
    settled: false,
    resolve() {
      ready.settled = true;
      resolve();
    },
    reject(error: unknown) {
      ready.settled = true;
      reject(error);
    },
  };
  return ready;
}
