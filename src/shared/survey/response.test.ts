import { describe, expect, it } from 'vitest';
import { redactPersonalDetails } from '../safety/personal-details';
import { DEFAULT_SURVEYS } from './defaults/index';
import { checkAnswers } from './response';

const eightToEleven = DEFAULT_SURVEYS.find((s) => s.band === '8-11')!;

describe('redactPersonalDetails', () => {
  it.each([
    ['call me on 07700 900123 please', 'call me on [removed] please'],
    ['email jay@example.com', 'email [removed]'],
    ['I live at 12 Acacia Road', 'I live at [removed]'],
    ['my name is Jayden and I am sad', '[removed] and I am sad'],
    ['my social worker Sarah never rings', '[removed] never rings'],
    ['my snap is @jay_99', 'my snap is [removed]'],
  ])('takes the details out of %j', (text, expected) => {
    expect(redactPersonalDetails(text)).toBe(expected);
  });

  it('leaves words without details alone', () => {
    expect(redactPersonalDetails('More trips out and a bigger room')).toBe('More trips out and a bigger room');
  });
});

describe('checkAnswers', () => {
  it('keeps good answers, redacts free text and clears hidden ones', () => {
    const checked = checkAnswers(eightToEleven, {
      'happy-yesterday': '4',
      'live-with-siblings': 'all',
      'see-siblings': 'yes',
      'one-thing-to-change': 'ring me on 07700 900123',
    });
    expect(checked).toEqual({
      ok: true,
      answers: { 'happy-yesterday': '4', 'live-with-siblings': 'all', 'one-thing-to-change': 'ring me on [removed]' },
    });
  });

  it('names the question of a wrong answer, and refuses an unknown one', () => {
    const wrong = checkAnswers(eightToEleven, { 'happy-yesterday': '6' });
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.message).toContain('happy-yesterday');
    expect(checkAnswers(eightToEleven, { nope: 'yes' }).ok).toBe(false);
  });
});
