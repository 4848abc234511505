import { describe, expect, it } from 'vitest';
import { hashSessionToken, needsTouch, sessionVerdict } from './staff-sessions';

const timeouts = { sessionIdleMinutes: 30, sessionAbsoluteMinutes: 12 * 60 };
const start = '2026-11-22T09:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(start) + minutes * 60_000);

describe('session timeouts', () => {
  it('is live while used within the idle timeout', () => {
    expect(sessionVerdict({ createdAt: start, lastSeenAt: start }, at(29), timeouts)).toBe('live');
  });

  it('ends after the idle timeout with no use', () => {
    expect(sessionVerdict({ createdAt: start, lastSeenAt: start }, at(30), timeouts)).toBe('idle');
  });

  it('ends at the absolute timeout even when used a moment ago', () => {
    const lastSeenAt = at(12 * 60 - 1).toISOString();
    expect(sessionVerdict({ createdAt: start, lastSeenAt }, at(12 * 60 - 0.5), timeouts)).toBe('live');
    expect(sessionVerdict({ createdAt: start, lastSeenAt }, at(12 * 60), timeouts)).toBe('expired');
  });

  it('writes last_seen_at at most once a minute', () => {
    expect(needsTouch(start, at(0.5))).toBe(false);
    expect(needsTouch(start, at(1))).toBe(true);
  });
});

describe('session helpers', () => {
  it('stores a hash that is not the token and is stable', () => {
    const token = 'abc';
    expect(hashSessionToken(token)).not.toContain(token);
    expect(hashSessionToken(token)).toBe(hashSessionToken('abc'));
    expect(hashSessionToken(token)).not.toBe(hashSessionToken('abd'));
  });
});
