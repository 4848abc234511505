import { describe, expect, it } from 'vitest';
import { pollAdoptSchema, pollCreateSchema } from '../../../../../shared/feed-staff';
import { toLocalized } from '../../../../ui/staff/localized-input';
import { adoptFormProblems, pollFormBody, pollFormProblems } from './poll-forms';

const OPTION = '0b9d2f0e-7c1a-4d55-9d0a-2f5e8f1c3a03';

describe('poll forms', () => {
  const poll = { term: 'contact', question: { en: 'What should we call contact?', cy: '', ar: '' }, options: ['Family Time', ' ', 'Catch up'] };
  it('accepts a vocabulary word, a question and 2 to 8 different options', () => {
    expect(pollFormProblems(poll)).toEqual([]);
    expect(pollCreateSchema.safeParse(pollFormBody(poll)).success).toBe(true);
    expect(pollFormBody(poll).options).toEqual(['Family Time', 'Catch up']);
  });
  it('says what is wrong', () => {
    expect(pollFormProblems({ ...poll, term: 'family time' })).toContain('term-invalid');
    expect(pollFormProblems({ ...poll, question: { en: ' ', cy: '', ar: '' } })).toContain('question-required');
    expect(pollFormProblems({ ...poll, options: ['One', ''] })).toContain('options-count');
    expect(pollFormProblems({ ...poll, options: Array.from({ length: 9 }, (_, i) => `O${i}`) })).toContain('options-count');
    expect(pollFormProblems({ ...poll, options: ['Family Time', 'family time'] })).toContain('options-repeat');
  });
  it('adopting needs an option, what was done and a role', () => {
    expect(adoptFormProblems({ optionId: '', did: { en: '', cy: '', ar: '' }, responsible: '' })).toEqual([
      'option-required',
      'did-required',
      'responsible-required',
    ]);
    const ok = { optionId: OPTION, did: { en: 'Letters now say Family Time', cy: '', ar: '' }, responsible: 'Head of Service' };
    expect(adoptFormProblems(ok)).toEqual([]);
    expect(pollAdoptSchema.safeParse({ ...ok, did: toLocalized(ok.did) }).success).toBe(true);
  });
});
