// The triage queue screen: urgent on top with the out-of-hours number, each clock said in words, and a case page
// whose answer to a stage is sent only after the confirm step.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import enRequests from '../../../../../locales/en/requests-staff.json';
import enStaff from '../../../../../locales/en/staff.json';
import type { QueueItem, RequestCase } from '../../../../shared/requests/staff';
import { actOnCase, loadAssignees, loadCase, loadQueue, loadSummary } from '../../../api/staff/requests';
import { initTestI18n } from '../../../i18n/test-i18n';
import { navigate } from '../../../ui/router';
import { RequestsPage } from './requests-page';

vi.mock('../../../api/staff/requests', () => ({
  loadQueue: vi.fn(),
  loadSummary: vi.fn(),
  loadCase: vi.fn(),
  loadAssignees: vi.fn(),
  actOnCase: vi.fn(),
}));

const item = (over: Partial<QueueItem>): QueueItem => ({
  id: '00000000-0000-4000-8000-0000000000a1',
  ref: 'HRD-7K3Q-9M2P',
  kind: 'complaint',
  topic: 'where-i-live',
  status: 'received',
  stage: 1,
  urgent: false,
  safety: false,
  clock: 'on-time',
  dueOn: '2026-03-16',
  assignedTo: null,
  contacted: false,
  acknowledged: false,
  receivedOn: '2026-03-02',
  ageDays: 3,
  ...over,
});
const caseOf = (over: Partial<RequestCase>): RequestCase =>
  ({
    ...item({ status: 'in-progress' }),
    nation: 'england',
    details: 'My room is cold.',
    wanted: null,
    onBehalf: null,
    contact: { method: 'text', value: '07700 900123', safeToCall: false, safeToText: true, safeToLeaveMessage: false },
    wantsAdvocate: 'yes',
    language: null,
    happened: 'recent',
    asker: 'in-care',
    advocacy: 'asked',
    contactedAt: null,
    acknowledgedAt: '2026-03-02T10:00:00.000Z',
    createdAt: '2026-03-02T09:00:00.000Z',
    closedAt: null,
    lastStage: 3,
    stages: [
      {
        stage: 1,
        openedOn: '2026-03-02',
        dueOn: '2026-03-16',
        maxDueOn: '2026-03-30',
        currentDueOn: '2026-03-16',
        clock: 'on-time',
        extendedTo: null,
        extensionReason: null,
        stoppedSince: null,
        stopReason: null,
        stoppedDays: 0,
        panelOn: null,
        reportOn: null,
        respondedOn: null,
        outcome: null,
        learning: null,
        late: false,
        nextStageBy: null,
      },
    ],
    events: [],
    flags: { overAYear: false, lateEscalation: false, safety: false },
    offerItem: { id: 'offer-setting-up-home', title: 'Setting up home' },
    ...over,
  }) as RequestCase;
const me = { id: 's1', name: 'Sam', email: 'sam@x', roles: ['complaints'], councilId: 'c1', councilName: 'Demoshire' } as never;
const props = { me, onError: vi.fn(), onCouncilChanged: vi.fn() };

beforeAll(() => initTestI18n({ en: { staff: enStaff, 'requests-staff': enRequests } }, 'requests-staff'));
afterEach(() => {
  cleanup();
  vi.resetAllMocks();
  navigate('/');
});

describe('requests queue screen', () => {
  it('puts the out-of-hours number on top while an urgent request waits, and says each clock in words', async () => {
    navigate('/staff/requests');
    vi.mocked(loadSummary).mockResolvedValue({ waiting: 2, urgent: 1, overdue: 1, dueSoon: 0, mine: 0, oldestWaitingAt: null });
    vi.mocked(loadQueue).mockResolvedValue({
      items: [item({ id: '00000000-0000-4000-8000-0000000000a2', urgent: true, kind: 'contact-me', clock: 'due-soon' }), item({ clock: 'overdue' })],
      total: 2,
      page: 1,
      pageSize: 50,
      outOfHours: { phone: '0300 123 4567', hours: null },
    });
    render(<RequestsPage {...props} />);
    expect((await screen.findByRole('alert')).textContent).toContain('0300 123 4567');
    const cards = screen.getAllByRole('listitem').filter((li) => li.classList.contains('staff-card'));
    expect(within(cards[0]!).getByText('Urgent')).toBeTruthy();
    expect(within(cards[0]!).getByText('Due soon')).toBeTruthy();
    expect(within(cards[1]!).getByText('Late')).toBeTruthy();
    expect(screen.getByText('Late: 1')).toBeTruthy();
  });

  it('says when the counts of what is waiting could not be loaded, and shows them after "Try again"', async () => {
    navigate('/staff/requests');
    vi.mocked(loadSummary).mockRejectedValueOnce(new Error('No connection to Heard right now.'));
    vi.mocked(loadQueue).mockResolvedValue({ items: [item({})], total: 1, page: 1, pageSize: 50, outOfHours: null });
    render(<RequestsPage {...props} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(enRequests.summary.failed.replace('{{reason}}', 'No connection to Heard right now.'));
    expect(screen.queryByText('Late: 4')).toBeNull();
    vi.mocked(loadSummary).mockResolvedValue({ waiting: 5, urgent: 0, overdue: 4, dueSoon: 0, mine: 0, oldestWaitingAt: null });
    fireEvent.click(screen.getByRole('button', { name: enStaff.retry.action }));
    expect(await screen.findByText('Late: 4')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(loadSummary).toHaveBeenCalledTimes(2);
  });

  it('opens a case and sends a stage’s answer only after the confirm step', async () => {
    const c = caseOf({});
    navigate(`/staff/requests/${c.id}`);
    vi.mocked(loadCase).mockResolvedValue(c);
    vi.mocked(loadAssignees).mockResolvedValue([]);
    vi.mocked(actOnCase).mockResolvedValue({ ...c, status: 'responded' });
    render(<RequestsPage {...props} />);
    expect(await screen.findByText('My room is cold.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'About this part of the local offer' })).toBeTruthy();
    expect(screen.getByText('Setting up home')).toBeTruthy();
    expect(screen.getAllByText('No — do not', { selector: 'dd' })).toHaveLength(2);
    fireEvent.click(screen.getByText('Answer stage 1'));
    fireEvent.change(screen.getByLabelText('The answer they will read'), { target: { value: 'We are fixing it.' } });
    fireEvent.click(within(screen.getByText('Answer stage 1').closest('details')!).getByRole('button', { name: 'Send' }));
    const dialog = await screen.findByRole('dialog');
    expect(actOnCase).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send' }));
    await vi.waitFor(() =>
      expect(actOnCase).toHaveBeenCalledWith(c.id, { path: 'respond', body: { stage: 1, outcome: 'upheld', text: 'We are fixing it.' } }),
    );
  });

  it('says why when a case could not be acknowledged, and keeps the button to try again', async () => {
    const c = caseOf({ acknowledgedAt: null });
    navigate(`/staff/requests/${c.id}`);
    vi.mocked(loadCase).mockResolvedValue(c);
    vi.mocked(loadAssignees).mockResolvedValue([]);
    vi.mocked(actOnCase).mockRejectedValue(new Error('No connection to Heard right now.'));
    render(<RequestsPage {...props} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Say we have it' }));
    expect((await screen.findByText('No connection to Heard right now.')).getAttribute('role')).toBe('alert');
    expect(actOnCase).toHaveBeenCalledWith(c.id, { path: 'acknowledge' });
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Say we have it' }).disabled).toBe(false);
  });

  it('says why the case cannot be given to someone when the team list could not be loaded', async () => {
    const c = caseOf({});
    navigate(`/staff/requests/${c.id}`);
    vi.mocked(loadCase).mockResolvedValue(c);
    vi.mocked(loadAssignees).mockRejectedValue(new Error('No connection to Heard right now.'));
    render(<RequestsPage {...props} />);
    expect(await screen.findByText('My room is cold.')).toBeTruthy();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Who has it cannot be chosen now: No connection to Heard right now.');
  });
});
