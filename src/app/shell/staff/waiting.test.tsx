import { render } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import enStaff from '../../../../locales/en/staff.json';
import { initTestI18n } from '../../i18n/test-i18n';
import { ageWords, WaitingNote } from './waiting';

beforeAll(() => initTestI18n({ en: { staff: enStaff } }, 'staff'));

const now = new Date('2026-03-02T12:00:00Z');

describe('the waiting note beside a staff section', () => {
  it('says how long the oldest has waited in minutes, hours, then days', () => {
    expect(ageWords('2026-03-02T11:20:00Z', now, 'en')).toBe('40 minutes');
    expect(ageWords('2026-03-02T09:00:00Z', now, 'en')).toBe('3 hours');
    expect(ageWords('2026-02-28T10:00:00Z', now, 'en')).toBe('2 days');
    // A clock a little behind never gives a negative age.
    expect(ageWords('2026-03-02T12:01:00Z', now, 'en')).toBe('0 minutes');
  });

  it('shows how many wait, the oldest and how many are past due, and nothing when none wait', () => {
    const { container, rerender } = render(<WaitingNote summary={{ waiting: 3, oldestAt: '2026-03-02T09:00:00Z', overdue: 1 }} now={now} />);
    expect(container.textContent).toBe('waiting: 3, oldest 3 hours · past due: 1');
    rerender(<WaitingNote summary={{ waiting: 2, oldestAt: null, overdue: 0 }} now={now} />);
    expect(container.textContent).toBe('waiting: 2');
    rerender(<WaitingNote summary={{ waiting: 0, oldestAt: null, overdue: 0 }} now={now} />);
    expect(container.textContent).toBe('');
    rerender(<WaitingNote summary={undefined} now={now} />);
    expect(container.textContent).toBe('');
  });
});
