import { describe, expect, it } from 'vitest';
import { lastFinancialYear } from './report-period';

describe('the default report period', () => {
  it('is the last whole financial year before today', () => {
    expect(lastFinancialYear(new Date('2026-12-02T12:00:00Z'))).toEqual({ from: '2025-04-01', to: '2026-03-31' });
    expect(lastFinancialYear(new Date('2026-04-01T00:00:00Z'))).toEqual({ from: '2025-04-01', to: '2026-03-31' });
    expect(lastFinancialYear(new Date('2026-03-31T12:00:00Z'))).toEqual({ from: '2024-04-01', to: '2025-03-31' });
  });
});
