import { describe, expect, it } from 'vitest';
import { requestCreatePayloadSchema } from '../../../../shared/requests/request';
import { firstProblemStep, stepProblem, stepsOf, toPayload, wordsOf, type RequestAnswers } from './request-form';

const code = { checkCode: '23456789AB', flaggedOnDevice: false };
const complaint: RequestAnswers = {
  topic: 'where-i-live',
  details: 'My room has no heating',
  wanted: 'Fix it',
  when: 'over-a-year',
  who: 'me',
  asker: 'care-leaver',
  method: 'text',
  value: '07700 900123',
  safeToText: true,
  bestTimes: ['after-school'],
  wantsAdvocate: 'yes',
  language: 'Tigrinya interpreter',
};

describe('the steps of each door', () => {
  it('asks a complaint when it happened and whether they want an advocate; an advocate request does not ask the second', () => {
    expect(stepsOf('complaint')).toEqual(['topic', 'what', 'when', 'who', 'contact', 'advocate', 'language', 'send']);
    expect(stepsOf('advocate')).not.toContain('advocate');
    expect(stepsOf('advocate')).not.toContain('when');
    expect(stepsOf('contact-me')).toEqual(['contact', 'send']);
  });

  it('lets them go on only when a step is answered', () => {
    expect(stepProblem('topic', {})).toBe('topic');
    expect(stepProblem('what', { details: '   ' })).toBe('details');
    expect(stepProblem('who', { who: 'someone', onBehalfName: 'Gran' })).toBe('who');
    expect(stepProblem('who', { who: 'someone', onBehalfName: 'Gran', onBehalfRelationship: 'My gran' })).toBeNull();
    expect(stepProblem('contact', { method: 'phone' })).toBe('contact');
    expect(stepProblem('contact', { method: 'email', value: 'not an email' })).toBe('contact');
    expect(stepProblem('contact', { method: 'through-worker' })).toBe('contact');
    expect(stepProblem('contact', { method: 'through-worker', worker: 'iro' })).toBeNull();
    expect(stepProblem('language', {})).toBeNull();
    expect(firstProblemStep('complaint', { ...complaint, when: undefined })).toBe(2);
    expect(firstProblemStep('complaint', complaint)).toBe(-1);
  });
});

describe('toPayload', () => {
  it('makes a complaint the contract accepts, over a year old included', () => {
    const p = toPayload('complaint', complaint, code);
    expect(p).toEqual(requestCreatePayloadSchema.parse(p));
    expect(p).toMatchObject({ kind: 'complaint', when: 'over-a-year', asker: 'care-leaver', urgent: false, wantsAdvocate: 'yes' });
    expect(p?.contact).toEqual({
      method: 'text',
      value: '07700 900123',
      safeToCall: false,
      safeToText: true,
      safeToLeaveMessage: false,
      bestTimes: ['after-school'],
    });
  });

  it('an advocate request wants an advocate; someone asking for a young person is named, with no asker group', () => {
    const p = toPayload('advocate', { ...complaint, who: 'someone', onBehalfName: 'Sam', onBehalfRelationship: 'Foster carer' }, code);
    expect(p).toMatchObject({ kind: 'advocate', wantsAdvocate: 'yes', onBehalf: { name: 'Sam', relationship: 'Foster carer' }, asker: 'not-said' });
    expect(p).not.toHaveProperty('when');
  });

  it('"contact me" carries no words, is urgent, topic other, even if a draft had words', () => {
    const p = toPayload('contact-me', { method: 'through-worker', worker: 'social-worker', details: 'left over', topic: 'school' }, code);
    expect(p).toMatchObject({ kind: 'contact-me', topic: 'other', details: '', urgent: true });
    expect(p).not.toHaveProperty('wanted');
    expect(p).not.toHaveProperty('onBehalf');
  });

  it('words the phone doubted make it urgent and say so', () => {
    expect(toPayload('compliment', { ...complaint, details: 'Thank you' }, { ...code, flaggedOnDevice: true })).toMatchObject({
      urgent: true,
      flaggedOnDevice: true,
    });
  });

  it('a question about a local offer item asks only what and how to reach them, and carries the item', () => {
    expect(stepsOf('question')).toEqual(['what', 'contact', 'send']);
    const question: RequestAnswers = {
      offerItemId: 'offer-setting-up-home',
      details: 'Can I use it for a washing machine?',
      method: 'through-worker',
      worker: 'personal-adviser',
    };
    const p = toPayload('question', { ...question, topic: 'school', wanted: 'left over' }, code);
    expect(p).toMatchObject({
      kind: 'question',
      topic: 'leaving-care',
      offerItemId: 'offer-setting-up-home',
      details: question.details,
      urgent: false,
    });
    expect(p).not.toHaveProperty('wanted');
    expect(requestCreatePayloadSchema.safeParse(p).success).toBe(true);
    expect(firstProblemStep('question', { offerItemId: 'offer-x' })).toBe(0);
    // Only a question carries an offer item.
    expect(toPayload('complaint', { ...complaint, offerItemId: 'offer-x' }, code)).not.toHaveProperty('offerItemId');
  });

  it('is null when something is missing', () => {
    expect(toPayload('complaint', { ...complaint, details: '' }, code)).toBeNull();
    expect(toPayload('contact-me', {}, code)).toBeNull();
  });

  it('the safety check reads what happened and what they want', () => {
    expect(wordsOf({ details: 'a', wanted: ' ' })).toBe('a');
    expect(wordsOf({ details: 'a', wanted: 'b' })).toBe('a\nb');
  });
});
