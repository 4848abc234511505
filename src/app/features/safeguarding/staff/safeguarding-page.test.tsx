// The safeguarding queue screen: what waits for someone to act comes first; recording what was done needs words,
// is sent once, and moves the item to "dealt with"; nothing on the screen can publish anything.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import enStaff from '../../../../../locales/en/staff.json';
import type { SafeguardingItemView } from '../../../../shared/safeguarding';
import { initTestI18n } from '../../../i18n/test-i18n';
import { assignItem, listQueue, listQueuePeople, recordAction } from './api';
import { SafeguardingPage } from './safeguarding-page';

vi.mock('./api', () => ({ listQueue: vi.fn(), recordAction: vi.fn(), listQueuePeople: vi.fn(), assignItem: vi.fn() }));
const PRIYA = { id: '00000000-0000-4000-8000-0000000000c1', name: 'Priya' };
const idea: SafeguardingItemView = {
  kind: 'poll-suggestion',
  id: '00000000-0000-4000-8000-0000000000b1',
  text: 'my carer hits me',
  context: 'What should we call contact?',
  districtName: null,
  createdAt: '2026-11-02T10:00:00.000Z',
  actions: [],
  samePhone: null,
};
const post: SafeguardingItemView = {
  kind: 'wall-post',
  id: '00000000-0000-4000-8000-0000000000b2',
  text: 'someone at home hurts me',
  context: 'No more…',
  districtName: 'Havant',
  createdAt: '2026-11-01T10:00:00.000Z',
  actions: [{ id: 'a1', at: '2026-11-01T11:00:00.000Z', staffName: 'Morgan', note: 'Told the duty team.' }],
  samePhone: null,
};
const page = (items: SafeguardingItemView[], over: { page?: number; total?: number; waiting?: number } = {}) => ({
  items,
  total: over.total ?? items.length,
  waiting: over.waiting ?? items.filter((i) => i.actions.length === 0).length,
  page: over.page ?? 1,
  pageSize: 50,
});

beforeAll(() => initTestI18n({ en: { staff: enStaff } }, 'staff'));
beforeEach(() => vi.mocked(listQueuePeople).mockResolvedValue([PRIYA]));
afterEach(() => {
  cleanup();
  vi.resetAllMocks();
});

describe('safeguarding queue screen', () => {
  it('shows what waits first, needs words to record an action, and moves the item once recorded', async () => {
    let items = [idea, post];
    const sent: unknown[] = [];
    vi.mocked(recordAction).mockImplementation(async (body) => {
      sent.push(body);
      items = items.map((i) =>
        i.id === body.id ? { ...i, actions: [{ id: 'a2', at: '2026-11-02T11:00:00.000Z', staffName: 'Priya', note: body.note }] } : i,
      );
      return { action: items[0]!.actions[0]! };
    });
    vi.mocked(listQueue).mockImplementation(async (p) => {
      expect(p).toBe(1);
      return page(items);
    });
    render(<SafeguardingPage onError={() => undefined} />);

    const waiting = await screen.findByRole('region', { name: 'Waiting for someone to act (1)' });
    const dealt = screen.getByRole('region', { name: 'Dealt with (1)' });
    expect(within(waiting).getByText('my carer hits me')).toBeTruthy();
    expect(within(waiting).getByText(/For the poll: What should we call contact\?/)).toBeTruthy();
    expect(within(dealt).getByText('Told the duty team.')).toBeTruthy();
    // Nothing here publishes: the only buttons give an item to someone or record what staff did.
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      enStaff.safeguarding.assign,
      enStaff.safeguarding.record,
      enStaff.safeguarding.assign,
      enStaff.safeguarding.addNote,
    ]);

    fireEvent.click(within(waiting).getByRole('button', { name: enStaff.safeguarding.record }));
    expect(await within(waiting).findByText(enStaff.safeguarding.noteRequired)).toBeTruthy();
    expect(sent).toEqual([]);

    fireEvent.change(within(waiting).getByLabelText(enStaff.safeguarding.actionLabel), { target: { value: 'Rang the duty social worker.' } });
    fireEvent.click(within(waiting).getByRole('button', { name: enStaff.safeguarding.record }));
    // The note is kept for good: it is recorded only once confirmed.
    const ask = await screen.findByRole('dialog', { name: enStaff.confirm.record.title });
    expect(sent).toEqual([]);
    fireEvent.click(within(ask).getByRole('button', { name: enStaff.safeguarding.record }));
    const nowDealt = await screen.findByRole('region', { name: 'Dealt with (2)' });
    expect(within(nowDealt).getByText('Rang the duty social worker.')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Waiting for someone to act (0)' })).toBeTruthy();
    expect(screen.getByText(enStaff.safeguarding.noneWaiting)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(enStaff.safeguarding.recorded);
    expect(sent).toEqual([{ kind: 'poll-suggestion', id: idea.id, note: 'Rang the duty social worker.' }]);
  });

  it('pages the queue, counts from the whole queue, and marks items from a phone that sent many without hiding them', async () => {
    const flood = (n: number): SafeguardingItemView => ({
      ...post,
      id: `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`,
      text: `flood ${n}`,
      actions: [],
      samePhone: 60,
    });
    const asked: number[] = [];
    vi.mocked(listQueue).mockImplementation(async (p) => {
      asked.push(p);
      const items = p === 1 ? [idea, ...Array.from({ length: 49 }, (_, i) => flood(i))] : [flood(49), post];
      return page(items, { page: p, total: 52, waiting: 51 });
    });
    render(<SafeguardingPage onError={() => undefined} />);
    const waiting = await screen.findByRole('region', { name: 'Waiting for someone to act (51)' });
    const dealt = screen.getByRole('region', { name: 'Dealt with (1)' });
    // The newest (a genuine idea, from another phone) is first, unmarked; flood items say so, and stay readable.
    const cards = within(waiting)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('staff-card'));
    expect(cards[0]?.textContent).toContain('my carer hits me');
    expect(cards[0]?.textContent).not.toMatch(/same phone/);
    expect(cards[1]?.textContent).toContain('60 sent from the same phone within an hour of this one.');
    expect(within(dealt).getByText(enStaff.safeguarding.onOtherPages)).toBeTruthy();
    expect(screen.getByText('Page 1 of 2')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: enStaff.pager.next }));
    expect(await screen.findByText('Page 2 of 2')).toBeTruthy();
    expect(await within(screen.getByRole('region', { name: 'Dealt with (1)' })).findByText('Told the duty team.')).toBeTruthy();
    expect(asked).toEqual([1, 2]);
    expect((screen.getByRole('button', { name: enStaff.pager.next }) as HTMLButtonElement).disabled).toBe(true);
    // Fifty whole cards, each with its forms, read by role on a busy machine: slow, not stuck.
  }, 60_000);

  it('shows each item’s due time, past due in words, who it was escalated to and who has it; gives it to someone', async () => {
    const late: SafeguardingItemView = {
      ...idea,
      createdAt: '2026-11-02T10:00:00.000Z',
      dueAt: '2026-11-02T14:00:00.000Z',
      escalatedTo: { name: 'Pat Boss', at: '2026-11-02T14:01:00.000Z' },
      assignedTo: null,
    };
    const fresh: SafeguardingItemView = { ...late, id: '00000000-0000-4000-8000-0000000000b3', text: 'new one', escalatedTo: null };
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-02T15:00:00.000Z') });
    fresh.createdAt = '2026-11-02T14:30:00.000Z';
    fresh.dueAt = '2026-11-02T18:30:00.000Z';
    let items = [fresh, late];
    vi.mocked(listQueue).mockImplementation(async () => page(items));
    const sent: unknown[] = [];
    vi.mocked(assignItem).mockImplementation(async (body) => {
      sent.push(body);
      items = items.map((i) => (i.id === body.id ? { ...i, assignedTo: PRIYA } : i));
      return { assignedTo: PRIYA };
    });
    try {
      render(<SafeguardingPage onError={() => undefined} />);
      const cards = (await screen.findAllByRole('listitem')).filter((li) => li.classList.contains('staff-card'));
      expect(cards[0]?.textContent).toMatch(/Due by 2 November 2026.*18:30/);
      expect(cards[0]?.textContent).not.toMatch(/Past due|Escalated/);
      expect(cards[1]?.textContent).toMatch(/Past due: it was due by 2 November 2026.*14:00/);
      expect(cards[1]?.textContent).toMatch(/Escalated to Pat Boss/);
      expect(cards[1]?.textContent).toContain(enStaff.safeguarding.notAssigned);

      const giveTo = within(cards[1]!).getByLabelText(enStaff.safeguarding.assignLabel);
      const save = within(cards[1]!).getByRole('button', { name: enStaff.safeguarding.assign }) as HTMLButtonElement;
      // Nothing changed yet: nothing to save.
      await waitFor(() => expect(within(giveTo).getByRole('option', { name: 'Priya' })).toBeTruthy());
      expect(save.disabled).toBe(true);
      fireEvent.change(giveTo, { target: { value: PRIYA.id } });
      fireEvent.click(save);
      await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Given to Priya.'));
      expect(sent).toEqual([{ kind: late.kind, id: late.id, staffId: PRIYA.id }]);
      await waitFor(() => expect(screen.getAllByText('Given to Priya')).toHaveLength(1));
    } finally {
      vi.useRealTimers();
    }
  });

  it('says when the team list could not be loaded, so no one can be given an item, instead of only greying out the choice', async () => {
    vi.mocked(listQueue).mockResolvedValue(page([idea]));
    vi.mocked(listQueuePeople).mockRejectedValue(new Error('No connection'));
    const onError = vi.fn();
    render(<SafeguardingPage onError={onError} />);
    await screen.findByText(idea.text);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(enStaff.safeguarding.peopleFailed.replace('{{reason}}', 'No connection')));
    expect(onError).toHaveBeenCalled();
  });

  it('says why when an item could not be given to someone, and keeps the choice to try again', async () => {
    vi.mocked(listQueue).mockResolvedValue(page([{ ...idea, assignedTo: null }]));
    vi.mocked(assignItem).mockRejectedValue(new Error('No connection to Heard right now.'));
    const onError = vi.fn();
    render(<SafeguardingPage onError={onError} />);
    const giveTo = await screen.findByLabelText(enStaff.safeguarding.assignLabel);
    await waitFor(() => expect(within(giveTo).getByRole('option', { name: 'Priya' })).toBeTruthy());
    fireEvent.change(giveTo, { target: { value: PRIYA.id } });
    const save = screen.getByRole<HTMLButtonElement>('button', { name: enStaff.safeguarding.assign });
    fireEvent.click(save);
    expect(save.disabled).toBe(true);
    expect((await screen.findByText('No connection to Heard right now.')).getAttribute('role')).toBe('alert');
    expect(save.disabled).toBe(false);
    expect(onError).toHaveBeenCalledWith(new Error('No connection to Heard right now.'));
  });
});
