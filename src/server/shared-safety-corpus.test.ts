// The server's side of "same answer on phone and server": the shared safety check run in node over the whole
// corpus must give exactly the lines the phone's environment gives (src/shared/safety/corpus.test.ts, jsdom).
import { describe, expect, it } from 'vitest';
import { corpusResultLines } from '../shared/safety/corpus-results';

describe('shared safety check in node', { timeout: 120_000 }, () => {
  it('gives the same answer for every corpus entry as the phone does', async () => {
    await expect(corpusResultLines()).toMatchFileSnapshot('../shared/safety/corpus/__results__/corpus-results.txt');
  });
});
