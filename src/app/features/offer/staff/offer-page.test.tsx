// The offer's staff screens: the list under its checks with each item's state and flags in words, filtered; the
// editor names problems beside their fields before anything is sent and shows the server's beside its field; an
// admin publishes past the checks only after saying they read them and then sees what changed; a participation
// worker saves drafts and is told why there is no Publish.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import en from '../../../../../locales/en/offer-staff.json';
import enStaff from '../../../../../locales/en/staff.json';
import type { StaffMe } from '../../../../shared/staff';
import { StaffApiError } from '../../../api/request';
import { initTestI18n } from '../../../i18n/test-i18n';
import { navigate } from '../../../ui/router';
import { createItem, loadHistory, loadOffer, publishItem, retireItem, saveItem } from './api';
import { OfferPage } from './offer-page';
import { input, staffItem } from './test-items';

vi.mock('./api', () => ({
  loadOffer: vi.fn(),
  createItem: vi.fn(),
  saveItem: vi.fn(),
  publishItem: vi.fn(),
  retireItem: vi.fn(),
  loadHistory: vi.fn(),
}));

const admin: StaffMe = { id: 's1', email: 'a@x.example', name: 'Ada', roles: ['admin'], council: { id: 'c', name: 'Demoshire', districts: [] } };
const participation: StaffMe = { ...admin, name: 'Pat', roles: ['participation'] };
const props = (me: StaffMe) => ({ me, onError: vi.fn(), onCouncilChanged: vi.fn() });

const councilTax = staffItem({
  id: 'offer-council-tax',
  state: 'draft',
  publishedVersion: null,
  publishedAt: null,
  unpublishedChanges: true,
  checkOverdue: true,
  fields: { ...staffItem().fields, category: 'housing', title: { en: 'Council tax exemption' }, statutory: 'council-tax', amount: null },
});
const belowMinimum = {
  code: 'setting-up-home-below-minimum' as const,
  itemId: 'offer-setting-up-home',
  category: null,
  message: '£2,500 is below the £3,000 minimum',
};
const emptyHealth = { code: 'category-empty' as const, itemId: null, category: 'health' as const, message: 'Health has no items' };

beforeAll(() => initTestI18n({ en: { staff: enStaff, 'offer-staff': en } }, 'offer-staff'));
afterEach(() => {
  cleanup();
  vi.resetAllMocks();
  navigate('/');
});

describe('the offer list', () => {
  it('shows the checks with links, each item under its category with its state and flags, and filters', async () => {
    navigate('/staff/offer');
    const below = staffItem({ fields: { ...staffItem().fields, amount: { pence: 250_000, per: 'once', note: null } } });
    vi.mocked(loadOffer).mockResolvedValue({ items: [below, councilTax], checks: [belowMinimum, emptyHealth] });
    render(<OfferPage {...props(admin)} />);
    const checks = await screen.findByRole('region', { name: en.checks.heading });
    expect(within(checks).getByText(en.checks.codes['setting-up-home-below-minimum'])).toBeTruthy();
    expect(checks.textContent).toContain('It says £2,500 now.');
    expect(within(checks).getByRole('link', { name: 'Open “Setting up home allowance”' }).getAttribute('href')).toBe(
      '/staff/offer/offer-setting-up-home',
    );
    expect(within(checks).getByRole('link', { name: 'Add an item to “Health and well-being”' }).getAttribute('href')).toBe(
      '/staff/offer/new?category=health',
    );

    const housing = screen.getByRole('region', { name: en.categories.housing });
    expect(within(housing).getByText(en.states.draft)).toBeTruthy();
    expect(within(housing).getByText(en.list.unpublished)).toBeTruthy();
    expect(within(housing).getByText(en.list.overdue)).toBeTruthy();
    expect(within(housing).getByText(/Not on phones yet/)).toBeTruthy();
    const money = screen.getByRole('region', { name: en.categories.money });
    expect(within(money).queryByText(en.list.unpublished)).toBeNull();
    expect(within(money).getByText(/Version 1 is on phones/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText(en.list.state), { target: { value: 'published' } });
    expect(screen.queryByRole('region', { name: en.categories.housing })).toBeNull();
    expect(screen.getByRole('region', { name: en.categories.money })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(en.list.category), { target: { value: 'housing' } });
    expect(screen.getByText(en.list.none)).toBeTruthy();
  });
});

describe('the editor', () => {
  it('names problems beside their fields before sending, then creates the item in pence', async () => {
    navigate('/staff/offer/new');
    const created = staffItem({ id: 'new-1', state: 'draft', publishedVersion: null });
    vi.mocked(loadOffer)
      .mockResolvedValueOnce({ items: [], checks: [] })
      .mockResolvedValue({ items: [created], checks: [] });
    vi.mocked(createItem).mockResolvedValue(created);
    vi.mocked(loadHistory).mockResolvedValue([]);
    render(<OfferPage {...props(admin)} />);
    expect(screen.getByRole('heading', { level: 1, name: en.editor.newTitle })).toBeTruthy();
    expect(screen.queryByRole('button', { name: en.editor.publish })).toBeNull();
    fireEvent.change(screen.getByLabelText(en.editor.money.pounds), { target: { value: 'lots' } });
    fireEvent.click(screen.getByRole('button', { name: en.editor.save }));
    const title = screen.getAllByLabelText(en.editor.fields.title)[0]!;
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(title.getAttribute('aria-describedby')!)?.textContent).toBe(en.editor.problems.required);
    const pounds = screen.getByLabelText(en.editor.money.pounds);
    expect(document.getElementById(pounds.getAttribute('aria-describedby')!)?.textContent).toBe(en.editor.problems.amount);
    expect(screen.getByRole('alert').textContent).toContain(`Title (Words in English): ${en.editor.problems.required}`);
    expect(createItem).not.toHaveBeenCalled();

    const [titleEn, , titleAr] = screen.getAllByLabelText(en.editor.fields.title);
    expect(titleAr!.getAttribute('dir')).toBe('rtl');
    fireEvent.change(titleEn!, { target: { value: 'Driving lessons' } });
    fireEvent.change(titleAr!, { target: { value: 'دروس القيادة' } });
    fireEvent.change(screen.getAllByLabelText(en.editor.fields.summary)[0]!, { target: { value: 'Help to pay for lessons.' } });
    fireEvent.change(screen.getAllByLabelText(en.editor.fields.body)[0]!, { target: { value: 'First.\n\nSecond.' } });
    fireEvent.change(pounds, { target: { value: '£1,200.50' } });
    fireEvent.change(screen.getByLabelText(en.editor.details.owner), { target: { value: 'Leaving care team' } });
    fireEvent.click(screen.getByLabelText(en.editor.eligibility.statusNames['former-relevant']));
    const preview = screen.getByRole('region', { name: en.editor.preview.heading });
    expect(within(preview).getByText('Second.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: en.editor.save }));
    await waitFor(() => expect(createItem).toHaveBeenCalled());
    const sent = vi.mocked(createItem).mock.calls[0]![0];
    expect(sent.title).toEqual({ en: 'Driving lessons', ar: 'دروس القيادة' });
    expect(sent.amount).toEqual({ pence: 120_050, per: 'once', note: null });
    expect(sent.eligibility.statuses).toEqual(['former-relevant']);
    await waitFor(() => expect(window.location.pathname).toBe('/staff/offer/new-1'));
    // The new item's own page: its saved words, and Publish now that it exists.
    expect(await screen.findByRole('button', { name: en.editor.publish })).toBeTruthy();
  });

  it("shows the server's refusal beside the field it names", async () => {
    navigate('/staff/offer/offer-setting-up-home');
    vi.mocked(loadOffer).mockResolvedValue({ items: [staffItem()], checks: [] });
    vi.mocked(loadHistory).mockResolvedValue([]);
    vi.mocked(saveItem).mockRejectedValue(new StaffApiError(400, 'invalid-input', 'owner: the owner is not a team of this council'));
    render(<OfferPage {...props(admin)} />);
    fireEvent.click(await screen.findByRole('button', { name: en.editor.save }));
    await waitFor(() => expect(saveItem).toHaveBeenCalledWith('offer-setting-up-home', expect.objectContaining({ owner: 'Leaving care team' })));
    const owner = screen.getByLabelText(en.editor.details.owner);
    await waitFor(() => expect(owner.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(owner.getAttribute('aria-describedby')!)?.textContent).toBe('owner: the owner is not a team of this council');
  });

  it('says when its history could not be loaded, instead of loading for ever', async () => {
    navigate('/staff/offer/offer-setting-up-home');
    vi.mocked(loadOffer).mockResolvedValue({ items: [staffItem()], checks: [] });
    vi.mocked(loadHistory).mockRejectedValue(new Error('No connection'));
    const p = props(admin);
    render(<OfferPage {...p} />);
    const history = (await screen.findByRole('heading', { level: 2, name: en.history.heading })).parentElement as HTMLElement;
    await waitFor(() => expect(within(history).getByRole('alert').textContent).toBe(en.history.failed.replace('{{reason}}', 'No connection')));
    expect(within(history).queryByText(en.loading)).toBeNull();
    expect(p.onError).toHaveBeenCalled();
  });

  it('says on a new item when the other items could not be loaded, and loads them on "Try again"', async () => {
    navigate('/staff/offer/new');
    vi.mocked(loadOffer).mockRejectedValueOnce(new Error('No connection'));
    render(<OfferPage {...props(admin)} />);
    expect((await screen.findByText('No connection')).getAttribute('role')).toBe('alert');
    vi.mocked(loadOffer).mockResolvedValue({ items: [staffItem()], checks: [] });
    fireEvent.click(screen.getByRole('button', { name: enStaff.retry.action }));
    await waitFor(() => expect(screen.queryByText('No connection')).toBeNull());
    expect(screen.queryByRole('button', { name: enStaff.retry.action })).toBeNull();
    expect(loadOffer).toHaveBeenCalledTimes(2);
  });
});

describe('publishing and retiring', () => {
  it('publishes past the checks only once the admin says they read them, then shows what changed', async () => {
    navigate('/staff/offer/offer-setting-up-home');
    vi.mocked(loadOffer).mockResolvedValue({ items: [staffItem({ unpublishedChanges: true })], checks: [] });
    vi.mocked(loadHistory).mockResolvedValue([
      { version: 1, publishedAt: '2026-01-10T10:00:00.000Z', publishedBy: 'Ada Admin', changeNote: { en: 'First version' }, changes: [] },
    ]);
    vi.mocked(publishItem)
      .mockResolvedValueOnce({ kind: 'checks', checks: [belowMinimum] })
      .mockResolvedValueOnce({
        kind: 'published',
        answer: {
          item: staffItem({ publishedVersion: 2 }),
          changes: [{ field: 'amount', before: { pence: 300_000, per: 'once', note: null }, after: { pence: 250_000, per: 'once', note: null } }],
          checks: [belowMinimum],
        },
      });
    render(<OfferPage {...props(admin)} />);
    expect(await screen.findByText('First version')).toBeTruthy();
    expect(screen.getByText(en.publish.firstVersion)).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: en.editor.publish }));
    const dialog = await screen.findByRole('dialog', { name: en.publish.title });
    fireEvent.click(within(dialog).getByRole('button', { name: en.publish.publish }));
    expect(within(dialog).getByRole('alert').textContent).toBe(en.publish.noteRequired);
    expect(publishItem).not.toHaveBeenCalled();

    fireEvent.change(within(dialog).getByLabelText('What changed (English)'), { target: { value: 'The allowance is now £2,500' } });
    fireEvent.click(within(dialog).getByRole('button', { name: en.publish.publish }));
    await within(dialog).findByRole('heading', { name: en.publish.checksHeading });
    expect(within(dialog).getByText(en.checks.codes['setting-up-home-below-minimum'])).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: en.publish.publishAnyway }));
    expect(within(dialog).getByRole('alert').textContent).toBe(en.publish.acknowledgeFirst);
    expect(publishItem).toHaveBeenCalledTimes(1);
    fireEvent.click(within(dialog).getByLabelText(en.publish.acknowledge));
    fireEvent.click(within(dialog).getByRole('button', { name: en.publish.publishAnyway }));
    const done = await screen.findByRole('dialog', { name: 'Published: version 2' });
    expect(vi.mocked(publishItem).mock.calls).toEqual([
      ['offer-setting-up-home', { en: 'The allowance is now £2,500' }, false],
      ['offer-setting-up-home', { en: 'The allowance is now £2,500' }, true],
    ]);
    expect(within(done).getByText('Amount: was £3,000 once, now £2,500 once')).toBeTruthy();
    expect(within(done).getByText(en.publish.stillFailing)).toBeTruthy();
    await waitFor(() => expect(loadHistory).toHaveBeenCalledTimes(2));
  });

  it('retires with a reason', async () => {
    navigate('/staff/offer/offer-setting-up-home');
    vi.mocked(loadOffer).mockResolvedValue({ items: [staffItem()], checks: [] });
    vi.mocked(loadHistory).mockResolvedValue([]);
    vi.mocked(retireItem).mockResolvedValue(staffItem({ state: 'retired' }));
    render(<OfferPage {...props(admin)} />);
    fireEvent.click(await screen.findByRole('button', { name: en.editor.retire }));
    const dialog = await screen.findByRole('dialog', { name: en.retire.title });
    fireEvent.click(within(dialog).getByRole('button', { name: en.retire.retire }));
    expect(retireItem).not.toHaveBeenCalled();
    fireEvent.change(within(dialog).getByLabelText(en.retire.reason), { target: { value: 'The grant has ended' } });
    fireEvent.click(within(dialog).getByRole('button', { name: en.retire.retire }));
    await waitFor(() => expect(retireItem).toHaveBeenCalledWith('offer-setting-up-home', 'The grant has ended'));
    expect(await screen.findByText(en.retire.done)).toBeTruthy();
    expect(screen.getByText(`State: ${en.states.retired}`)).toBeTruthy();
    // Kept for its history only: nothing left to save, publish or retire.
    expect(screen.getByText(en.editor.retiredNote)).toBeTruthy();
    expect(screen.queryByRole('button', { name: en.editor.save })).toBeNull();
    expect(screen.queryByRole('button', { name: en.editor.publish })).toBeNull();
    expect(screen.getByLabelText(en.editor.details.owner).matches(':disabled')).toBe(true);
  });

  it('gives a participation worker drafts only, saying why there is no Publish', async () => {
    navigate('/staff/offer/offer-setting-up-home');
    vi.mocked(loadOffer).mockResolvedValue({ items: [staffItem()], checks: [] });
    vi.mocked(loadHistory).mockResolvedValue([]);
    vi.mocked(saveItem).mockResolvedValue(staffItem({ unpublishedChanges: true }));
    render(<OfferPage {...props(participation)} />);
    await screen.findByRole('button', { name: en.editor.save });
    expect(screen.queryByRole('button', { name: en.editor.publish })).toBeNull();
    expect(screen.queryByRole('button', { name: en.editor.retire })).toBeNull();
    expect(screen.getByText(en.editor.adminOnly)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(en.editor.money.pounds), { target: { value: '3200' } });
    fireEvent.click(screen.getByRole('button', { name: en.editor.save }));
    await waitFor(() =>
      expect(saveItem).toHaveBeenCalledWith('offer-setting-up-home', { ...input(), amount: { pence: 320_000, per: 'once', note: null } }),
    );
    expect(await screen.findByText(en.editor.saved)).toBeTruthy();
  });
});
