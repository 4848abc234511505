// The privacy page: the notice in plain words, and "Forget this phone" — a clear warning about what is not sent yet,
// the token revoked first when online, everything on the phone deleted, offline too.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import enCommon from '../../../../../locales/en/common.json';
import enPrivacy from '../../../../../locales/en/privacy.json';
import { ApiError } from '../../../api/client';
import type * as ClientModule from '../../../api/client';
import { initTestI18n } from '../../../i18n/test-i18n';
import { db } from '../../../storage/db';
import PrivacyPage from './privacy-page';

const forgetDevice = vi.fn<(token: string) => Promise<void>>();
vi.mock('../../../api/client', async (original) => {
  const real = await original<typeof ClientModule>();
  return { ...real, api: { ...real.api, forgetDevice: (token: string) => forgetDevice(token) } };
});

beforeAll(() => initTestI18n({ en: { common: enCommon, privacy: enPrivacy } }, 'privacy'));

beforeEach(async () => {
  forgetDevice.mockReset();
  await db.delete();
  await db.open();
  await db.meta.put({ key: 'device', value: { deviceId: 'd', token: 'secret-token-of-this-phone', councilId: 'c', joinedAt: '' } });
  await db.myItems.add({
    id: 'i1',
    kind: 'wall-post',
    text: 'my words',
    parentId: 'p',
    createdAt: '',
    delivery: 'not-sent',
    state: null,
    reason: null,
    themeIds: [],
    feedItemIds: [],
    updatedAt: '',
    seenAt: null,
  });
  for (const id of ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000003']) {
    await db.outbox.add({ id, type: 'wall.metoo', payload: { postId: id }, createdAt: '', state: 'queued', attempts: 0 });
  }
});
afterEach(() => {
  cleanup();
  db.close();
});

async function forget(onForgotten: () => void) {
  await act(async () => {
    render(<PrivacyPage onForgotten={onForgotten} />);
  });
  expect(await screen.findByText('3 things have not been sent yet. If you forget this phone, they will be lost.')).toBeTruthy();
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Forget this phone' }));
  });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Yes, forget this phone' }));
  });
}

describe('privacy page', () => {
  it('says what happens to what you write, in plain words', async () => {
    await act(async () => {
      render(<PrivacyPage />);
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Your privacy' })).toBeTruthy();
    expect(screen.getByText(/goes to a safeguarding person at the council/)).toBeTruthy();
    expect(screen.getByText(/print them for the Corporate Parenting Board/)).toBeTruthy();
    expect(screen.getByText(/If it went to a safeguarding person, they keep it/)).toBeTruthy();
  });

  it('warns about what is not sent, revokes the token, then deletes everything on the phone', async () => {
    forgetDevice.mockResolvedValue(undefined);
    const done = vi.fn();
    await forget(done);
    await vi.waitFor(() => expect(done).toHaveBeenCalled());
    expect(forgetDevice).toHaveBeenCalledWith('secret-token-of-this-phone');
    expect(await db.meta.get('device')).toBeUndefined();
    expect(await db.outbox.count()).toBe(0);
    expect(await db.myItems.count()).toBe(0);
  });

  it('forgets everything on the phone even when the server cannot be reached', async () => {
    forgetDevice.mockRejectedValue(new ApiError('network', 'network', 'No connection'));
    const done = vi.fn();
    await forget(done);
    await vi.waitFor(() => expect(done).toHaveBeenCalled());
    expect(await db.meta.get('device')).toBeUndefined();
    expect(await db.myItems.count()).toBe(0);
  });

  it('says so when the phone could not forget, keeps everything as it was and lets them try again', async () => {
    forgetDevice.mockResolvedValue(undefined);
    const blocked = vi.spyOn(db, 'delete').mockRejectedValueOnce(new Error('blocked by another tab'));
    const done = vi.fn();
    await forget(done);
    expect((await screen.findByText(/This phone could not forget everything/)).getAttribute('role')).toBe('alert');
    expect(done).not.toHaveBeenCalled();
    expect(await db.myItems.count()).toBe(1);
    const again = screen.getByRole('button', { name: 'Yes, forget this phone' });
    expect((again as HTMLButtonElement).disabled).toBe(false);
    blocked.mockRestore();
    await act(async () => {
      fireEvent.click(again);
    });
    await vi.waitFor(() => expect(done).toHaveBeenCalled());
    expect(screen.queryByText(/This phone could not forget everything/)).toBeNull();
    expect(await db.myItems.count()).toBe(0);
  });

  it('warns first when a "How\'s life?" survey is half answered on the phone, and forgets it too', async () => {
    await act(async () => {
      render(<PrivacyPage />);
    });
    const warning = /How's life\?" answers are still on this phone/;
    expect(screen.queryByText(warning)).toBeNull();
    await act(async () => {
      await db.surveyDrafts.put({ surveyId: 'hows-life-8-11', version: 1, answers: { feel: '2' }, index: 1, updatedAt: '' });
    });
    expect(await screen.findByText(warning)).toBeTruthy();
  });
});
