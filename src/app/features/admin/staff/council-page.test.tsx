// The council settings screen: the form holds what the server holds, again after a save; settings that could not be
// loaded say why and load on "Try again", instead of needing a page reload.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import enStaff from '../../../../../locales/en/staff.json';
import { DEFAULT_TIMESCALES } from '../../../../shared/requests/clock';
import type { CouncilSettings } from '../../../../shared/staff';
import { initTestI18n } from '../../../i18n/test-i18n';
import { loadBankHolidays, loadCouncil, saveCouncil } from './api';
import { CouncilPage } from './council-page';

vi.mock('./api', () => ({
  loadCouncil: vi.fn(),
  saveCouncil: vi.fn(),
  rotateJoinCode: vi.fn(),
  addDistrict: vi.fn(),
  renameDistrict: vi.fn(),
  loadBankHolidays: vi.fn(),
  uploadBankHolidays: vi.fn(),
}));

const settings = {
  id: 'c1',
  name: 'Demoshire',
  joinCode: 'DEMOSHIRE',
  districts: [],
  outOfHoursPhone: '0300 1',
  vocabulary: {},
  languages: ['en'],
  safeguardingHours: null,
  nation: 'england',
  requestTimescales: DEFAULT_TIMESCALES.england,
} satisfies CouncilSettings;
const value = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;

beforeAll(() => initTestI18n({ en: { staff: enStaff } }, 'staff'));
beforeEach(() => {
  vi.mocked(loadBankHolidays).mockResolvedValue({ holidays: [], snapshot: { firstYear: 2019, lastYear: 2028 }, upload: null, rulesFrom: 2029 });
});
afterEach(() => {
  cleanup();
  vi.resetAllMocks();
});

describe('council settings screen', () => {
  it('fills the form from the server, and again with what the server kept after a save', async () => {
    vi.mocked(loadCouncil)
      .mockResolvedValueOnce(settings)
      .mockResolvedValueOnce({ ...settings, name: 'Demoshire Council', vocabulary: { en: { contact: 'Family Time' } } });
    vi.mocked(saveCouncil).mockResolvedValue(settings);
    const onCouncilChanged = vi.fn();
    render(<CouncilPage onError={() => undefined} onCouncilChanged={onCouncilChanged} />);
    await screen.findByRole('heading', { level: 1, name: enStaff.council.title });
    expect(value(enStaff.council.name)).toBe('Demoshire');

    fireEvent.change(screen.getByLabelText(enStaff.council.name), { target: { value: 'Demoshire Council' } });
    fireEvent.change(screen.getByLabelText(enStaff.council.contactWord), { target: { value: ' Family Time ' } });
    fireEvent.click(screen.getByRole('button', { name: enStaff.council.save }));
    await screen.findByText(enStaff.council.saved);
    await waitFor(() => expect(value(enStaff.council.contactWord)).toBe('Family Time'));
    expect(value(enStaff.council.name)).toBe('Demoshire Council');
    expect(vi.mocked(saveCouncil).mock.calls[0]![0]).toMatchObject({ name: 'Demoshire Council', vocabulary: { en: { contact: 'Family Time' } } });
    expect(loadCouncil).toHaveBeenCalledTimes(2);
    expect(onCouncilChanged).toHaveBeenCalled();
  });

  it('says why the settings could not be loaded with "Try again", and shows them once the server answers', async () => {
    vi.mocked(loadCouncil).mockRejectedValueOnce(new Error('No connection'));
    const onError = vi.fn();
    render(<CouncilPage onError={onError} onCouncilChanged={() => undefined} />);
    expect((await screen.findByRole('alert')).textContent).toBe('No connection');
    expect(screen.queryByText(enStaff.loading)).toBeNull();
    expect(onError).toHaveBeenCalled();

    vi.mocked(loadCouncil).mockResolvedValue(settings);
    fireEvent.click(screen.getByRole('button', { name: enStaff.retry.action }));
    await screen.findByRole('heading', { level: 1, name: enStaff.council.title });
    expect(value(enStaff.council.name)).toBe('Demoshire');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: enStaff.retry.action })).toBeNull();
    expect(loadCouncil).toHaveBeenCalledTimes(2);
  });
});
