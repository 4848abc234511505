// For screen tests (tests only): a feature's writes that fail, as a closed or full storage would, while a test says so,
// to check the screen tells the young person and keeps what they did. A vi.mock factory runs before the test file's
// imports, so it loads this module with `await import(...)`; the test imports it as usual and gets the same switch.

type Write = (...args: never[]) => Promise<unknown>;

/** Set `fail` to make the writes fail; `tried` names each write tried while they failed. */
export const failingWrites = { fail: false, tried: [] as string[] };

/** Writes work again and nothing is counted as tried (for afterEach). */
export function resetFailingWrites(): void {
  failingWrites.fail = false;
  failingWrites.tried = [];
}

/** The module as it is, but with the named writes failing while `failingWrites.fail` is set. */
export function withFailingWrites<M extends Record<K, Write>, K extends keyof M & string>(actual: M, ...names: K[]): M {
  const failing = names.map((name) => {
    const real = actual[name];
    const write = (...args: Parameters<typeof real>) => {
      if (!failingWrites.fail) return real(...args);
      failingWrites.tried.push(name);
      return Promise.reject(new Error('QuotaExceededError'));
    };
    return [name, write] as const;
  });
  return { ...actual, ...Object.fromEntries(failing) };
}
