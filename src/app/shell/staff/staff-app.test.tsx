// The staff frame: after sign-in it shows the sections the member's roles allow, opens the first, and puts focus on
// each new screen's heading once the screen has loaded; a 401 from a screen signs the member out, saying why; without
// a signal it opens as the member the device last saw, saying it is offline, and signing out forgets that member.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import enStaff from '../../../../locales/en/staff.json';
import type { StaffMe } from '../../../shared/staff';
import { StaffApiError } from '../../api/request';
import { recallStaff, rememberStaff } from '../../council/remembered-staff';
import { loadFeedLog } from '../../features/feed/staff/api';
import { initTestI18n } from '../../i18n/test-i18n';
import { db } from '../../storage/db';
import { loadMe, loadWaiting, signOut } from './api';
import StaffApp from './staff-app';

vi.mock('./api', () => ({ loadMe: vi.fn(), signIn: vi.fn(), signOut: vi.fn(), changeMyPassword: vi.fn(), loadWaiting: vi.fn() }));
vi.mock('../../features/feed/staff/api', () => ({ loadFeedLog: vi.fn(), feedLogUrl: () => '/log.csv' }));

const iro: StaffMe = { id: 's1', email: 'i@x.example', name: 'Ira', roles: ['iro'], council: { id: 'c', name: 'Testshire', districts: [] } };

beforeAll(() => initTestI18n({ en: { staff: enStaff } }, 'staff'));
beforeEach(() => {
  vi.mocked(loadWaiting).mockResolvedValue({});
});
afterEach(async () => {
  cleanup();
  await db.meta.clear();
  vi.resetAllMocks();
  window.history.replaceState(null, '', '/');
});

describe('staff frame', () => {
  it('opens the first allowed section and moves focus to each new screen heading', async () => {
    vi.mocked(loadMe).mockResolvedValue(iro);
    vi.mocked(loadFeedLog).mockResolvedValue([]);
    window.history.replaceState(null, '', '/staff');
    render(<StaffApp />);
    const nav = await screen.findByRole('navigation', { name: enStaff.navLabel });
    expect([...nav.querySelectorAll('a')].map((a) => a.textContent)).toEqual([
      enStaff.sections.home,
      enStaff.sections.joinHelp,
      enStaff.sections.iroSurvey,
      enStaff.sections.log,
      enStaff.sections.myPassword,
    ]);
    // The home says what an IRO can do here, each a link with a line saying what it is for.
    const home = await screen.findByRole('heading', { level: 1, name: 'Welcome, Ira' });
    await waitFor(() => expect(document.activeElement).toBe(home));
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: enStaff.sections.joinHelp })).toBeTruthy();
    expect(within(main).getByText(enStaff.home.lines.log)).toBeTruthy();
    expect(main.textContent).not.toContain(enStaff.noSections);

    fireEvent.click(within(main).getByRole('link', { name: enStaff.sections.log }));
    const log = await screen.findByRole('heading', { level: 1, name: enStaff.log.title });
    await waitFor(() => expect(document.activeElement).toBe(log));

    fireEvent.click(screen.getByRole('link', { name: enStaff.sections.myPassword }));
    const mine = await screen.findByRole('heading', { level: 1, name: enStaff.myPassword.title });
    await waitFor(() => expect(document.activeElement).toBe(mine));
    expect(screen.getByRole('link', { name: enStaff.sections.myPassword }).getAttribute('aria-current')).toBe('page');
  });

  it('gives a complaints officer a home with what they can do, never an empty page', async () => {
    vi.mocked(loadMe).mockResolvedValue({ ...iro, name: 'Cal', roles: ['complaints'] });
    vi.mocked(loadWaiting).mockResolvedValue({ requests: { waiting: 2, oldestAt: new Date(Date.now() - 3 * 3_600_000).toISOString(), overdue: 0 } });
    window.history.replaceState(null, '', '/staff');
    render(<StaffApp />);
    const main = await screen.findByRole('main');
    await screen.findByRole('heading', { level: 1, name: 'Welcome, Cal' });
    // The navigation says how many requests wait and for how long, so nobody waits unseen.
    const nav = screen.getByRole('navigation', { name: enStaff.navLabel });
    await waitFor(() => expect(within(nav).getByRole('link', { name: /waiting: 2, oldest 3 hours/ })).toBeTruthy());
    expect(within(main).getByRole('link', { name: enStaff.sections.joinHelp })).toBeTruthy();
    expect(within(main).getByText(enStaff.home.lines.joinHelp)).toBeTruthy();
    expect(main.textContent).not.toContain(enStaff.noSections);
  });

  it('signs the member out, saying why, when a screen hears 401', async () => {
    vi.mocked(loadMe).mockResolvedValue(iro);
    vi.mocked(loadFeedLog).mockRejectedValue(new StaffApiError(401, 'signed-out', 'Signed out.'));
    window.history.replaceState(null, '', '/staff/log');
    render(<StaffApp />);
    expect(await screen.findByText(enStaff.signIn.timedOut)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: enStaff.signIn.title })).toBeTruthy();
  });

  it('opens offline as the member this device last saw, says so, and forgets them at sign-out', async () => {
    await rememberStaff(iro);
    vi.mocked(loadMe).mockRejectedValue(new StaffApiError(0, 'network', 'No connection.'));
    vi.mocked(signOut).mockRejectedValue(new StaffApiError(0, 'network', 'No connection.'));
    window.history.replaceState(null, '', '/staff');
    render(<StaffApp />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Ira' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(enStaff.offlineKept);
    expect(screen.getByRole('navigation', { name: enStaff.navLabel }).textContent).toContain(enStaff.sections.iroSurvey);

    fireEvent.click(screen.getByRole('button', { name: enStaff.signOut }));
    expect(await screen.findByRole('heading', { level: 1, name: enStaff.signIn.title })).toBeTruthy();
    expect(await recallStaff()).toBeUndefined();
  });

  it('shows sign-in, not the remembered member, when the server says the session is over', async () => {
    await rememberStaff(iro);
    vi.mocked(loadMe).mockRejectedValue(new StaffApiError(401, 'signed-out', 'Signed out.'));
    window.history.replaceState(null, '', '/staff');
    render(<StaffApp />);
    expect(await screen.findByRole('heading', { level: 1, name: enStaff.signIn.title })).toBeTruthy();
    expect(screen.queryByText(enStaff.offlineKept)).toBeNull();
    expect(await recallStaff()).toBeUndefined();
  });
});
