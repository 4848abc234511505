// A screen that cannot open is replaced by plain words and "Try again"; the rest of the page stays.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import enCommon from '../../../locales/en/common.json';
import { initTestI18n } from '../i18n/test-i18n';
import { ScreenErrorBoundary } from './screen-error';

beforeAll(() => initTestI18n({ en: { common: enCommon } }, 'common'));
afterEach(cleanup);

function Broken(): never {
  throw new Error('drawing failed');
}

describe('ScreenErrorBoundary', () => {
  it('shows the screen when nothing goes wrong', () => {
    render(
      <ScreenErrorBoundary>
        <p>the screen</p>
      </ScreenErrorBoundary>,
    );
    expect(screen.getByText('the screen')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('replaces only the screen whose code did not load, and "Try again" loads afresh', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Missing = lazy(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const retry = vi.fn();
    render(
      <>
        <header>help stays</header>
        <ScreenErrorBoundary retry={retry}>
          <Suspense fallback={<p>…</p>}>
            <Missing />
          </Suspense>
        </ScreenErrorBoundary>
      </>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(enCommon.screenError.title);
    expect(alert.textContent).toContain(enCommon.screenError.body);
    expect(screen.getByText('help stays')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: enCommon.screenError.retry }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it('forgets the failure when the young person goes to another screen', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = render(
      <ScreenErrorBoundary resetKey="/wall" retry={() => {}}>
        <Broken />
      </ScreenErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeTruthy();
    rerender(
      <ScreenErrorBoundary resetKey="/wall" retry={() => {}}>
        <p>still broken here</p>
      </ScreenErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeTruthy();
    rerender(
      <ScreenErrorBoundary resetKey="/feed" retry={() => {}}>
        <p>the feed</p>
      </ScreenErrorBoundary>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('the feed')).toBeTruthy();
  });

  it('catches a screen that throws while drawing', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ScreenErrorBoundary retry={() => {}}>
        <Broken />
      </ScreenErrorBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(enCommon.screenError.title);
  });
});
