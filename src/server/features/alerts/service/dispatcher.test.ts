// The alert dispatcher's rounds run beside the requests; a round that fails (the database unreachable) must be said
// in the server's log, not swallowed, and the next round still runs.
import { describe, expect, it, vi } from 'vitest';
import { brokenDb } from '../../../../../test/fixtures/broken-db';
import type { SecretBox } from '../../../lib/secrets';
import { startDispatcher } from './dispatcher';

describe('startDispatcher', () => {
  it('says each failed round in the log and goes on to the next', async () => {
    const broken = brokenDb();
    const warn = vi.fn();
    const send = vi.fn();
    const work = startDispatcher({ db: broken, now: () => new Date(), send, secrets: {} as SecretBox, log: { warn } }, 5);
    await vi.waitFor(() => expect(warn.mock.calls.length).toBeGreaterThanOrEqual(2));
    await work.stop();
    expect((warn.mock.calls[0]![0] as { err: Error }).err.message).toBe('database unreachable');
    expect(warn.mock.calls[0]![1]).toMatch(/sending round failed/);
    expect(send).not.toHaveBeenCalled();
  });
});
