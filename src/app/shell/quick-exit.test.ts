import { describe, expect, it, vi } from 'vitest';
import { listenForShiftThreeTimes } from './quick-exit';

const key = (type: 'keydown' | 'keyup', k: string, init: KeyboardEventInit = {}) =>
  window.dispatchEvent(new KeyboardEvent(type, { key: k, ...init }));
/** Shift pressed and released on its own. */
const shift = () => {
  key('keydown', 'Shift', { shiftKey: true });
  key('keyup', 'Shift');
};
/** Shift held while another key is pressed: Shift+Tab, or a capital letter. */
const shiftWith = (k: string) => {
  key('keydown', 'Shift', { shiftKey: true });
  key('keydown', k, { shiftKey: true });
  key('keyup', k, { shiftKey: true });
  key('keyup', 'Shift');
};

describe('Shift three times', () => {
  it('exits on three quick presses of Shift on its own', () => {
    let t = 0;
    const exit = vi.fn();
    const stop = listenForShiftThreeTimes(exit, () => t);
    shift();
    t += 300;
    shift();
    t += 300;
    shift();
    expect(exit).toHaveBeenCalledTimes(1);
    stop();
  });
  it('ignores slow presses and other keys', () => {
    let t = 0;
    const exit = vi.fn();
    const stop = listenForShiftThreeTimes(exit, () => t);
    shift();
    t += 1000;
    key('keydown', 'a');
    shift();
    t += 1000;
    shift();
    expect(exit).not.toHaveBeenCalled();
    stop();
  });
  it('never fires on Shift+Tab, however quickly a keyboard or switch user moves back', () => {
    const exit = vi.fn();
    const stop = listenForShiftThreeTimes(exit, () => 0);
    for (let i = 0; i < 6; i += 1) shiftWith('Tab');
    expect(exit).not.toHaveBeenCalled();
    stop();
  });
  it('never fires on capital letters typed quickly ("I Want More")', () => {
    const exit = vi.fn();
    const stop = listenForShiftThreeTimes(exit, () => 0);
    shiftWith('I');
    key('keydown', ' ');
    shiftWith('W');
    for (const k of 'ant ') key('keydown', k);
    shiftWith('M');
    expect(exit).not.toHaveBeenCalled();
    stop();
  });
  it('a capital between bare presses starts the count again', () => {
    const exit = vi.fn();
    const stop = listenForShiftThreeTimes(exit, () => 0);
    shift();
    shift();
    shiftWith('A');
    shift();
    expect(exit).not.toHaveBeenCalled();
    shift();
    shift();
    expect(exit).toHaveBeenCalledTimes(1);
    stop();
  });
  it('a held Shift (key repeat) is one press', () => {
    const exit = vi.fn();
    const stop = listenForShiftThreeTimes(exit, () => 0);
    key('keydown', 'Shift');
    key('keydown', 'Shift', { repeat: true });
    key('keydown', 'Shift', { repeat: true });
    key('keyup', 'Shift');
    expect(exit).not.toHaveBeenCalled();
    stop();
  });
});
