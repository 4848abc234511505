// The staff surveys screen: it lists the council's surveys and findings (or says why it could not, with "Try again"),
// refuses a finding not written in every language, and publishes one only after the confirm step.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import enAuthoring from '../../../../../locales/en/survey-authoring.json';
import enStaff from '../../../../../locales/en/staff.json';
import type { StaffSurveySummary, SurveyFinding } from '../../../../shared/survey/authoring';
import { initTestI18n } from '../../../i18n/test-i18n';
import { listFindings, listSurveys, publishFinding } from './api';
import { SurveysPage } from './surveys-page';

vi.mock('./api', () => ({ listSurveys: vi.fn(), listFindings: vi.fn(), publishFinding: vi.fn() }));

const w = (en: string) => ({ en, cy: `${en} (cy)`, ar: `${en} (ar)` });
const survey: StaffSurveySummary = {
  id: 'hows-life-8-11',
  band: '8-11',
  round: 'hows-life',
  kind: 'round',
  versions: [
    { version: 1, publishedAt: '2026-01-05T10:00:00.000Z' },
    { version: 2, publishedAt: '2026-02-05T10:00:00.000Z' },
  ],
  newest: {
    id: 'hows-life-8-11',
    round: 'hows-life',
    version: 2,
    band: '8-11',
    title: w("How's life?"),
    intro: w('Hello'),
    afterwards: w('Thanks'),
    questions: [{ id: 'happy', type: 'faces', domain: 'wellbeing', text: w('Happy?') }],
  },
};

beforeAll(() => initTestI18n({ en: { staff: enStaff, 'survey-authoring': enAuthoring } }, 'staff'));
afterEach(() => {
  cleanup();
  vi.resetAllMocks();
});

describe('staff surveys screen', () => {
  it('lists the surveys, and publishes a finding in every language after the confirm step', async () => {
    let findings: SurveyFinding[] = [];
    vi.mocked(listSurveys).mockResolvedValue([survey]);
    vi.mocked(listFindings).mockImplementation(async () => findings);
    vi.mocked(publishFinding).mockImplementation(async (body) => {
      const made = { id: 'f1', round: body.round, told: body.told, willDo: body.willDo, questionIds: [], publishedAt: '2026-03-01T10:00:00.000Z' };
      findings = [made];
      return made;
    });
    render(<SurveysPage onError={() => undefined} />);
    expect(await screen.findByText("How's life?")).toBeTruthy();
    expect(screen.getByText(/version 2 of 2, published 2026-02-05/)).toBeTruthy();
    expect(screen.getByText(enAuthoring.findings.none)).toBeTruthy();

    const form = screen.getByRole('region', { name: enAuthoring.findings.new });
    fireEvent.change(within(form).getByLabelText(`${enAuthoring.findings.told} (English)`), { target: { value: 'You want more trips.' } });
    fireEvent.click(within(form).getByRole('button', { name: enAuthoring.findings.publish }));
    expect(await within(form).findByText(enAuthoring.findings.needTold)).toBeTruthy();
    expect(publishFinding).not.toHaveBeenCalled();

    for (const [field, text] of [
      [enAuthoring.findings.told, 'You want more trips.'],
      [enAuthoring.findings.willDo, 'We will plan two trips.'],
    ] as const) {
      fireEvent.change(within(form).getByLabelText(`${field} (Welsh, optional)`), { target: { value: `${text} (cy)` } });
      fireEvent.change(within(form).getByLabelText(`${field} (Arabic, optional)`), { target: { value: `${text} (ar)` } });
    }
    fireEvent.change(within(form).getByLabelText(`${enAuthoring.findings.willDo} (English)`), { target: { value: 'We will plan two trips.' } });
    fireEvent.click(within(form).getByRole('button', { name: enAuthoring.findings.publish }));
    const dialog = await screen.findByRole('dialog', { name: enAuthoring.findings.confirmTitle });
    expect(publishFinding).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: enAuthoring.findings.publish }));
    await waitFor(() =>
      expect(publishFinding).toHaveBeenCalledWith({ round: 'hows-life', told: w('You want more trips.'), willDo: w('We will plan two trips.') }),
    );
    expect(await screen.findByText(enAuthoring.findings.published)).toBeTruthy();
    expect(await screen.findByText('You want more trips.')).toBeTruthy();
  });

  it('says when the surveys or the findings could not be loaded, instead of loading for ever, and tries each again', async () => {
    vi.mocked(listSurveys).mockRejectedValueOnce(new Error('No connection')).mockResolvedValue([survey]);
    vi.mocked(listFindings).mockRejectedValueOnce(new Error('No connection')).mockResolvedValue([]);
    render(<SurveysPage onError={() => undefined} />);
    await waitFor(() => expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual(['No connection', 'No connection']));
    expect(screen.queryByText(enAuthoring.found.loading)).toBeNull();
    const retries = screen.getAllByRole('button', { name: enStaff.retry.action });
    expect(retries).toHaveLength(2);

    fireEvent.click(retries[0]!);
    expect(await screen.findByText("How's life?")).toBeTruthy();
    expect(screen.getAllByText('No connection')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: enStaff.retry.action }));
    expect(await screen.findByText(enAuthoring.findings.none)).toBeTruthy();
    expect(screen.queryByText('No connection')).toBeNull();
  });
});
