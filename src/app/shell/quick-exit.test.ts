import { describe, expect, it, vi } from 'vitest';
import { listenForShiftThreeTimes } from './quick-exit';

const shift = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' }));

describe('Shift three times', () => {
  it('exits on three quick presses', () => {
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
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    shift();
    t += 1000;
    shift();
    expect(exit).not.toHaveBeenCalled();
    stop();
  });
});
