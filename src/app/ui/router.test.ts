import { describe, expect, it } from 'vitest';
import { matchPath, navigate } from './router';

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
  it('matches no route with a broken escape instead of throwing (the shell is drawn from it)', () => {
    expect(matchPath('/join/:code', '/join/%E0')).toBeNull();
    expect(matchPath('/join/:code', '/join/50%')).toBeNull();
  });
});

describe('navigate', () => {
  it('moves between screens without adding history entries (quick exit leaves nothing on Back)', () => {
    const before = window.history.length;
    navigate('/wall');
    navigate('/wall/p1');
    navigate('/');
    expect(window.location.pathname).toBe('/');
    expect(window.history.length).toBe(before);
  });
});
