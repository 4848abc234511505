// Keying in a paper return: the age band's questions as a compact form, the payload the server takes (with a fresh
// entry id each paper), problems before anything is sent, a double click that stores once, and a clear form after.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import enResults from '../../../../../locales/en/survey-results.json';
import enStaff from '../../../../../locales/en/staff.json';
import { initTestI18n } from '../../../i18n/test-i18n';
import { loadResults, sendPaperReturn } from './api';
import { fakeResults } from './fake-results';
import { monthOf } from './model/paper';
import { PaperPage } from './paper-page';

vi.mock('./api', () => ({ ROUND: 'hows-life', loadResults: vi.fn(), sendPaperReturn: vi.fn() }));

beforeAll(() => initTestI18n({ en: { 'survey-results': enResults, staff: enStaff } }, 'survey-results'));
afterEach(() => {
  cleanup();
  vi.resetAllMocks();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const thisMonth = monthOf(new Date());

async function chooseOlderBand() {
  vi.mocked(loadResults).mockResolvedValue(fakeResults);
  render(<PaperPage onError={() => undefined} />);
  fireEvent.change(await screen.findByLabelText(enResults.paper.band), { target: { value: '8-11' } });
}

describe('paper returns', () => {
  it('shows every question of the chosen survey with the right control, and sends what was filled in', async () => {
    let store: (v: { stored: true }) => void = () => undefined;
    vi.mocked(sendPaperReturn).mockImplementation(() => new Promise((resolve) => (store = resolve)));
    await chooseOlderBand();
    const trust = screen.getByLabelText('1. Do you have an adult you trust?');
    expect(trust.tagName).toBe('SELECT');
    const scale = screen.getByLabelText('2. How happy did you feel yesterday?');
    expect(
      within(scale)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([enResults.paper.noAnswer, ...Array.from({ length: 11 }, (_, i) => String(i))]);
    const hobbies = screen.getByRole('group', { name: '3. What do you like doing?' });
    expect(screen.getByLabelText('4. Anything else?').tagName).toBe('TEXTAREA');

    fireEvent.change(trust, { target: { value: 'yes' } });
    fireEvent.change(scale, { target: { value: '0' } });
    fireEvent.click(within(hobbies).getByLabelText('Music'));
    fireEvent.change(screen.getByLabelText(enResults.paper.month), { target: { value: thisMonth } });
    fireEvent.change(screen.getByLabelText(enResults.paper.gender), { target: { value: 'girl' } });
    const send = screen.getByRole('button', { name: enResults.paper.send });
    fireEvent.click(send);
    fireEvent.click(send);
    expect(vi.mocked(sendPaperReturn).mock.calls).toHaveLength(1);
    const first = vi.mocked(sendPaperReturn).mock.calls[0]![0];
    expect(first).toEqual({
      entryId: expect.stringMatching(UUID) as string,
      surveyId: 'hows-life-8-11',
      version: 2,
      answers: { 'trust-adult': 'yes', 'happy-yesterday': 0, hobbies: ['music'] },
      month: thisMonth,
      gender: 'girl',
    });
    store({ stored: true });

    const status = await screen.findByRole('status');
    await waitFor(() => expect(status.textContent).toBe('Stored: one paper return for Ages 8 to 11. The form is clear for the next one.'));
    expect((screen.getByLabelText('1. Do you have an adult you trust?') as HTMLSelectElement).value).toBe('');
    expect((screen.getByLabelText(enResults.paper.month) as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText(enResults.paper.band) as HTMLSelectElement).value).toBe('8-11');

    // The next paper is a new entry.
    vi.mocked(sendPaperReturn).mockResolvedValue({ stored: true });
    fireEvent.change(screen.getByLabelText('4. Anything else?'), { target: { value: ' More trips ' } });
    fireEvent.change(screen.getByLabelText(enResults.paper.month), { target: { value: thisMonth } });
    fireEvent.click(send);
    await waitFor(() => expect(vi.mocked(sendPaperReturn).mock.calls).toHaveLength(2));
    const second = vi.mocked(sendPaperReturn).mock.calls[1]![0];
    expect(second).toMatchObject({ answers: { 'anything-else': 'More trips' }, month: thisMonth });
    expect(second).not.toHaveProperty('gender');
    expect(second.entryId).toMatch(UUID);
    expect(second.entryId).not.toBe(first.entryId);
  });

  it('says what is missing and sends nothing', async () => {
    await chooseOlderBand();
    fireEvent.click(screen.getByRole('button', { name: enResults.paper.send }));
    const alert = await screen.findByRole('alert');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([enResults.paper.problems['month-required'], enResults.paper.problems['no-answers']]);
    expect(screen.getByLabelText(enResults.paper.month).getAttribute('aria-invalid')).toBe('true');
    expect(sendPaperReturn).not.toHaveBeenCalled();
  });

  it('keeps the form and its entry id when the server refuses, so a retry stores it once', async () => {
    vi.mocked(sendPaperReturn).mockRejectedValueOnce(new Error('No connection to the Heard server.')).mockResolvedValueOnce({ stored: true });
    const onError = vi.fn();
    vi.mocked(loadResults).mockResolvedValue(fakeResults);
    render(<PaperPage onError={onError} />);
    fireEvent.change(await screen.findByLabelText(enResults.paper.band), { target: { value: '8-11' } });
    fireEvent.change(screen.getByLabelText('1. Do you have an adult you trust?'), { target: { value: 'no' } });
    fireEvent.change(screen.getByLabelText(enResults.paper.month), { target: { value: thisMonth } });
    fireEvent.click(screen.getByRole('button', { name: enResults.paper.send }));
    expect(await screen.findByText('No connection to the Heard server.')).toBeTruthy();
    expect(onError).toHaveBeenCalledOnce();
    expect((screen.getByLabelText('1. Do you have an adult you trust?') as HTMLSelectElement).value).toBe('no');
    fireEvent.click(screen.getByRole('button', { name: enResults.paper.send }));
    await waitFor(() => expect(vi.mocked(sendPaperReturn).mock.calls).toHaveLength(2));
    const [a, b] = vi.mocked(sendPaperReturn).mock.calls.map((c) => c[0]);
    expect(b).toEqual(a);
  });
});
