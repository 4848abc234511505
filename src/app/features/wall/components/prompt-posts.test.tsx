// "Me too" on a post is kept on this phone once; when the phone cannot keep it, the post says so under its button.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import enCommon from '../../../../../locales/en/common.json';
import enWall from '../../../../../locales/en/wall.json';
import { initTestI18n } from '../../../i18n/test-i18n';
import { db } from '../../../storage/db';
import { failingWrites, resetFailingWrites } from '../../../storage/test-failing-writes';
import type * as WallData from '../data/wall-data';
import { PromptPosts } from './prompt-posts';

// A test can make the write fail as a closed or full storage would.
vi.mock('../data/wall-data', async (load) =>
  (await import('../../../storage/test-failing-writes')).withFailingWrites(await load<typeof WallData>(), 'meToo'),
);

const PROMPT = '00000000-0000-4000-8000-0000000000c1';
const POST = '00000000-0000-4000-8000-0000000000c2';

beforeAll(() => initTestI18n({ en: { common: enCommon, wall: enWall } }, 'common'));
beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.wallPosts.put({
    id: POST,
    promptId: PROMPT,
    text: 'More time with my brother',
    districtId: null,
    meToo: 2,
    publishedAt: '2025-02-01T10:00:00.000Z',
  });
});
afterEach(() => {
  cleanup();
  resetFailingWrites();
  db.close();
});

const open = async () => {
  await act(async () => {
    render(<PromptPosts promptId={PROMPT} />);
  });
  return screen.findByRole('listitem');
};
const settle = () => act(() => new Promise((r) => setTimeout(r, 20)));

it('keeps "me too" once and shows it done', async () => {
  const post = await open();
  await act(async () => fireEvent.click(within(post).getByRole('button', { name: 'Me too' })));
  expect(await within(post).findByRole('button', { name: 'You said me too' })).toBeTruthy();
  expect(await db.myMeToos.get(POST)).toBeTruthy();
});

it('says so under the post when "me too" could not be kept, and the button stays to try again', async () => {
  const post = await open();
  failingWrites.fail = true;
  await act(async () => fireEvent.click(within(post).getByRole('button', { name: 'Me too' })));
  await settle();
  expect(within(post).getByRole('alert').textContent).toBe('This could not be saved on this phone. Please try again.');
  expect(within(post).getByRole<HTMLButtonElement>('button', { name: 'Me too' }).disabled).toBe(false);
  expect(await db.myMeToos.get(POST)).toBeUndefined();
});
