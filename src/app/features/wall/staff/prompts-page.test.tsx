// The wall prompts screen: a list that could not be loaded says why and loads on "Try again", instead of needing a
// page reload.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import enStaff from '../../../../../locales/en/staff.json';
import type { WallPrompt } from '../../../../shared/wall';
import { initTestI18n } from '../../../i18n/test-i18n';
import { listPrompts } from './api';
import { PromptsPage } from './prompts-page';

vi.mock('./api', () => ({ listPrompts: vi.fn(), createPrompt: vi.fn(), setPromptOpen: vi.fn() }));
const prompt: WallPrompt = { id: 'p1', kind: 'no-more', text: { en: 'No more moving schools' }, districtId: null, open: true, sortOrder: 1 };

beforeAll(() => initTestI18n({ en: { staff: enStaff } }, 'staff'));
afterEach(() => {
  cleanup();
  vi.resetAllMocks();
});

describe('wall prompts screen', () => {
  it('says why the prompts could not be loaded with "Try again", and lists them once the server answers', async () => {
    vi.mocked(listPrompts).mockRejectedValueOnce(new Error('No connection'));
    const onError = vi.fn();
    render(<PromptsPage onError={onError} />);
    expect((await screen.findByRole('alert')).textContent).toBe('No connection');
    expect(onError).toHaveBeenCalled();

    vi.mocked(listPrompts).mockResolvedValue([prompt]);
    fireEvent.click(screen.getByRole('button', { name: enStaff.retry.action }));
    expect(await screen.findByText('No more moving schools')).toBeTruthy();
    expect(screen.getByRole('button', { name: enStaff.prompts.close })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: enStaff.retry.action })).toBeNull();
    expect(listPrompts).toHaveBeenCalledTimes(2);
  });

  it('says "Loading…" until the prompts arrive', async () => {
    let answer: (prompts: WallPrompt[]) => void = () => undefined;
    vi.mocked(listPrompts).mockReturnValue(new Promise((resolve) => (answer = resolve)));
    render(<PromptsPage onError={vi.fn()} />);
    expect(screen.getByText(enStaff.loading)).toBeTruthy();
    answer([prompt]);
    expect(await screen.findByText('No more moving schools')).toBeTruthy();
    expect(screen.queryByText(enStaff.loading)).toBeNull();
  });
});
