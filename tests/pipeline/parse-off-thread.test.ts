// loadNetworkSoon(): small inputs at once, large ones through the worker or, where none can start (Node), the main thread.
import { describe, expect, test } from 'vitest';
import { FetchSourceError } from '../../src/pipeline/fetch-source';
import { loadNetwork, type LoadedNetwork } from '../../src/pipeline/load-network';
import { loadNetworkSoon, OFF_THREAD_FROM_CHARS } from '../../src/pipeline/parse-off-thread';
import { ProfileParseError } from '../../src/profile/errors';
import { generateProfile } from '../../src/synth/generate-profile';

describe('loadNetworkSoon()', () => {
  test('a small profile is read at once, as loadNetwork() reads it', () => {
    const text = generateProfile({ papers: 20, seed: 3 });
    const soon = loadNetworkSoon(text, 'small.txt');
    expect(soon).not.toBeInstanceOf(Promise);
    const now = soon as Exclude<typeof soon, Promise<unknown>>;
    expect(now.graph.export()).toEqual(loadNetwork(text, 'small.txt').graph.export());
  });

  test('a large profile gives a promise of the same network, with no worker in Node', async () => {
    let papers = 4000;
    let text = generateProfile({ papers, seed: 3 });
    while (text.length < OFF_THREAD_FROM_CHARS)
      text = generateProfile({ papers: (papers *= 2), seed: 3 });
    const soon = loadNetworkSoon(text, 'large.txt');
    expect(soon).toBeInstanceOf(Promise);
    const loaded = await soon;
    const direct = loadNetwork(text, 'large.txt');
    expect(loaded.laidOut).toBe(false);
    expect(loaded.profile).toEqual(direct.profile);
    expect(loaded.graph.export()).toEqual(direct.graph.export());
  }, 60_000);

  test('a large broken profile rejects with the parser error and its line', async () => {
    const filler = 'word '.repeat(OFF_THREAD_FROM_CHARS / 5);
    const text = `Owner\n\nLGOct 28, 2022\nTitle\n\nA B\n\n${filler}\n\nLGFeb 30, 2024\nT\n\nC D\n`;
    const error = await Promise.resolve(loadNetworkSoon(text, 'broken.txt')).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ProfileParseError);
    expect((error as ProfileParseError).message).toMatch(/^broken\.txt:10: invalid date/);
  });

  test('bytes of a fetched body: decoded here when small, in the worker (or its stand-in) when large', async () => {
    const small = generateProfile({ papers: 20, seed: 3 });
    const now = loadNetworkSoon(
      new TextEncoder().encode(small),
      'small.txt',
      'https://x/small.txt',
    );
    expect(now).not.toBeInstanceOf(Promise);
    expect((now as LoadedNetwork).profile).toEqual(loadNetwork(small, 'small.txt').profile);

    let papers = 4000;
    let text = generateProfile({ papers, seed: 3 });
    while (text.length < OFF_THREAD_FROM_CHARS)
      text = generateProfile({ papers: (papers *= 2), seed: 3 });
    const soon = loadNetworkSoon(
      new TextEncoder().encode(text),
      'large.txt',
      'https://x/large.txt',
    );
    expect(soon).toBeInstanceOf(Promise);
    expect((await soon).graph.export()).toEqual(loadNetwork(text, 'large.txt').graph.export());
  }, 60_000);

  test('bytes that are not text are refused with the URL, small or large', async () => {
    for (const size of [100, OFF_THREAD_FROM_CHARS + 1]) {
      const bytes = new Uint8Array(size).fill(0x41);
      bytes[size - 1] = 0;
      const error = await Promise.resolve()
        .then(() => loadNetworkSoon(bytes, 'b.bin', 'https://x/b.bin'))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FetchSourceError);
      expect((error as Error).message).toBe(
        'https://x/b.bin is not a text profile (binary data: NUL bytes)',
      );
    }
  });
});
