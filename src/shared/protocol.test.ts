import { describe, expect, it } from 'vitest';
import { pushResponseSchema } from './protocol';

describe('push answers', () => {
  it('keep a rejection whose code this version does not know, with its message', () => {
    const parsed = pushResponseSchema.parse({
      results: [
        { id: 'a', status: 'rejected', code: 'something-newer', message: 'A newer server said no.' },
        { id: 'b', status: 'rejected', code: 'too-many', message: 'Slow down.' },
        { id: 'c', status: 'accepted', ref: 'r1' },
      ],
    });
    expect(parsed.results).toEqual([
      { id: 'a', status: 'rejected', code: undefined, message: 'A newer server said no.' },
      { id: 'b', status: 'rejected', code: 'too-many', message: 'Slow down.' },
      { id: 'c', status: 'accepted', ref: 'r1' },
    ]);
  });
  it('still refuse an answer that is not a push answer', () => {
    expect(pushResponseSchema.safeParse({ results: [{ id: 'a', status: 'maybe' }] }).success).toBe(false);
  });
});
