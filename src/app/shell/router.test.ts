import { describe, expect, it } from 'vitest';
import { matchPath } from './router';

describe('matchPath', () => {
  it('reads params', () => {
    expect(matchPath('/wall/:promptId', '/wall/abc')).toEqual({ promptId: 'abc' });
    expect(matchPath('/join/:code', '/join/DEMO%20SHIRE')).toEqual({ code: 'DEMO SHIRE' });
  });
  it('refuses other paths', () => {
    expect(matchPath('/wall/:promptId', '/wall')).toBeNull();
    expect(matchPath('/wall', '/feed')).toBeNull();
  });
  it('matches a rest segment', () => {
    expect(matchPath('/staff/*', '/staff/queue/1')).toEqual({});
    expect(matchPath('/staff/*', '/staff')).toEqual({});
    expect(matchPath('/staff/*', '/wall')).toBeNull();
  });
});
