import { afterEach, describe, expect, it, vi } from 'vitest';
import { listenForQuickExitKeys } from './quick-exit';

const key = (type: 'keydown' | 'keyup', k: string, init: KeyboardEventInit = {}) =>
  window.dispatchEvent(new KeyboardEvent(type, { key: k, ...init }));
/** A key pressed and released, with whatever modifiers `init` says are held. */
const press = (k: string, init: KeyboardEventInit = {}) => {
  key('keydown', k, init);
  key('keyup', k, init);
};
/** Shift held while another key is pressed: Shift+Tab, or a capital letter. */
const shiftWith = (k: string) => {
  key('keydown', 'Shift', { shiftKey: true });
  press(k, { shiftKey: true });
  key('keyup', 'Shift');
};

let stop = () => {};
afterEach(() => stop());

/** Starts listening with a clock the test moves by hand. */
function listen() {
  const clock = { t: 0 };
  const exit = vi.fn();
  stop = listenForQuickExitKeys(exit, () => clock.t);
  return { clock, exit };
}

describe('Escape twice', () => {
  it('exits on two quick presses of Escape', () => {
    const { clock, exit } = listen();
    press('Escape');
    expect(exit).not.toHaveBeenCalled();
    clock.t += 300;
    press('Escape');
    expect(exit).toHaveBeenCalledTimes(1);
  });
  it('exits when the second press comes just within a second', () => {
    const { clock, exit } = listen();
    press('Escape');
    clock.t += 1000;
    press('Escape');
    expect(exit).toHaveBeenCalledTimes(1);
  });
  it('does not exit on two presses 1.2 s apart, but the later one starts a new count', () => {
    const { clock, exit } = listen();
    press('Escape');
    clock.t += 1200;
    press('Escape');
    expect(exit).not.toHaveBeenCalled();
    clock.t += 200;
    press('Escape');
    expect(exit).toHaveBeenCalledTimes(1);
  });
  it('does not exit on Escape, a letter, Escape', () => {
    const { clock, exit } = listen();
    press('Escape');
    clock.t += 100;
    press('a');
    clock.t += 100;
    press('Escape');
    expect(exit).not.toHaveBeenCalled();
  });
  it('one exit per pair: a third quick press does not exit again', () => {
    const { clock, exit } = listen();
    press('Escape');
    clock.t += 100;
    press('Escape');
    clock.t += 100;
    press('Escape');
    expect(exit).toHaveBeenCalledTimes(1);
  });
  it('a held-down Escape (key repeat) is one press', () => {
    const { clock, exit } = listen();
    key('keydown', 'Escape');
    for (let i = 0; i < 5; i += 1) {
      clock.t += 30;
      key('keydown', 'Escape', { repeat: true });
    }
    key('keyup', 'Escape');
    expect(exit).not.toHaveBeenCalled();
  });
  it('does not count Escape with Ctrl, Alt, Meta or Shift held', () => {
    const { exit } = listen();
    for (const mod of ['ctrlKey', 'altKey', 'metaKey', 'shiftKey'] as const) {
      press('Escape', { [mod]: true });
      press('Escape', { [mod]: true });
      // Nor as one of a pair with a bare Escape.
      press('Escape');
      press('Escape', { [mod]: true });
    }
    expect(exit).not.toHaveBeenCalled();
  });
  it('never fires on Shift pressed on its own three times', () => {
    const { exit } = listen();
    for (let i = 0; i < 3; i += 1) press('Shift', { shiftKey: true });
    expect(exit).not.toHaveBeenCalled();
  });
  it('never fires on Shift+Tab, however quickly a keyboard or switch user moves back', () => {
    const { exit } = listen();
    for (let i = 0; i < 3; i += 1) shiftWith('Tab');
    expect(exit).not.toHaveBeenCalled();
  });
  it('never fires on "I Want More" typed quickly with Shift held for the capitals', () => {
    const { exit } = listen();
    for (const ch of 'I Want More') {
      if (ch !== ch.toLowerCase()) shiftWith(ch);
      else press(ch);
    }
    expect(exit).not.toHaveBeenCalled();
  });
  it('stops listening when told to', () => {
    const { exit } = listen();
    stop();
    press('Escape');
    press('Escape');
    expect(exit).not.toHaveBeenCalled();
  });
  it('hears Escape in the capture phase, even when the page stops it from going further', () => {
    const { exit } = listen();
    const box = document.createElement('input');
    document.body.append(box);
    const swallow = (e: Event) => e.stopPropagation();
    box.addEventListener('keydown', swallow);
    document.addEventListener('keydown', swallow, true);
    try {
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      expect(exit).toHaveBeenCalledTimes(1);
    } finally {
      document.removeEventListener('keydown', swallow, true);
      box.remove();
    }
  });
  it('leaves Escape to the page: a modal dialog can still close on it', () => {
    listen();
    const e = new KeyboardEvent('keydown', { key: 'Escape', cancelable: true });
    window.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(false);
  });
});
