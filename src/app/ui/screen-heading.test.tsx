// A new screen's heading takes focus and names the tab, also when it arrives after the address changed.
import { act, cleanup, render } from '@testing-library/react';
import { useEffect, useRef, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ScreenHeading } from './screen-heading';

let show: (path: string, heading: string | null) => void = () => {};

function Frame({ focusFirstScreen }: { focusFirstScreen: boolean }) {
  const main = useRef<HTMLElement>(null);
  const [screen, setScreen] = useState<{ path: string; heading: string | null }>({ path: '/', heading: 'Home' });
  useEffect(() => {
    show = (path, heading) => setScreen({ path, heading });
  }, []);
  return (
    <>
      <button type="button">Wall</button>
      <main ref={main}>
        <ScreenHeading main={main} path={screen.path} appName="Heard" focusFirstScreen={focusFirstScreen} />
        {screen.heading ? <h1>{screen.heading}</h1> : <p>Loading…</p>}
      </main>
    </>
  );
}

afterEach(cleanup);

describe('ScreenHeading', () => {
  it('names the tab after the first screen but leaves focus at the top of the page', () => {
    render(<Frame focusFirstScreen={false} />);
    expect(document.title).toBe('Home – Heard');
    expect(document.activeElement).toBe(document.body);
  });

  it('focuses the new screen’s heading once it arrives, and renames the tab', async () => {
    const { getByRole } = render(<Frame focusFirstScreen={false} />);
    getByRole('button').focus();
    act(() => show('/wall', null));
    expect(document.title).toBe('Heard');
    expect(document.activeElement).toBe(getByRole('button'));
    act(() => show('/wall', 'The wall'));
    await act(async () => {});
    expect(document.activeElement).toBe(getByRole('heading', { level: 1 }));
    expect(document.title).toBe('The wall – Heard');
  });

  it('focuses the first screen too when asked (the staff area)', () => {
    const { getByRole } = render(<Frame focusFirstScreen />);
    expect(document.activeElement).toBe(getByRole('heading', { level: 1 }));
  });
});
