import { describe, expect, it } from 'vitest';
import { decisionProblem } from './moderation';

describe('moderation decisions', () => {
  it('needs a reason to hide or mark as safeguarding', () => {
    expect(decisionProblem({ action: 'hide', reason: ' ' }, false)).toBe('reason-required');
    expect(decisionProblem({ action: 'safeguarding', reason: '' }, false)).toBe('reason-required');
    expect(decisionProblem({ action: 'hide', reason: 'Names a carer' }, false)).toBeNull();
  });
  it('needs a person to check flagged personal details before approving', () => {
    expect(decisionProblem({ action: 'approve', confirmNoDetails: false }, true)).toBe('check-details');
    expect(decisionProblem({ action: 'approve', confirmNoDetails: true }, true)).toBeNull();
    expect(decisionProblem({ action: 'approve', confirmNoDetails: false }, false)).toBeNull();
    expect(decisionProblem({ action: 'approve', text: '', confirmNoDetails: true }, true)).toBe('empty-text');
  });
});
