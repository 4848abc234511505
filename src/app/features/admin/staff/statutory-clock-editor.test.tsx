// The statutory clock on the admin's council page: the counting rule is on screen, Wales brings its own timescales
// (no panel stage), a change is saved, and the bank holidays counted are said.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import enStaff from '../../../../../locales/en/staff.json';
import { DEFAULT_TIMESCALES } from '../../../../shared/requests/clock';
import type { CouncilSettings } from '../../../../shared/staff';
import { StaffApiError } from '../../../api/request';
import { initTestI18n } from '../../../i18n/test-i18n';
import { loadBankHolidays, saveCouncil } from './api';
import { StatutoryClockEditor } from './statutory-clock-editor';

vi.mock('./api', () => ({ loadBankHolidays: vi.fn(), saveCouncil: vi.fn(), uploadBankHolidays: vi.fn() }));

beforeAll(() => initTestI18n({ en: { staff: enStaff } }, 'staff'));
afterEach(() => {
  cleanup();
  vi.resetAllMocks();
});

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
const fields = enStaff.council.clock.fields;

describe('statutory clock editor', () => {
  it('states the rule, switches to Wales, saves, and shows a refusal', async () => {
    vi.mocked(loadBankHolidays).mockResolvedValue({ holidays: [], snapshot: { firstYear: 2019, lastYear: 2028 }, upload: null, rulesFrom: 2029 });
    vi.mocked(saveCouncil).mockResolvedValue({ ...settings, nation: 'wales', requestTimescales: DEFAULT_TIMESCALES.wales });
    render(<StatutoryClockEditor settings={settings} onSaved={() => undefined} onError={() => undefined} />);

    expect(screen.getByText(/Day 0 is the day a request arrives; day 1 is the next working day/)).toBeTruthy();
    expect(await screen.findByText(/GOV.UK's list of bank holidays for 2019 to 2028/)).toBeTruthy();
    expect(screen.getByText(/From 2029/)).toBeTruthy();
    expect((screen.getByLabelText(fields.stage1) as HTMLInputElement).value).toBe('10');
    expect(screen.getByLabelText(fields.stage3Panel)).toBeTruthy();

    fireEvent.change(screen.getByLabelText(enStaff.council.clock.nation), { target: { value: 'wales' } });
    expect(screen.queryByLabelText(fields.stage3Panel)).toBeNull();
    expect((screen.getByLabelText(fields.acknowledge) as HTMLInputElement).value).toBe('2');
    fireEvent.change(screen.getByLabelText(fields.stage1), { target: { value: '8' } });
    fireEvent.click(screen.getByRole('button', { name: enStaff.council.clock.save }));
    expect(await screen.findByText(enStaff.council.clock.saved)).toBeTruthy();
    expect(vi.mocked(saveCouncil).mock.calls).toEqual([[{ nation: 'wales', requestTimescales: { ...DEFAULT_TIMESCALES.wales, stage1: 8 } }]]);

    vi.mocked(saveCouncil).mockRejectedValue(
      new StaffApiError(400, 'timescales-outside-rules', 'These timescales break the Welsh regulations: stage1.'),
    );
    fireEvent.click(screen.getByRole('button', { name: enStaff.council.clock.save }));
    expect((await screen.findByRole('alert')).textContent).toContain('Welsh regulations');
  });
});
