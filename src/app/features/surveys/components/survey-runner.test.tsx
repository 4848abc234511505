// The question screens: progress that counts shown questions, Back and Skip, answers handed over at once, a failed save
// said on screen, hidden questions skipped, unsafe answers opening the help, and the finished survey handed over.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import enCommon from '../../../../../locales/en/common.json';
import enSurveys from '../../../../../locales/en/surveys.json';
import type { SurveyVersion } from '../../../../shared/survey/definition';
import { initTestI18n } from '../../../i18n/test-i18n';
import { SAFETY_HELP_EVENT } from '../../../ui/safety-events';
import { SurveyRunner, type RunnerState } from './survey-runner';

const w = (en: string) => ({ en, cy: `${en} (cy)`, ar: `${en} (ar)` });
const VERSION: SurveyVersion = {
  id: 'hows-life-8-11',
  round: 'hows-life',
  version: 1,
  band: '8-11',
  title: w('How is life?'),
  intro: w('intro'),
  afterwards: w('afterwards'),
  questions: [
    { id: 'feel', type: 'faces', domain: 'wellbeing', text: w('How did you feel yesterday?') },
    { id: 'safe', type: 'frequency', domain: 'recovery', text: w('Do you feel safe at home?'), unsafeIf: ['never', 'hardly-ever'] },
    { id: 'pet', type: 'yes-no', domain: 'wellbeing', text: w('Do you have a pet?') },
    { id: 'pet-time', type: 'frequency', domain: 'wellbeing', text: w('Enough time with your pet?'), showIf: { questionId: 'pet', anyOf: ['yes'] } },
    { id: 'happy', type: 'scale', domain: 'wellbeing', text: w('How happy are you?'), scaleEnds: { min: w('not at all'), max: w('completely') } },
  ],
};

beforeAll(() => initTestI18n({ en: { common: enCommon, surveys: enSurveys } }, 'common'));
afterEach(cleanup);

function start(initial: RunnerState = { answers: {}, index: 0 }, onSave = vi.fn(() => Promise.resolve())) {
  const onSubmit = vi.fn(() => Promise.resolve());
  const onExit = vi.fn();
  render(<SurveyRunner version={VERSION} initial={initial} onSave={onSave} onSubmit={onSubmit} onExit={onExit} />);
  return { onSave, onSubmit, onExit };
}
const press = (name: string) => act(async () => fireEvent.click(screen.getByRole('button', { name })));
const progressText = () => screen.getByRole('progressbar').getAttribute('aria-valuetext');

describe('SurveyRunner', () => {
  it('shows one question with "Question n of total", hands each answer over at once, Skip and Back', async () => {
    const { onSave, onExit } = start();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('How did you feel yesterday?');
    // The pet question hides one: four shown.
    expect(progressText()).toBe('Question 1 of 4');
    expect(screen.getByRole('button', { name: 'Read aloud: How did you feel yesterday?' })).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('radio', { name: 'Happy' })));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ answers: { feel: '4' }, index: 0 }));
    await press('Next');
    expect(progressText()).toBe('Question 2 of 4');
    await press('Skip');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Do you have a pet?');
    await act(async () => fireEvent.click(screen.getByRole('radio', { name: 'Yes' })));
    // "Yes" shows the pet question: now five.
    expect(progressText()).toBe('Question 3 of 5');
    await press('Next');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Enough time with your pet?');
    await press('Back');
    await press('Back');
    await press('Back');
    expect(progressText()).toBe('Question 1 of 5');
    await press('Back');
    expect(onExit).toHaveBeenCalledOnce();
  });

  it('starts where the draft stopped, skipping a question hidden by the saved answers', () => {
    start({ answers: { feel: '2', pet: 'no' }, index: 3 });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('How happy are you?');
    expect(progressText()).toBe('Question 4 of 4');
    expect(screen.getByText('0 means not at all. 10 means completely.')).toBeTruthy();
  });

  it('says on screen when an answer could not be saved', async () => {
    start(
      { answers: {}, index: 0 },
      vi.fn(() => Promise.reject(new Error('QuotaExceededError'))),
    );
    await act(async () => fireEvent.click(screen.getByRole('radio', { name: 'Very sad' })));
    expect(screen.getByRole('alert').textContent).toMatch(/could not be saved/);
  });

  it('opens the "I don\'t feel safe" help at once for an unsafe answer', async () => {
    const help = vi.fn();
    window.addEventListener(SAFETY_HELP_EVENT, help);
    start({ answers: {}, index: 1 });
    await act(async () => fireEvent.click(screen.getByRole('radio', { name: 'Sometimes' })));
    expect(help).not.toHaveBeenCalled();
    await act(async () => fireEvent.click(screen.getByRole('radio', { name: 'Never' })));
    expect(help).toHaveBeenCalledOnce();
    window.removeEventListener(SAFETY_HELP_EVENT, help);
  });

  it('ends with "about you", then hands over the answers and the gender', async () => {
    const { onSubmit } = start({ answers: { feel: '5', pet: 'no', happy: 9 }, index: 4 });
    await press('Next');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('About you');
    await act(async () => fireEvent.click(screen.getByRole('radio', { name: 'Girl' })));
    await press('Send my answers');
    expect(onSubmit).toHaveBeenCalledWith({ answers: { feel: '5', pet: 'no', happy: 9 }, gender: 'girl' });
  });
});
