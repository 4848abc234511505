// The care population form: filled from what was saved, checked before saving, saved as one row per box filled in.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import enResults from '../../../../../locales/en/survey-results.json';
import enStaff from '../../../../../locales/en/staff.json';
import { initTestI18n } from '../../../i18n/test-i18n';
import { loadPopulations, savePopulations } from './api';
import { PopulationPage } from './population-page';

vi.mock('./api', () => ({ ROUND: 'hows-life', loadPopulations: vi.fn(), savePopulations: vi.fn() }));

beforeAll(() => initTestI18n({ en: { 'survey-results': enResults, staff: enStaff } }, 'survey-results'));
afterEach(() => {
  cleanup();
  vi.resetAllMocks();
});

describe('care population', () => {
  it('shows the saved numbers, refuses a box that is not a whole number, and saves the boxes filled in', async () => {
    vi.mocked(loadPopulations).mockResolvedValue([{ band: '8-11', sex: 'female', count: 80 }]);
    vi.mocked(savePopulations).mockResolvedValue(undefined);
    render(<PopulationPage onError={() => undefined} />);
    const older = await screen.findByRole('group', { name: 'Ages 8 to 11' });
    expect((within(older).getByLabelText(enResults.population.female) as HTMLInputElement).value).toBe('80');
    const young = screen.getByRole('group', { name: 'Ages 4 to 7' });
    const youngMale = within(young).getByLabelText(enResults.population.male);
    fireEvent.change(youngMale, { target: { value: '2.5' } });
    const save = screen.getByRole('button', { name: enResults.population.save });
    fireEvent.click(save);
    expect(await screen.findByText('Each box must be a whole number from 0 to 100000, or blank.')).toBeTruthy();
    expect(youngMale.getAttribute('aria-invalid')).toBe('true');
    expect(savePopulations).not.toHaveBeenCalled();

    fireEvent.change(youngMale, { target: { value: '25' } });
    fireEvent.click(save);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(enResults.population.saved));
    expect(vi.mocked(savePopulations).mock.calls).toEqual([
      [
        'hows-life',
        [
          { band: '4-7', sex: 'male', count: 25 },
          { band: '8-11', sex: 'female', count: 80 },
        ],
      ],
    ]);
  });
});
