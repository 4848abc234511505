// The alert email screen: the password is write-only (never shown, empty keeps it), bad input is said and nothing is
// sent, and "Send a test email" says what the mail server answered.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import enStaff from '../../../../../locales/en/staff.json';
import type { MailSettingsAnswer } from '../../../../shared/alerts';
import { StaffApiError } from '../../../api/request';
import { initTestI18n } from '../../../i18n/test-i18n';
import { AlertsPage } from './alerts-page';
import { loadMailSettings, saveMailSettings, sendTestEmail } from './api';

vi.mock('./api', () => ({ loadMailSettings: vi.fn(), saveMailSettings: vi.fn(), sendTestEmail: vi.fn() }));

const saved: MailSettingsAnswer = {
  settings: {
    host: 'smtp.council.example',
    port: 587,
    secure: false,
    username: 'heard',
    passwordSet: true,
    from: 'heard@council.example',
    dutyInbox: 'duty@council.example',
    moreInboxes: ['deputy@council.example'],
    baseUrl: 'https://heard.council.example',
    updatedAt: '2026-12-01T10:00:00.000Z',
  },
  queued: 2,
  lastError: null,
};
const f = enStaff.alerts.fields;

beforeAll(() => initTestI18n({ en: { staff: enStaff } }, 'staff'));
afterEach(() => {
  cleanup();
  vi.resetAllMocks();
});

describe('alert email screen', () => {
  it('never shows the saved password, keeps it when left empty, and sends a new one when typed', async () => {
    vi.mocked(loadMailSettings).mockResolvedValue(saved);
    const sent: unknown[] = [];
    vi.mocked(saveMailSettings).mockImplementation(async (body) => {
      sent.push(body);
      return { ...saved, settings: { ...saved.settings!, updatedAt: `2026-12-01T10:0${sent.length}:00.000Z` } };
    });
    render(<AlertsPage onError={() => undefined} />);
    const password = (await screen.findByLabelText(f.password)) as HTMLInputElement;
    expect(password.value).toBe('');
    expect(password.type).toBe('password');
    expect(screen.getByText(enStaff.alerts.passwordSet)).toBeTruthy();
    expect(screen.getByText('Alerts not sent yet: 2')).toBeTruthy();
    expect((screen.getByLabelText(f.moreInboxes) as HTMLTextAreaElement).value).toBe('deputy@council.example');

    fireEvent.click(screen.getByRole('button', { name: enStaff.alerts.save }));
    await screen.findByText(enStaff.alerts.saved);
    expect(sent[0]).not.toHaveProperty('password');
    expect(sent[0]).toMatchObject({ host: 'smtp.council.example', port: 587, moreInboxes: ['deputy@council.example'] });

    fireEvent.change(await screen.findByLabelText(f.password), { target: { value: 'new secret' } });
    fireEvent.click(screen.getByRole('button', { name: enStaff.alerts.save }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toMatchObject({ password: 'new secret' });
    // Saved: the field is empty again.
    await waitFor(() => expect((screen.getByLabelText(f.password) as HTMLInputElement).value).toBe(''));
  });

  it('says what is wrong and sends nothing', async () => {
    vi.mocked(loadMailSettings).mockResolvedValue(saved);
    render(<AlertsPage onError={() => undefined} />);
    fireEvent.change(await screen.findByLabelText(f.port), { target: { value: '99999' } });
    fireEvent.change(screen.getByLabelText(f.moreInboxes), { target: { value: 'not an address' } });
    fireEvent.click(screen.getByRole('button', { name: enStaff.alerts.save }));
    const problems = await screen.findByText(enStaff.problemsTitle);
    expect(problems.parentElement?.textContent).toContain(`${f.port}:`);
    expect(problems.parentElement?.textContent).toContain(`${f.moreInboxes}:`);
    expect(saveMailSettings).not.toHaveBeenCalled();
  });

  it('sends a test email and says where it went, or what the mail server said', async () => {
    vi.mocked(loadMailSettings).mockResolvedValue(saved);
    vi.mocked(sendTestEmail)
      .mockResolvedValueOnce({ sentTo: 'duty@council.example, deputy@council.example' })
      .mockRejectedValueOnce(new StaffApiError(502, 'mail-failed', 'The mail server did not take the test email: 550 mailbox unavailable'));
    render(<AlertsPage onError={() => undefined} />);
    fireEvent.click(await screen.findByRole('button', { name: enStaff.alerts.test }));
    expect(await screen.findByText(/took the test email for duty@council.example, deputy@council.example/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: enStaff.alerts.test }));
    expect(await screen.findByText(/550 mailbox unavailable/)).toBeTruthy();
  });

  it('cannot send a test before anything is saved, and says alerts are not set up', async () => {
    vi.mocked(loadMailSettings).mockResolvedValue({ settings: null, queued: 0, lastError: null });
    render(<AlertsPage onError={() => undefined} />);
    expect(await screen.findByText(enStaff.alerts.notSetUp)).toBeTruthy();
    expect((screen.getByRole('button', { name: enStaff.alerts.test }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(enStaff.alerts.passwordNotSet)).toBeTruthy();
  });
});
