import { describe, expect, it } from 'vitest';
import type { SurveyVersion } from '../../../../../shared/survey/definition';
import { answersToSeal, monthOf } from './answers-to-seal';

const w = (en: string) => ({ en, cy: en, ar: en });
const version: SurveyVersion = {
  id: 'hows-life-8-11',
  round: 'hows-life',
  version: 1,
  band: '8-11',
  title: w('How is life?'),
  intro: w('Hi'),
  afterwards: w('Thanks'),
  questions: [
    { id: 'siblings', type: 'yes-no', domain: 'relationships', text: w('Siblings?') },
    { id: 'see-siblings', type: 'yes-no', domain: 'relationships', text: w('See them?'), showIf: { questionId: 'siblings', anyOf: ['yes'] } },
    { id: 'change', type: 'text', domain: 'wellbeing', text: w('One thing?') },
  ],
};

describe('answers to seal', () => {
  it('clears hidden answers, trims free text and leaves out empty ones', () => {
    expect(answersToSeal(version, { siblings: 'no', 'see-siblings': 'yes', change: '  more trips  ' })).toEqual({
      siblings: 'no',
      change: 'more trips',
    });
    expect(answersToSeal(version, { change: '   ' })).toEqual({});
  });
  it('keeps the month of the device calendar', () => {
    expect(monthOf(new Date(2026, 0, 31, 23, 30))).toBe('2026-01');
  });
});
