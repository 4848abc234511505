import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './db';
import { forgetDraftsIfFled, markFled } from './drafts';

describe('drafts after a quick exit', () => {
  beforeEach(async () => {
    localStorage.clear();
    await db.drafts.clear();
    await db.drafts.put({ key: 'wall:p1', text: 'something I was about to say', updatedAt: '2026-12-01T10:00:00.000Z' });
    await db.surveyDrafts.put({ surveyId: 's1', version: 1, answers: { feel: 'never' }, index: 3, updatedAt: '2026-12-01T10:00:00.000Z' });
    await db.requestDrafts.put({ kind: 'complaint', step: 2, answers: { details: 'what happened at home' }, updatedAt: '2026-12-01T10:00:00.000Z' });
  });

  it('are kept when Heard was left the ordinary way', async () => {
    await forgetDraftsIfFled();
    expect(await db.drafts.count()).toBe(1);
    expect(await db.surveyDrafts.count()).toBe(1);
    expect(await db.requestDrafts.count()).toBe(1);
  });

  it('are gone before the next first screen, even when the page left before IndexedDB finished', async () => {
    // The page navigates away at once: simulate the clearing that never finished by putting the draft back.
    markFled();
    await db.drafts.put({ key: 'wall:p1', text: 'something I was about to say', updatedAt: '2026-12-01T10:00:00.000Z' });
    await forgetDraftsIfFled();
    expect(await db.drafts.count()).toBe(0);
    // A survey half answered is gone too: its answers are the young person's words as much as a draft post.
    expect(await db.surveyDrafts.count()).toBe(0);
    // And a request for help half written.
    expect(await db.requestDrafts.count()).toBe(0);
    expect(localStorage.getItem('heard:fled')).toBeNull();
  });

  it('keep what was sent: the outbox is untouched', async () => {
    await db.outbox.add({
      id: 'op-1',
      type: 'wall.post',
      payload: { promptId: 'p1', text: 'sent' },
      createdAt: '2026-12-01T10:00:00.000Z',
      state: 'queued',
      attempts: 0,
    });
    markFled();
    await forgetDraftsIfFled();
    expect(await db.outbox.where('id').equals('op-1').count()).toBe(1);
    await db.outbox.clear();
  });
});
