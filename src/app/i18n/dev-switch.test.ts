// The developer switch is off unless asked for, and stays on once `?dev=1` has been opened.
import { afterEach, describe, expect, it } from 'vitest';
import { devSwitchOn, noteDevSwitch } from './dev-switch';

const open = (address: string) => window.history.replaceState(null, '', address);

afterEach(() => {
  localStorage.clear();
  open('/');
});

describe('developer switch', () => {
  it('is off on an ordinary phone', () => {
    expect(devSwitchOn()).toBe(false);
    open('/?dev=yes');
    expect(devSwitchOn()).toBe(false);
  });

  it('is turned on by ?dev=1 and stays on after the address changes', () => {
    open('/join/DEMOSHIRE?dev=1');
    noteDevSwitch();
    expect(localStorage.getItem('heard.dev')).toBe('1');
    open('/wall');
    expect(devSwitchOn()).toBe(true);
  });

  it('is on when kept from an earlier visit, and ?dev=0 turns it off', () => {
    localStorage.setItem('heard.dev', '1');
    expect(devSwitchOn()).toBe(true);
    open('/?dev=0');
    expect(devSwitchOn()).toBe(false);
    open('/');
    expect(devSwitchOn()).toBe(false);
  });

  it('holds while ?dev=1 is in the address when storage cannot be used', () => {
    const broken = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    expect(devSwitchOn({ location: { search: '?dev=1' } as Location, localStorage: broken })).toBe(true);
    expect(devSwitchOn({ location: { search: '' } as Location, localStorage: broken })).toBe(false);
  });
});
