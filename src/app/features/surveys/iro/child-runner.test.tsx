// The IRO's child runner draws its answers with the young person's own QuestionView (one component, no copy): the same
// faces with words and the same 0–10 radios, and the finished answers handed over as the phone's runner would.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import enCommon from '../../../../../locales/en/common.json';
import enIro from '../../../../../locales/en/survey-iro.json';
import enSurveys from '../../../../../locales/en/surveys.json';
import type { SurveyVersion } from '../../../../shared/survey/definition';
import { initTestI18n } from '../../../i18n/test-i18n';
import { ChildRunner } from './child-runner';

const w = (en: string) => ({ en, cy: en, ar: en });
const VERSION: SurveyVersion = {
  id: 'hows-life-8-11',
  round: 'hows-life',
  version: 1,
  band: '8-11',
  title: w('How is life?'),
  intro: w('intro'),
  afterwards: w('afterwards'),
  questions: [
    { id: 'feel', type: 'faces', domain: 'wellbeing', text: w('How do you feel?') },
    { id: 'happy', type: 'scale', domain: 'wellbeing', text: w('How happy?'), scaleEnds: { min: w('not'), max: w('very') } },
  ],
};

beforeAll(() => initTestI18n({ en: { common: enCommon, surveys: enSurveys, 'survey-iro': enIro } }, 'survey-iro'));
afterEach(cleanup);

it('uses the phone runner’s answers (faces with words, 0–10 radios) and hands over what was chosen', async () => {
  const onFinish = vi.fn();
  render(<ChildRunner version={VERSION} onFinish={onFinish} onStop={() => undefined} />);
  expect(document.querySelector('.survey-answers.survey-faces')).toBeTruthy();
  await act(async () => fireEvent.click(screen.getByRole('radio', { name: enSurveys.answers.faces['4'] })));
  await act(async () => fireEvent.click(screen.getByRole('button', { name: enIro.child.next })));
  expect(document.querySelector('.survey-answers.survey-scale')).toBeTruthy();
  await act(async () => fireEvent.click(screen.getByRole('radio', { name: '8' })));
  await act(async () => fireEvent.click(screen.getByRole('button', { name: enIro.child.next })));
  await act(async () => fireEvent.click(screen.getByRole('button', { name: enIro.child.finish })));
  expect(onFinish).toHaveBeenCalledWith({ feel: '4', happy: 8 });
});
