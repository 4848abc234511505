// A pulse check-in is offered on the home screen once, inside its window, to its age band; "Not now" is for good.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import enCommon from '../../../../../locales/en/common.json';
import enSurveys from '../../../../../locales/en/surveys.json';
import type { SurveyVersion } from '../../../../shared/survey/definition';
import { initTestI18n } from '../../../i18n/test-i18n';
import { db } from '../../../storage/db';
import type * as SurveyData from '../data/survey-data';
import { dayOf } from '../model/survey-model';
import PulseCard from './pulse-card';

// A test can make "Not now" fail as a closed or full storage would.
const writes = vi.hoisted(() => ({ fail: false }));
vi.mock('../data/survey-data', async (load) => {
  const actual = await load<typeof SurveyData>();
  return {
    ...actual,
    putAside: (...args: Parameters<typeof actual.putAside>) =>
      writes.fail ? Promise.reject(new Error('QuotaExceededError')) : actual.putAside(...args),
  };
});

const w = (en: string) => ({ en, cy: en, ar: en });
const today = dayOf(new Date());
const PULSE: SurveyVersion = {
  id: 'winter-check-in',
  round: 'hows-life',
  version: 1,
  band: '8-11',
  kind: 'pulse',
  window: { opens: today, closes: today },
  title: w('Winter check-in'),
  intro: w('intro'),
  afterwards: w('afterwards'),
  questions: [{ id: 'warm', type: 'yes-no', domain: 'wellbeing', text: w('Is your home warm?') }],
};

beforeAll(() => initTestI18n({ en: { common: enCommon, surveys: enSurveys } }, 'common'));
beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.surveys.put(PULSE);
});
afterEach(async () => {
  cleanup();
  writes.fail = false;
  db.close();
});

it('offers an open check-in to its age band with Answer and Not now, and never again once put aside', async () => {
  await db.meta.put({ key: 'surveyProfile', value: { age: 9 } });
  await act(async () => {
    render(<PulseCard />);
  });
  await screen.findByRole('heading', { name: 'A quick check-in' });
  expect(screen.getByText('Winter check-in: 1 question')).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Answer' }).getAttribute('href')).toBe('/survey/winter-check-in');
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Not now' })));
  await act(() => new Promise((r) => setTimeout(r, 50)));
  expect(screen.queryByRole('heading', { name: 'A quick check-in' })).toBeNull();
  expect(await db.surveysDone.get('winter-check-in@1')).toMatchObject({ outcome: 'put-aside' });
});

it('stays and says so when "Not now" could not be kept on the phone', async () => {
  await db.meta.put({ key: 'surveyProfile', value: { age: 9 } });
  await act(async () => {
    render(<PulseCard />);
  });
  await screen.findByRole('heading', { name: 'A quick check-in' });
  writes.fail = true;
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Not now' })));
  await act(() => new Promise((r) => setTimeout(r, 50)));
  expect(screen.getByRole('heading', { name: 'A quick check-in' })).toBeTruthy();
  expect(screen.getByRole('alert').textContent).toBe('This could not be saved on this phone. Please try again.');
  expect(await db.surveysDone.get('winter-check-in@1')).toBeUndefined();
});

it('is not offered to another age band, nor before the age is known', async () => {
  await act(async () => {
    render(<PulseCard />);
  });
  await act(() => new Promise((r) => setTimeout(r, 50)));
  expect(screen.queryByRole('heading', { name: 'A quick check-in' })).toBeNull();
  await act(async () => {
    await db.meta.put({ key: 'surveyProfile', value: { age: 13 } });
  });
  await act(() => new Promise((r) => setTimeout(r, 50)));
  expect(screen.queryByRole('heading', { name: 'A quick check-in' })).toBeNull();
});
