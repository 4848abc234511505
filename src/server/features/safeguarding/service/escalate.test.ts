// The escalation round runs every minute beside the requests; a round that fails must be said in the server's log,
// not swallowed (an escalation that never runs would otherwise go unseen), and must not stop the next round.
import { describe, expect, it, vi } from 'vitest';
import { brokenDb } from '../../../../../test/fixtures/broken-db';
import type { Ports } from '../../../ports/ports';
import { startEscalation } from './escalate';

describe('startEscalation', () => {
  it('says each failed round in the log and goes on to the next', async () => {
    const broken = brokenDb();
    const warn = vi.fn();
    const work = startEscalation(broken, {} as Ports, () => new Date('2026-03-02T10:00:00Z'), { warn }, 5);
    await vi.waitFor(() => expect(warn.mock.calls.length).toBeGreaterThanOrEqual(2));
    await work.stop();
    const [details, message] = warn.mock.calls[0]!;
    expect((details as { err: Error }).err.message).toBe('database unreachable');
    expect(message).toMatch(/escalation round failed/);
  });
});
