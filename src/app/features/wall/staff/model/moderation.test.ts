import { describe, expect, it } from 'vitest';
import { decisionProblem, hasDoubt } from './moderation';

describe('moderation decisions', () => {
  it('needs a reason to hide, but none to say a post may be about harm', () => {
    expect(decisionProblem({ action: 'hide', reason: ' ' }, false)).toBe('reason-required');
    expect(decisionProblem({ action: 'hide', reason: 'Names a carer' }, false)).toBeNull();
    expect(decisionProblem({ action: 'safeguarding' }, false)).toBeNull();
    expect(decisionProblem({ action: 'safeguarding', reason: '' }, true, true)).toBeNull();
  });
  it('needs a person to check flagged personal details before approving', () => {
    expect(decisionProblem({ action: 'approve', confirmNoDetails: false }, true)).toBe('check-details');
    expect(decisionProblem({ action: 'approve', confirmNoDetails: true }, true)).toBeNull();
    expect(decisionProblem({ action: 'approve', confirmNoDetails: false }, false)).toBeNull();
    expect(decisionProblem({ action: 'approve', text: '', confirmNoDetails: true }, true)).toBe('empty-text');
  });
  it('needs a person to confirm before approving a post the safety check has any doubt about', () => {
    expect(decisionProblem({ action: 'approve', confirmNoDetails: false }, false, true)).toBe('confirm-doubt');
    expect(decisionProblem({ action: 'approve', text: 'edited', confirmNoDetails: true }, false, true)).toBe('confirm-doubt');
    expect(decisionProblem({ action: 'approve', confirmNoDetails: false, confirmDoubt: true }, false, true)).toBeNull();
    const post = (doubt: 'none' | 'possible' | 'likely', disclosure: boolean) => ({
      check: { doubt, categories: [] },
      flags: { disclosure, personalDetails: [] },
    });
    expect(hasDoubt(post('none', false))).toBe(false);
    expect(hasDoubt(post('possible', false))).toBe(true);
    expect(hasDoubt(post('likely', false))).toBe(true);
    expect(hasDoubt(post('none', true))).toBe(true);
  });
});
