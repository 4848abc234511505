import { describe, expect, it } from 'vitest';
import { dueInfo } from './due';

// Arrived 10:00 on a Friday before a bank holiday weekend, 4 hours to act: due 14:00 the same day (clock hours).
const item = { createdAt: '2026-08-28T10:00:00.000Z', dueAt: '2026-08-28T14:00:00.000Z', actions: [] };
const at = (iso: string) => new Date(iso);

describe('safeguarding due times', () => {
  it('counts clock hours from arrival: on time, then due soon in the last quarter, then past due at the due time itself', () => {
    expect(dueInfo(item, at('2026-08-28T10:00:00.000Z')).state).toBe('on-time');
    expect(dueInfo(item, at('2026-08-28T12:59:59.999Z')).state).toBe('on-time');
    expect(dueInfo(item, at('2026-08-28T13:00:00.000Z')).state).toBe('due-soon');
    expect(dueInfo(item, at('2026-08-28T13:59:59.999Z')).state).toBe('due-soon');
    expect(dueInfo(item, at('2026-08-28T14:00:00.000Z')).state).toBe('past-due');
    // Nights, weekends and bank holidays count: days later it is still past due, never paused.
    expect(dueInfo(item, at('2026-08-31T09:00:00.000Z'))).toEqual({ state: 'past-due', dueAt: item.dueAt });
  });

  it('says nothing is due once someone recorded what they did, however late', () => {
    const done = { ...item, actions: [{ id: 'a', at: '2026-08-29T10:00:00.000Z', staffName: 'Sam', note: 'Rang duty.' }] };
    expect(dueInfo(done, at('2026-09-30T10:00:00.000Z')).state).toBe('dealt-with');
  });

  it('is never past due when the server gave no due time', () => {
    expect(dueInfo({ createdAt: item.createdAt, actions: [] }, at('2030-01-01T00:00:00.000Z'))).toEqual({ state: 'on-time', dueAt: null });
  });
});
