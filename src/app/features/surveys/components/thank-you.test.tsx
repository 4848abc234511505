// A finished survey the server refused stays on the phone: the thank-you screen says so and why, in the young person's
// words, and their answers can still be seen (none are lost); the privacy screen's warning counts it. While the
// answers wait for a signal, none of that shows.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import enCommon from '../../../../../locales/en/common.json';
import enSurveys from '../../../../../locales/en/surveys.json';
import type { SurveyVersion } from '../../../../shared/survey/definition';
import { initTestI18n } from '../../../i18n/test-i18n';
import { useUnsentSurveyCount } from '../../../my-items/data/outbox-status';
import { applyPushResults } from '../../../storage/apply-pull';
import { db } from '../../../storage/db';
import { refusedSurvey, submitSurvey } from '../data/survey-data';
import { ThankYou } from './thank-you';

const w = (en: string) => ({ en, cy: `${en} (cy)`, ar: `${en} (ar)` });
const VERSION: SurveyVersion = {
  id: 'hows-life-8-11',
  round: 'hows-life',
  version: 1,
  band: '8-11',
  title: w('How is life?'),
  intro: w('intro'),
  afterwards: w('We will read every answer.'),
  questions: [
    { id: 'pet', type: 'yes-no', domain: 'wellbeing', text: w('Do you have a pet?') },
    { id: 'happy', type: 'scale', domain: 'wellbeing', text: w('How happy are you?'), scaleEnds: { min: w('not'), max: w('very') } },
    {
      id: 'likes',
      type: 'multiple',
      domain: 'wellbeing',
      text: w('What do you like?'),
      choices: [
        { id: 'sport', text: w('Sport') },
        { id: 'music', text: w('Music') },
      ],
    },
    { id: 'say', type: 'text', domain: 'rights', text: w('Anything else?') },
  ],
};
const ANSWERS = { pet: 'yes', happy: 7, likes: ['sport', 'music'], say: 'More trips please' };

beforeAll(() => initTestI18n({ en: { common: enCommon, surveys: enSurveys } }, 'surveys'));
beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(async () => {
  cleanup();
  db.close();
});

describe('a survey the server refused', () => {
  it('says why on the thank-you screen and keeps every answer to be seen', async () => {
    await submitSurvey(VERSION, ANSWERS, {});
    const op = (await db.outbox.toArray())[0]!;
    await applyPushResults([{ id: op.id, status: 'rejected', code: 'not-found', message: 'No such survey.' }]);

    expect(await refusedSurvey(VERSION.id)).toEqual({ version: 1, code: 'not-found', answers: ANSWERS });
    render(<ThankYou version={VERSION} />);
    expect(await screen.findByText(enSurveys.thanks.refused)).toBeTruthy();
    expect(await screen.findByText(`Why: ${enCommon.refusal['not-found']}`)).toBeTruthy();
    fireEvent.click(screen.getByText(enSurveys.thanks.seeAnswers));
    const list = document.querySelector('.survey-refused-answers') as HTMLElement;
    const pairs = within(list)
      .getAllByRole('term')
      .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(pairs).toEqual([
      ['Do you have a pet?', enSurveys.answers['yes-no'].yes],
      ['How happy are you?', '7'],
      ['What do you like?', 'Sport, Music'],
      ['Anything else?', 'More trips please'],
    ]);
    // The privacy screen warns before "forget this phone" would lose them.
    const { result } = renderHook(() => useUnsentSurveyCount());
    await waitFor(() => expect(result.current).toBe(1));
  });

  it('shows no reason and no answers while they wait for a signal', async () => {
    await submitSurvey(VERSION, ANSWERS, {});
    render(<ThankYou version={VERSION} />);
    expect(await screen.findByText(enSurveys.thanks.waiting)).toBeTruthy();
    await act(async () => {
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(screen.queryByText(enSurveys.thanks.seeAnswers)).toBeNull();
    expect(screen.queryByText(/^Why:/)).toBeNull();
    expect(await refusedSurvey(VERSION.id)).toBeNull();
  });
});
