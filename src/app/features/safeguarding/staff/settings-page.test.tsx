// The safeguarding response time and escalation list screen: people added and put in order are saved in that order;
// a response time out of range is said and nothing is sent.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import enStaff from '../../../../../locales/en/staff.json';
import { initTestI18n } from '../../../i18n/test-i18n';
import { listQueuePeople, loadQueueSettings, saveQueueSettings } from './api';
import { SafeguardingSettingsPage } from './settings-page';

vi.mock('./api', () => ({ listQueuePeople: vi.fn(), loadQueueSettings: vi.fn(), saveQueueSettings: vi.fn() }));
const ana = { id: '00000000-0000-4000-8000-00000000000a', name: 'Ana' };
const ben = { id: '00000000-0000-4000-8000-00000000000b', name: 'Ben' };
const s = enStaff.safeguardingSettings;

beforeAll(() => initTestI18n({ en: { staff: enStaff } }, 'staff'));
afterEach(() => {
  cleanup();
  vi.resetAllMocks();
});

describe('safeguarding settings screen', () => {
  it('adds people, puts them in order and saves the list in that order with the hours', async () => {
    vi.mocked(loadQueueSettings).mockResolvedValue({ respondWithinHours: 4, escalateTo: [ana] });
    vi.mocked(listQueuePeople).mockResolvedValue([ana, ben]);
    vi.mocked(saveQueueSettings).mockImplementation(async (body) => ({
      respondWithinHours: body.respondWithinHours,
      escalateTo: body.escalateTo.map((id) => [ana, ben].find((p) => p.id === id)!),
    }));
    render(<SafeguardingSettingsPage onError={() => undefined} />);
    const hours = (await screen.findByLabelText(s.hours)) as HTMLInputElement;
    expect(hours.value).toBe('4');
    // Ana is on the list already: only Ben can be added.
    await waitFor(() => expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([s.choose, 'Ben']));
    fireEvent.change(screen.getByLabelText(s.addLabel), { target: { value: ben.id } });
    fireEvent.click(screen.getByRole('button', { name: s.add }));
    fireEvent.click(screen.getByRole('button', { name: new RegExp(`^${s.up}\\s*Ben$`) }));
    expect(screen.getAllByRole('listitem').map((li) => li.querySelector('p')?.textContent)).toEqual(['1. Ben', '2. Ana']);
    fireEvent.change(hours, { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: s.save }));
    await screen.findByText(s.saved);
    expect(vi.mocked(saveQueueSettings).mock.calls).toEqual([[{ respondWithinHours: 2, escalateTo: [ben.id, ana.id] }]]);
  });

  it('says a response time out of range is wrong, and sends nothing', async () => {
    vi.mocked(loadQueueSettings).mockResolvedValue({ respondWithinHours: 4, escalateTo: [] });
    vi.mocked(listQueuePeople).mockResolvedValue([ana]);
    render(<SafeguardingSettingsPage onError={() => undefined} />);
    expect(await screen.findByText(s.listEmpty)).toBeTruthy();
    for (const bad of ['0', '73', '1.5']) {
      fireEvent.change(screen.getByLabelText(s.hours), { target: { value: bad } });
      fireEvent.click(screen.getByRole('button', { name: s.save }));
      expect(await screen.findByText(s.hoursProblem)).toBeTruthy();
    }
    expect(saveQueueSettings).not.toHaveBeenCalled();
  });

  it('says when the team list could not be loaded, so no one can be added, and still shows the list', async () => {
    vi.mocked(loadQueueSettings).mockResolvedValue({ respondWithinHours: 4, escalateTo: [ana] });
    vi.mocked(listQueuePeople).mockRejectedValue(new Error('No connection'));
    const onError = vi.fn();
    render(<SafeguardingSettingsPage onError={onError} />);
    expect(await screen.findByText(s.step.replace('{{n}}', '1').replace('{{name}}', 'Ana'))).toBeTruthy();
    const failed = await screen.findByText(s.teamFailed.replace('{{reason}}', 'No connection'));
    expect(failed.getAttribute('role')).toBe('alert');
    expect(onError).toHaveBeenCalled();
  });
});
