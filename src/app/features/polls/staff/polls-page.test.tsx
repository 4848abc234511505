// The language polls screen: staff give an option Welsh and Arabic words in a small form (each box in its own
// language and direction), and hear that they were saved.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import enStaff from '../../../../../locales/en/staff.json';
import type { StaffPollView } from '../../../../shared/feed-staff';
import { StaffApiError } from '../../../api/request';
import { initTestI18n } from '../../../i18n/test-i18n';
import { listPolls, setOptionWords } from './api';
import { PollsPage } from './polls-page';

vi.mock('./api', () => ({
  listPolls: vi.fn(),
  setOptionWords: vi.fn(),
  createPoll: vi.fn(),
  setPollOpen: vi.fn(),
  decideOption: vi.fn(),
  adoptOption: vi.fn(),
}));

const poll: StaffPollView = {
  id: 'p1',
  term: 'contact',
  question: { en: 'What should we call contact?' },
  open: true,
  createdAt: '2026-11-30T10:00:00.000Z',
  adoptedOptionId: null,
  feedItemId: null,
  options: [
    { id: 'o1', label: 'Family Time', status: 'published', suggested: false, votes: 2, translations: {} },
    { id: 'o2', label: 'Catch up', status: 'published', suggested: false, votes: 1, translations: {} },
  ],
  keptPrivate: 0,
};

beforeAll(() => initTestI18n({ en: { staff: enStaff } }, 'staff'));
afterEach(() => {
  cleanup();
  vi.resetAllMocks();
});

describe('language polls screen', () => {
  it('saves an option’s Welsh and Arabic words, says so politely, and shows them', async () => {
    let polls = [poll];
    vi.mocked(listPolls).mockImplementation(async () => polls);
    vi.mocked(setOptionWords).mockImplementation(async (_poll, _option, words) => {
      const translations = { ...(words.cy ? { cy: words.cy } : {}), ...(words.ar ? { ar: words.ar } : {}) };
      polls = [{ ...poll, options: poll.options.map((o) => (o.id === 'o1' ? { ...o, translations } : o)) }];
      return polls[0]!;
    });
    render(<PollsPage onError={() => undefined} />);
    const open = await screen.findByRole('button', { name: 'Add Welsh and Arabic words for "Family Time"' });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(open);
    const form = screen.getByRole('form', { name: 'Welsh and Arabic words for "Family Time"' });
    const welsh = within(form).getByLabelText(enStaff.polls.words.cy);
    const arabic = within(form).getByLabelText(enStaff.polls.words.ar);
    expect(document.activeElement).toBe(welsh);
    expect([welsh.getAttribute('lang'), arabic.getAttribute('lang'), arabic.getAttribute('dir')]).toEqual(['cy', 'ar', 'rtl']);
    fireEvent.change(welsh, { target: { value: ' Amser Teulu ' } });
    fireEvent.change(arabic, { target: { value: 'وقت العائلة' } });
    fireEvent.click(within(form).getByRole('button', { name: enStaff.polls.words.save }));

    const status = await screen.findByRole('status');
    await waitFor(() => expect(status.textContent).toBe('Saved the Welsh and Arabic words for "Family Time".'));
    expect(vi.mocked(setOptionWords).mock.calls).toEqual([['p1', 'o1', { cy: 'Amser Teulu', ar: 'وقت العائلة' }]]);
    expect(screen.queryByRole('form')).toBeNull();
    expect((await screen.findByText('Amser Teulu')).getAttribute('lang')).toBe('cy');
    expect(screen.getByText('وقت العائلة').getAttribute('dir')).toBe('rtl');
    const change = screen.getByRole('button', { name: 'Change Welsh and Arabic words for "Family Time"' });
    await waitFor(() => expect(document.activeElement).toBe(change));
  });

  it('removes words with empty boxes, and shows the server’s refusal in the form', async () => {
    const worded = { ...poll, options: [{ ...poll.options[0]!, translations: { cy: 'Amser Teulu' } }, poll.options[1]!] };
    vi.mocked(listPolls).mockResolvedValue([worded]);
    vi.mocked(setOptionWords).mockRejectedValueOnce(new StaffApiError(404, 'not-found', 'That choice was not found.'));
    const onError = vi.fn();
    render(<PollsPage onError={onError} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Change Welsh and Arabic words for "Family Time"' }));
    const form = screen.getByRole('form');
    const welsh = within(form).getByLabelText(enStaff.polls.words.cy);
    expect((welsh as HTMLInputElement).value).toBe('Amser Teulu');
    fireEvent.change(welsh, { target: { value: '  ' } });
    fireEvent.click(within(form).getByRole('button', { name: enStaff.polls.words.save }));
    expect((await within(form).findByRole('alert')).textContent).toBe('That choice was not found.');
    expect(vi.mocked(setOptionWords).mock.calls).toEqual([['p1', 'o1', { cy: null, ar: null }]]);
    expect(onError).toHaveBeenCalled();
  });
});
