// The admin's districts on screen: add one and rename one, each saved at once and said politely; a refusal is shown.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import enStaff from '../../../../../locales/en/staff.json';
import { StaffApiError } from '../../../api/request';
import { initTestI18n } from '../../../i18n/test-i18n';
import { addDistrict, renameDistrict } from './api';
import { DistrictsEditor } from './districts-editor';

vi.mock('./api', () => ({ addDistrict: vi.fn(), renameDistrict: vi.fn() }));

beforeAll(() => initTestI18n({ en: { staff: enStaff } }, 'staff'));
afterEach(() => {
  cleanup();
  vi.resetAllMocks();
});

describe('districts editor', () => {
  it('adds and renames a district, says so politely, and shows a refusal', async () => {
    vi.mocked(addDistrict).mockResolvedValue([]);
    vi.mocked(renameDistrict).mockResolvedValue([]);
    const onChanged = vi.fn();
    render(<DistrictsEditor districts={[{ id: 'd1', name: 'Havant' }]} onChanged={onChanged} onError={() => undefined} />);

    fireEvent.change(screen.getByLabelText(enStaff.council.newDistrict), { target: { value: ' Fareham ' } });
    fireEvent.click(screen.getByRole('button', { name: enStaff.council.addDistrict }));
    expect(await screen.findByText('Added Fareham. Phones get it when they next connect.')).toBeTruthy();
    expect(vi.mocked(addDistrict).mock.calls).toEqual([['Fareham']]);

    fireEvent.change(screen.getByLabelText('Name of Havant'), { target: { value: 'Havant and Waterloo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rename Havant' }));
    expect(await screen.findByText('Renamed to Havant and Waterloo. Phones get it when they next connect.')).toBeTruthy();
    expect(vi.mocked(renameDistrict).mock.calls).toEqual([['d1', 'Havant and Waterloo']]);
    expect(onChanged).toHaveBeenCalledTimes(2);

    vi.mocked(addDistrict).mockRejectedValue(new StaffApiError(400, 'duplicate-district', 'There are two districts called "havant".'));
    fireEvent.change(screen.getByLabelText(enStaff.council.newDistrict), { target: { value: 'havant' } });
    fireEvent.click(screen.getByRole('button', { name: enStaff.council.addDistrict }));
    expect((await screen.findByRole('alert')).textContent).toContain('two districts');
  });
});
