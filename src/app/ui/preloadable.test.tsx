// A preloaded screen is drawn at once, with no fallback (React.lazy alone suspends on its first draw even when its
// chunk has arrived); one that was not preloaded is still loaded on demand.
import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { preloadable } from './preloadable';

afterEach(cleanup);

const Hello = ({ name }: { name: string }) => <p>Hello {name}</p>;

describe('preloadable', () => {
  it('draws a preloaded screen in the first render, without its fallback, and loads the chunk once', async () => {
    const load = vi.fn(async () => ({ default: Hello }));
    const Screen = preloadable(load);
    await Screen.preload();
    await Screen.preload();
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Screen name="Sam" />
      </Suspense>,
    );
    expect(screen.getByText('Hello Sam')).toBeTruthy();
    expect(screen.queryByText('Loading')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('asks for the chunk again when a preload failed (a lost signal), instead of failing the screen with it', async () => {
    const load = vi
      .fn<() => Promise<{ default: typeof Hello }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue({ default: Hello });
    const Screen = preloadable(load);
    await expect(Screen.preload()).rejects.toThrow(TypeError);
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Screen name="Jo" />
      </Suspense>,
    );
    expect(await screen.findByText('Hello Jo')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('loads on demand, behind its fallback, when it was not preloaded', async () => {
    const Screen = preloadable(async () => ({ default: Hello }));
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Screen name="Ali" />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeTruthy();
    await act(async () => undefined);
    expect(await screen.findByText('Hello Ali')).toBeTruthy();
  });
});
