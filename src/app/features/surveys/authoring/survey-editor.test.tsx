// The staff survey editor: copying a version, rewording a question in English and Welsh shows it as changed, a
// missing translation is named before anything is sent, publishing asks first and sends the edited words; a pulse
// stops at five questions; a finding is withdrawn only with a reason and after the confirm step.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import enAuthoring from '../../../../../locales/en/survey-authoring.json';
import enStaff from '../../../../../locales/en/staff.json';
import enSurveys from '../../../../../locales/en/surveys.json';
import type { SurveyFinding } from '../../../../shared/survey/authoring';
import type { SurveyVersion } from '../../../../shared/survey/definition';
import { initTestI18n } from '../../../i18n/test-i18n';
import { publishPulse, publishVersion, withdrawFinding } from './api';
import { FindingList } from './finding-list';
import { SurveyEditor } from './survey-editor';

vi.mock('./api', () => ({ publishVersion: vi.fn(), publishPulse: vi.fn(), withdrawFinding: vi.fn() }));

const w = (en: string) => ({ en, cy: `${en} (cy)`, ar: `${en} (ar)` });
const v1: SurveyVersion = {
  id: 'hows-life-11-18',
  round: 'hows-life',
  version: 1,
  band: '11-18',
  title: w("How's life?"),
  intro: w('Hello'),
  afterwards: w('Thanks'),
  questions: [
    { id: 'happy', type: 'faces', domain: 'wellbeing', text: w('Happy?') },
    { id: 'trust', type: 'agree', domain: 'relationships', text: w('An adult you trust?') },
  ],
};

beforeAll(() => initTestI18n({ en: { staff: enStaff, 'survey-authoring': enAuthoring, surveys: enSurveys } }, 'staff'));
afterEach(() => {
  cleanup();
  vi.resetAllMocks();
});

describe('copy and adapt', () => {
  it('rewords a question, names a missing translation, and publishes after the confirm step', { timeout: 30_000 }, async () => {
    const done = vi.fn();
    vi.mocked(publishVersion).mockImplementation(async (_id, body) => ({ ...v1, ...body, version: 2 }));
    render(<SurveyEditor mode="copy" from={v1} onError={() => undefined} onCancel={() => undefined} onPublished={done} />);
    const first = screen.getByRole('listitem', { name: /Question 1/ });
    expect(within(first).getByText(enAuthoring.editor.state.kept)).toBeTruthy();
    fireEvent.change(within(first).getByLabelText('Question 1 (English)'), { target: { value: 'How happy are you?' } });
    fireEvent.change(within(first).getByLabelText('Question 1 (Welsh)'), { target: { value: '' } });
    expect(within(first).getByText(enAuthoring.editor.state.changed)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: enAuthoring.editor.publish }));
    expect(await screen.findByText('Question 1 (happy): text needs Welsh')).toBeTruthy();
    expect(publishVersion).not.toHaveBeenCalled();

    fireEvent.change(within(first).getByLabelText('Question 1 (Welsh)'), { target: { value: 'Pa mor hapus wyt ti?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview question 1' }));
    const preview = screen.getByRole('region', { name: enAuthoring.editor.previewTitle });
    fireEvent.change(within(preview).getByLabelText(enAuthoring.editor.previewLanguage), { target: { value: 'cy' } });
    expect(within(preview).getByText('Pa mor hapus wyt ti?')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: enAuthoring.editor.publish }));
    const dialog = await screen.findByRole('dialog', { name: enAuthoring.editor.confirmTitle });
    fireEvent.click(within(dialog).getByRole('button', { name: enAuthoring.editor.publish }));
    await waitFor(() => expect(done).toHaveBeenCalled());
    const [id, body] = vi.mocked(publishVersion).mock.calls[0]!;
    expect(id).toBe('hows-life-11-18');
    expect(body.questions[0]!.text).toEqual({ en: 'How happy are you?', cy: 'Pa mor hapus wyt ti?', ar: 'Happy? (ar)' });
    expect(body.questions[1]).toEqual(v1.questions[1]);
  });

  it("shows the server's refusal plainly", async () => {
    vi.mocked(publishVersion).mockRejectedValue(new Error('Nothing was changed, so there is no new version to publish.'));
    render(<SurveyEditor mode="copy" from={v1} onError={() => undefined} onCancel={() => undefined} onPublished={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: enAuthoring.editor.publish }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: enAuthoring.editor.publish }));
    expect(await screen.findByText(/Nothing was changed/)).toBeTruthy();
  });
});

describe('conditions, hints and the phone preview', () => {
  it('edits a rule that the real runner follows in the 360 px preview, and never publishes a bad rule', { timeout: 30_000 }, async () => {
    const done = vi.fn();
    vi.mocked(publishVersion).mockImplementation(async (_id, body) => ({ ...v1, ...body, version: 2 }));
    render(<SurveyEditor mode="copy" from={v1} onError={() => undefined} onCancel={() => undefined} onPublished={done} />);
    const second = screen.getByRole('listitem', { name: /Question 2/ });
    fireEvent.change(within(second).getByLabelText(enAuthoring.rule.on), { target: { value: 'happy' } });
    // No answer named yet: the contract's problem shows beside the rule.
    expect(within(second).getByRole('alert').textContent).toMatch(/choose at least one answer/);
    fireEvent.click(within(second).getByRole('checkbox', { name: 'Very happy' }));
    expect(within(second).queryByRole('alert')).toBeNull();
    const hint = (lang: string) => within(second).getByLabelText(new RegExp(`^Question 2, hint shown under it .*\\(${lang}`));
    fireEvent.change(hint('English'), { target: { value: 'Think of this week.' } });
    fireEvent.change(hint('Welsh'), { target: { value: 'Meddylia am yr wythnos hon.' } });
    fireEvent.change(hint('Arabic'), { target: { value: 'فكّر في هذا الأسبوع.' } });

    fireEvent.click(screen.getByRole('button', { name: 'Preview question 1' }));
    const preview = screen.getByRole('region', { name: enAuthoring.editor.previewTitle });
    expect(within(preview).getByRole('heading', { name: 'Happy?' })).toBeTruthy();
    fireEvent.click(within(preview).getByRole('radio', { name: enSurveys.answers.faces['3'] }));
    fireEvent.click(within(preview).getByRole('button', { name: enSurveys.question.next }));
    // "In the middle" hides question 2: the runner goes on to "about you".
    expect(await within(preview).findByText(enSurveys.about.title)).toBeTruthy();
    fireEvent.click(within(preview).getByRole('button', { name: enSurveys.question.back }));
    fireEvent.click(await within(preview).findByRole('radio', { name: enSurveys.answers.faces['5'] }));
    fireEvent.click(within(preview).getByRole('button', { name: enSurveys.question.next }));
    expect(await within(preview).findByRole('heading', { name: 'An adult you trust?' })).toBeTruthy();
    expect(within(preview).getByText('Think of this week.')).toBeTruthy();

    // Moving question 2 above the question its rule names makes the rule bad: shown, and nothing is published.
    fireEvent.click(within(second).getByRole('button', { name: enAuthoring.editor.up.replace('{{n}}', '2') }));
    const moved = screen.getByRole('listitem', { name: /Question 1/ });
    expect(within(moved).getByRole('alert').textContent).toMatch(/not an earlier question/);
    fireEvent.click(screen.getByRole('button', { name: enAuthoring.editor.publish }));
    expect(await screen.findByText(/trust: shown after happy, which is not an earlier question/)).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(publishVersion).not.toHaveBeenCalled();

    // Moved back, it publishes with the rule and the hint.
    fireEvent.click(
      within(screen.getByRole('listitem', { name: /Question 1/ })).getByRole('button', { name: enAuthoring.editor.down.replace('{{n}}', '1') }),
    );
    fireEvent.click(screen.getByRole('button', { name: enAuthoring.editor.publish }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: enAuthoring.editor.publish }));
    await waitFor(() => expect(done).toHaveBeenCalled());
    const body = vi.mocked(publishVersion).mock.calls[0]![1];
    expect(body.questions[1]).toMatchObject({
      id: 'trust',
      showIf: { questionId: 'happy', anyOf: ['5'] },
      hint: { en: 'Think of this week.', cy: 'Meddylia am yr wythnos hon.', ar: 'فكّر في هذا الأسبوع.' },
    });
  });
});

describe('a new pulse check-in', () => {
  it('adds questions up to five, then stops', async () => {
    render(<SurveyEditor mode="pulse" today="2026-03-30" onError={() => undefined} onCancel={() => undefined} onPublished={() => undefined} />);
    expect(screen.getByLabelText(enAuthoring.editor.closes)).toHaveProperty('value', '2026-04-12');
    const add = screen.getByRole('button', { name: enAuthoring.editor.add });
    for (let i = 0; i < 4; i++) fireEvent.click(add);
    expect(screen.getAllByRole('listitem', { name: /^Question \d/ })).toHaveLength(5);
    expect(add).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: enAuthoring.editor.publish }));
    expect(await screen.findByText(/title: needs English/)).toBeTruthy();
    expect(publishPulse).not.toHaveBeenCalled();
  });
});

describe('withdrawing a finding', () => {
  it('asks why and then asks first, and withdraws only with a reason and when confirmed', async () => {
    const f: SurveyFinding = {
      id: 'f1',
      round: 'hows-life',
      told: w('You want trips.'),
      willDo: w('Two trips.'),
      questionIds: [],
      publishedAt: '2026-03-01T10:00:00Z',
    };
    const withdrawn = vi.fn();
    vi.mocked(withdrawFinding).mockResolvedValue({ id: 'f1', withdrawnAt: '2026-03-02T10:00:00Z' });
    render(
      <FindingList
        findings={[f]}
        load={{ error: null, loading: false, reload: () => undefined }}
        onError={() => undefined}
        onWithdrawn={withdrawn}
      />,
    );
    const button = screen.getByRole('button', { name: 'Withdraw "You want trips."' });
    fireEvent.click(button);
    expect(await screen.findByText(enAuthoring.findings.needReason)).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.change(screen.getByLabelText('Why withdraw "You want trips."?'), { target: { value: ' No money for trips. ' } });
    fireEvent.click(button);
    fireEvent.click(
      within(await screen.findByRole('dialog', { name: enAuthoring.findings.withdrawTitle })).getByRole('button', { name: enStaff.cancel }),
    );
    expect(withdrawFinding).not.toHaveBeenCalled();
    fireEvent.click(button);
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: enAuthoring.findings.withdraw }));
    await waitFor(() => expect(withdrawn).toHaveBeenCalled());
    expect(withdrawFinding).toHaveBeenCalledWith('f1', 'No money for trips.');
  });
});
