// The council's safety words screen: lists the words, adds one through the typed staff API, asks before removing,
// and lets staff try a sentence against Heard's check with the council's words; a list that could not be loaded says
// why and loads on "Try again".
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import enStaff from '../../../../../locales/en/staff.json';
import type { SafetyTermRecord } from '../../../../shared/safety-terms';
import { StaffApiError } from '../../../api/request';
import { initTestI18n } from '../../../i18n/test-i18n';
import { addSafetyTerm, listSafetyTerms, removeSafetyTerm } from './api';
import { SafetyWordsPage } from './safety-words-page';

vi.mock('./api', () => ({ listSafetyTerms: vi.fn(), addSafetyTerm: vi.fn(), removeSafetyTerm: vi.fn() }));
const plugging: SafetyTermRecord = {
  id: 't1',
  term: 'plugging',
  category: 'criminal-exploitation',
  language: 'en',
  addedBy: 'Morgan',
  addedAt: '2026-11-30T10:00:00.000Z',
};

beforeAll(() => initTestI18n({ en: { staff: enStaff } }, 'staff'));
afterEach(() => {
  cleanup();
  vi.resetAllMocks();
  vi.restoreAllMocks();
});

describe('safety words screen', () => {
  it('adds a word, lists it, and a sentence using it is shown as going to the safeguarding queue', async () => {
    let terms: SafetyTermRecord[] = [];
    const posted: unknown[] = [];
    vi.mocked(addSafetyTerm).mockImplementation(async (body) => {
      posted.push(body);
      const record = { ...plugging, ...body, id: 't2' };
      terms = [record];
      return record;
    });
    vi.mocked(listSafetyTerms).mockImplementation(async () => terms);
    render(<SafetyWordsPage onError={() => undefined} />);
    await screen.findByText(enStaff.safetyWords.none);

    fireEvent.change(screen.getByLabelText(enStaff.safetyWords.tryLabel), { target: { value: 'we all went on a pebble run' } });
    expect(screen.getByText(enStaff.safetyWords.tryNone)).toBeTruthy();

    fireEvent.change(screen.getByLabelText(enStaff.safetyWords.term), { target: { value: 'pebble run' } });
    fireEvent.change(screen.getByLabelText(enStaff.safetyWords.category), { target: { value: 'criminal-exploitation' } });
    fireEvent.click(screen.getByRole('button', { name: enStaff.safetyWords.submit }));
    await screen.findByText('pebble run', { selector: 'p' });
    expect(posted).toEqual([{ term: 'pebble run', category: 'criminal-exploitation', language: 'en' }]);
    expect(screen.getByText('Added “pebble run”.')).toBeTruthy();
    await waitFor(() => expect(screen.getByText(/This would go to the safeguarding queue/)).toBeTruthy());
    expect(screen.getByText(/Criminal exploitation\)/)).toBeTruthy();
  });

  it('asks before removing, and removes nothing when the answer is no', async () => {
    vi.mocked(listSafetyTerms).mockResolvedValue([plugging]);
    vi.mocked(removeSafetyTerm).mockResolvedValue(undefined);
    render(<SafetyWordsPage onError={() => undefined} />);
    await screen.findByText('plugging', { selector: 'p' });
    fireEvent.click(screen.getByRole('button', { name: /Remove/ }));
    const ask = await screen.findByRole('dialog', { name: enStaff.confirm.removeWord.title });
    expect(ask.textContent).toContain('plugging');
    fireEvent.click(within(ask).getByRole('button', { name: enStaff.cancel }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(listSafetyTerms).toHaveBeenCalledTimes(1);
    expect(removeSafetyTerm).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: /Remove/ }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: enStaff.safetyWords.remove }));
    await screen.findByText('Removed “plugging”.');
    expect(vi.mocked(removeSafetyTerm).mock.calls).toEqual([['t1']]);
  });

  it('shows a clear error when the server answers something it does not understand', async () => {
    vi.mocked(listSafetyTerms).mockRejectedValue(
      new StaffApiError(0, 'bad-answer', 'The server sent an answer Heard does not understand. Reload the page.'),
    );
    const onError = vi.fn();
    render(<SafetyWordsPage onError={onError} />);
    await screen.findByRole('alert');
    expect(onError).toHaveBeenCalled();
  });

  it('says why the words could not be loaded, under their heading with "Try again", and lists them once the server answers', async () => {
    vi.mocked(listSafetyTerms).mockRejectedValueOnce(new Error('No connection'));
    const onError = vi.fn();
    render(<SafetyWordsPage onError={onError} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('No connection');
    expect(alert.previousElementSibling?.textContent).toBe(enStaff.safetyWords.listTitle);
    expect(onError).toHaveBeenCalled();

    vi.mocked(listSafetyTerms).mockResolvedValue([plugging]);
    fireEvent.click(screen.getByRole('button', { name: enStaff.retry.action }));
    expect(await screen.findByText('plugging', { selector: 'p' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: enStaff.retry.action })).toBeNull();
    expect(listSafetyTerms).toHaveBeenCalledTimes(2);
  });
});
