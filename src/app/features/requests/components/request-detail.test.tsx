// A request's page: what happens next and by when (in the young person's language, with the counting rule), "ask for
// the next stage" while it can be asked, the Ombudsman after the last stage; and the lookup from another phone, which
// words a wrong code and too many tries kindly and keeps nothing on the phone.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import enCommon from '../../../../../locales/en/common.json';
import enRequests from '../../../../../locales/en/requests.json';
import type { RequestView } from '../../../../shared/requests/request';
import { initTestI18n } from '../../../i18n/test-i18n';
import { db } from '../../../storage/db';
import LookupPage from './lookup-page';
import { RequestDetail, type RequestActions } from './request-detail';

beforeAll(() => initTestI18n({ en: { common: enCommon, requests: enRequests } }, 'common'));
beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const view: RequestView = {
  ref: 'HRD-7K3Q-9M2P',
  kind: 'complaint',
  topic: 'school',
  nation: 'england',
  status: 'received',
  stage: 1,
  receivedOn: '2026-12-18',
  dueOn: '2027-01-06',
  clockStoppedSince: null,
  respondedOn: null,
  outcome: null,
  nextStageBy: null,
  canEscalate: false,
  ombudsman: 'lgsco',
  advocacy: 'asked',
  urgent: false,
  messages: [{ id: 'm1', from: 'council', text: 'We are looking into it', at: '2026-12-19T10:00:00.000Z', signedAs: 'Sam, complaints team' }],
  updatedAt: '2026-12-19T10:00:00.000Z',
};
const actions = (over: Partial<RequestActions> = {}): RequestActions => ({
  reply: vi.fn(() => Promise.resolve()),
  escalate: vi.fn(() => Promise.resolve()),
  blocked: null,
  pending: [],
  askedFor: null,
  ...over,
});
const press = (name: string | RegExp) => act(async () => fireEvent.click(screen.getByRole('button', { name })));

describe('RequestDetail', () => {
  it('says when the council should answer, in words, with the counting rule, and shows messages both ways', async () => {
    const a = actions({ pending: [{ id: 'p1', text: 'Thanks', state: 'queued' }] });
    render(<RequestDetail view={view} actions={a} />);
    expect(screen.getByText('HRD-7K3Q-9M2P')).toBeTruthy();
    expect(screen.getByText('Complaint · Stage 1 of 3')).toBeTruthy();
    expect(screen.getByText('The council should answer by 6 January 2027.')).toBeTruthy();
    expect(screen.getByText('Working days are Monday to Friday, not bank holidays.')).toBeTruthy();
    expect(screen.getByText('You asked for an advocate.')).toBeTruthy();
    expect(screen.getByText('We are looking into it')).toBeTruthy();
    expect(screen.getByText(/Waiting to send/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /ask for stage/ })).toBeNull();
    await act(async () => fireEvent.change(screen.getByLabelText('Write a reply'), { target: { value: 'When?' } }));
    await press('Send reply');
    expect(a.reply).toHaveBeenCalledWith('When?');
  });

  it('after an answer offers the next stage (with a confirm) until the window closes, and never blocks it', async () => {
    const answered = {
      ...view,
      status: 'responded' as const,
      dueOn: null,
      respondedOn: '2027-01-05',
      outcome: 'not-upheld' as const,
      nextStageBy: '2027-02-02',
      canEscalate: true,
    };
    const a = actions();
    render(<RequestDetail view={answered} actions={a} />);
    expect(screen.getByText('The council answered on 5 January 2027. If you are not happy, you can ask for the next stage.')).toBeTruthy();
    expect(screen.getByText('Ask by 2 February 2027. If it is later, you can still ask.')).toBeTruthy();
    expect(screen.getByText('The council did not agree with you.')).toBeTruthy();
    await press("I'm not happy — ask for stage 2");
    await act(async () => fireEvent.change(screen.getByLabelText(/Why are you not happy/), { target: { value: 'Nothing changed' } }));
    await press('Ask for stage 2');
    expect(a.escalate).toHaveBeenCalledWith(2, 'Nothing changed');
    cleanup();
    render(<RequestDetail view={answered} actions={actions({ askedFor: 2 })} />);
    expect(screen.getByText('You asked for stage 2. It will be sent when you are online.')).toBeTruthy();
  });

  it('after the last stage tells them about the Ombudsman for their nation, as words', () => {
    const last = { ...view, stage: 3, status: 'closed' as const, dueOn: null, respondedOn: '2027-05-01' };
    render(<RequestDetail view={last} actions={actions()} />);
    expect(screen.getByText(/Local Government and Social Care Ombudsman/)).toBeTruthy();
    expect(screen.getByText(/0300 061 0614/)).toBeTruthy();
    cleanup();
    render(<RequestDetail view={{ ...last, stage: 2, nation: 'wales', ombudsman: 'psow' }} actions={actions()} />);
    expect(screen.getByText('Complaint · Stage 2 of 2')).toBeTruthy();
    expect(screen.getByText(/Public Services Ombudsman for Wales/)).toBeTruthy();
    expect(screen.getByText(/ombudsman\.wales/)).toBeTruthy();
  });

  it('on a borrowed phone offline, says replying needs the internet instead of a reply box', () => {
    render(<RequestDetail view={{ ...view, canEscalate: false }} actions={actions({ blocked: 'You are offline.' })} />);
    expect(screen.queryByLabelText('Write a reply')).toBeNull();
    expect(screen.getByText('You are offline.')).toBeTruthy();
  });
});

describe('LookupPage', () => {
  const fill = async (ref: string, code: string) => {
    await act(async () => fireEvent.change(screen.getByLabelText(/Reference/), { target: { value: ref } }));
    await act(async () => fireEvent.change(screen.getByLabelText('Check code'), { target: { value: code } }));
    await press('Open my request');
  };

  it('checks the reference and code first, then words a wrong one and too many tries kindly', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ code: 'not-found', message: 'No.' }), { status: 404 }));
    vi.stubGlobal('fetch', fetch);
    render(<LookupPage />);
    expect(screen.getByText(/Nothing you see here is kept on this phone/)).toBeTruthy();
    await fill('HRD-1', '23456789AB');
    expect(screen.getByRole('alert').textContent).toBe('A reference looks like HRD-7K3Q-9M2P.');
    expect(fetch).not.toHaveBeenCalled();
    await fill('hrd-7k3q-9m2p', '23456 789ab');
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not find a request/);
    expect(JSON.parse(String((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body))).toEqual({
      ref: 'HRD-7K3Q-9M2P',
      checkCode: '23456789AB',
    });
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ code: 'slow-down', message: 'Wait.' }), { status: 429 }));
    await press('Open my request');
    expect((await screen.findByRole('alert')).textContent).toMatch(/tried too many times/);
  });

  it('opens the request and asks for the next stage from this phone, keeping nothing on it', async () => {
    const answered = { ...view, status: 'responded', dueOn: null, respondedOn: '2027-01-05', nextStageBy: '2027-02-02', canEscalate: true };
    const bodies: unknown[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      bodies.push(JSON.parse(String(init.body)));
      const request = url.endsWith('/escalate') ? { ...answered, stage: 2, canEscalate: false, respondedOn: null, dueOn: '2027-02-15' } : answered;
      return new Response(JSON.stringify(url.endsWith('/lookup') ? { requestId: 'r1', request } : { request }), { status: 200 });
    });
    render(<LookupPage />);
    await fill('HRD-7K3Q-9M2P', '23456789AB');
    await screen.findByText('HRD-7K3Q-9M2P');
    await press("I'm not happy — ask for stage 2");
    await press('Ask for stage 2');
    await screen.findByText('The council should answer by 15 February 2027.');
    expect(bodies[1]).toMatchObject({ ref: 'HRD-7K3Q-9M2P', checkCode: '23456789AB', toStage: 2, id: expect.any(String) });
    const counts = await Promise.all([db.myItems.count(), db.outbox.count(), db.requestCodes.count(), db.requestDrafts.count(), db.meta.count()]);
    expect(counts).toEqual([0, 0, 0, 0, 0]);
  });
});
